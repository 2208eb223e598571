import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238), as shown by authenticator apps.
///
/// Enrolment: `let secret = TOTP.generateSecret()`; store it sealed (``FieldCipher``); show
/// ``provisioningURI(issuer:account:)`` as a QR code and ``Base32/encode(_:padding:)`` of the secret as text;
/// enable the factor only after the user enters a valid code. At login, use
/// ``matchingStep(for:at:window:after:)`` and store the returned step, so a code can't be used twice.
public struct TOTP: Sendable {
    /// The HMAC hash function. Authenticator apps widely support only ``sha1``, the default.
    public enum Algorithm: String, Sendable, Hashable, CaseIterable {
        /// HMAC-SHA1 (RFC 6238's default; still sound for HMAC).
        case sha1 = "SHA1"
        /// HMAC-SHA256.
        case sha256 = "SHA256"
        /// HMAC-SHA512.
        case sha512 = "SHA512"
    }

    private let key: SymmetricKey
    private let secretBytes: [UInt8]
    /// The HMAC hash function.
    public let algorithm: Algorithm
    /// The number of digits in a code (6 to 9).
    public let digits: Int
    /// The length of a time step, in seconds.
    public let period: Int

    /// A generator for `secret` (the raw bytes, not Base32).
    /// - Precondition: `digits` is 6…9 and `period` is positive (configuration, not user input).
    public init(secret: Data, algorithm: Algorithm = .sha1, digits: Int = 6, period: Int = 30) {
        precondition((6...9).contains(digits), "TOTP codes have 6 to 9 digits")
        precondition(period > 0, "a TOTP period must be positive")
        self.secretBytes = Array(secret)
        self.key = SymmetricKey(data: secret)
        self.algorithm = algorithm
        self.digits = digits
        self.period = period
    }

    /// The fewest secret bytes ``init(base32Secret:algorithm:digits:period:)`` accepts: 16 (128 bits, RFC 4226's minimum).
    public static let minimumSecretByteCount = 16

    /// A generator for a Base32 secret, as typed or stored.
    /// - Throws: ``TOTPError`` if the text is not Base32 or holds fewer than ``minimumSecretByteCount`` bytes
    ///   (an empty or short secret would make codes guessable).
    public init(base32Secret: String, algorithm: Algorithm = .sha1, digits: Int = 6, period: Int = 30)
        throws(TOTPError)
    {
        let secret: Data
        do {
            secret = try Base32.decode(base32Secret)
        } catch {
            throw .invalidBase32(error)
        }
        guard secret.count >= Self.minimumSecretByteCount else { throw .secretTooShort(byteCount: secret.count) }
        self.init(secret: secret, algorithm: algorithm, digits: digits, period: period)
    }

    /// A new random secret from the system CSPRNG: 20 bytes (160 bits, RFC 4226's recommendation) by default;
    /// use 32 for ``Algorithm/sha256``. At least 16 bytes are always generated.
    public static func generateSecret(byteCount: Int = 20) -> Data {
        Data(SecureRandom.bytes(count: max(byteCount, 16)))
    }

    /// The secret as unpadded Base32, as authenticator apps expect.
    public var base32Secret: String { Base32.encode(secretBytes, padding: false) }

    /// The time step containing `date`: ⌊seconds since 1970 ÷ period⌋.
    public func timeStep(at date: Date) -> Int64 {
        let steps = (date.timeIntervalSince1970 / Double(period)).rounded(.down)
        guard steps.isFinite, steps > -9.2e18, steps < 9.2e18 else { return 0 }
        return Int64(steps)
    }

    /// The code valid at `date`, zero-padded to ``digits``.
    public func code(at date: Date) -> String {
        code(forStep: timeStep(at: date))
    }

    /// The code for time step `step` (RFC 4226 HOTP with the step as counter).
    public func code(forStep step: Int64) -> String {
        let counter = withUnsafeBytes(of: UInt64(bitPattern: step).bigEndian) { Array($0) }
        let mac: [UInt8]
        switch algorithm {
        case .sha1: mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: counter, using: key))
        case .sha256: mac = Array(HMAC<SHA256>.authenticationCode(for: counter, using: key))
        case .sha512: mac = Array(HMAC<SHA512>.authenticationCode(for: counter, using: key))
        }
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary =
            UInt64(mac[offset] & 0x7f) << 24 | UInt64(mac[offset + 1]) << 16 | UInt64(mac[offset + 2]) << 8
            | UInt64(mac[offset + 3])
        var modulus: UInt64 = 1
        for _ in 0..<digits { modulus *= 10 }
        let value = String(binary % modulus)
        return String(repeating: "0", count: digits - value.count) + value
    }

    /// Whether `code` is valid at `date`, allowing `window` steps of clock drift either way.
    /// Spaces in `code` are ignored. Does not stop reuse: prefer ``matchingStep(for:at:window:after:)`` at login.
    public func verify(_ code: String, at date: Date, window: Int = 1) -> Bool {
        matchingStep(for: code, at: date, window: window) != nil
    }

    /// The time step whose code is `code`, within `window` steps of `date`, or `nil`.
    ///
    /// Every candidate is compared in constant time and all are compared, so timing reveals nothing about which
    /// digits were right. Steps at or before `lastUsedStep` are refused: store the returned step with the user and
    /// pass it next time, so an observed code can't be replayed.
    public func matchingStep(for code: String, at date: Date, window: Int = 1, after lastUsedStep: Int64? = nil)
        -> Int64?
    {
        let typed = Array(code.utf8.filter { $0 != UInt8(ascii: " ") })
        guard typed.count == digits, typed.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let current = timeStep(at: date)
        let drift = Int64(min(max(window, 0), 10))
        var match: Int64?
        // Nearest steps first, so the current step wins if two codes ever coincide.
        for distance in 0...drift {
            for step in distance == 0 ? [current] : [current &- distance, current &+ distance] {
                let equal = constantTimeBytesEqual(Array(self.code(forStep: step).utf8), typed)
                let fresh = lastUsedStep.map { step > $0 } ?? true
                if equal, fresh, match == nil { match = step }
            }
        }
        return match
    }

    /// The `otpauth://totp/…` URI an authenticator app scans as a QR code (Google Authenticator key-URI format).
    /// `issuer` and `account` are percent-encoded; the secret is unpadded Base32.
    public func provisioningURI(issuer: String, account: String) -> String {
        let label = Self.percentEncode(issuer) + ":" + Self.percentEncode(account)
        return "otpauth://totp/\(label)?secret=\(base32Secret)&issuer=\(Self.percentEncode(issuer))"
            + "&algorithm=\(algorithm.rawValue)&digits=\(digits)&period=\(period)"
    }

    private static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}

/// Why a TOTP secret was refused.
public enum TOTPError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The secret is not valid Base32.
    case invalidBase32(Base32Error)
    /// The secret holds fewer than ``TOTP/minimumSecretByteCount`` bytes.
    case secretTooShort(byteCount: Int)

    /// A sentence saying what is wrong.
    public var description: String {
        switch self {
        case .invalidBase32(let error):
            return "The authenticator secret is not valid: \(error.description)"
        case .secretTooShort(let count):
            return
                "The authenticator secret is too short (\(count) bytes; at least \(TOTP.minimumSecretByteCount) are needed)."
        }
    }

    /// Same as ``description``.
    public var errorDescription: String? { description }
}
