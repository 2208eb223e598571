import Crypto
import Foundation

/// Random bearer secrets — session ids, API tokens, CSRF tokens, reporters' follow-up tokens — and their digests.
///
/// Give the token to its holder once; store only ``digest(_:)``; look a presented token up by its digest. A
/// database leak then reveals no usable token.
public enum SecretToken {
    /// A new token: `byteCount` bytes from the system CSPRNG as base64url without padding (43 characters for the
    /// default 32 bytes), safe in URLs, cookies and headers. At least 16 bytes are always generated.
    public static func generate(byteCount: Int = 32) -> String {
        base64URL(SecureRandom.bytes(count: max(byteCount, 16)))
    }

    /// Lowercase hex SHA-256 of the token's UTF-8: the form to store and index. Fine for tokens from
    /// ``generate(byteCount:)``, whose 256 bits can't be guessed; for short or human-chosen codes use
    /// ``KeyedTokenDigest``.
    public static func digest(_ token: String) -> String {
        Hex.encode(SHA256.hash(data: Array(token.utf8)))
    }

    /// Whether `token` has the shape of a token from ``generate(byteCount:)`` with `byteCount` bytes — check this
    /// before any database lookup, so junk never reaches a query.
    public static func isWellFormed(_ token: String, byteCount: Int = 32) -> Bool {
        let expectedLength = (max(byteCount, 16) * 4 + 2) / 3
        return token.utf8.count == expectedLength
            && token.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                    return true
                default:
                    return false
                }
            }
    }

    /// Compares two strings' UTF-8 in time independent of where they differ (it depends only on the length).
    /// Use for CSRF tokens and any secret compared outside a database lookup.
    public static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        constantTimeBytesEqual(Array(lhs.utf8), Array(rhs.utf8))
    }

    /// Compares two byte sequences in time independent of where they differ.
    public static func constantTimeEquals(_ lhs: some DataProtocol, _ rhs: some DataProtocol) -> Bool {
        constantTimeBytesEqual(Array(lhs), Array(rhs))
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// A keyed digest (HMAC-SHA256 with the ``KeyPurpose/tokenHash`` subkey) of a token or code: without the master
/// key, a leaked digest can't even be checked against guesses. Use it for secrets with less than about 128 bits,
/// such as a reference code combined with a short PIN.
public struct KeyedTokenDigest: Sendable {
    private let key: SymmetricKey

    /// A digester keyed with `masterKey`'s ``KeyPurpose/tokenHash`` subkey.
    public init(masterKey: MasterKey) {
        self.key = masterKey.subkey(for: .tokenHash)
    }

    /// Lowercase hex HMAC-SHA256 of `token`'s UTF-8.
    public func digest(_ token: String) -> String {
        Hex.encode(HMAC<SHA256>.authenticationCode(for: Array(token.utf8), using: key))
    }
}

/// Short human-friendly references for reports, such as `CG-7K3P-9QXM`: 8 characters from a 32-symbol alphabet
/// without `0`, `O`, `1` or `I` (40 random bits). Easy to read out over the phone, but not a secret: never let a
/// reference code alone grant access (pair it with a ``SecretToken``).
public enum ReferenceCode {
    /// The 32 symbols a code uses.
    public static let alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    private static let symbols = Array(alphabet.utf8)

    /// A new code `CG-XXXX-XXXX` from the system CSPRNG.
    public static func generate() -> String {
        let random = SecureRandom.bytes(count: 5).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let characters = (0..<8).map { index in symbols[Int((random >> UInt64(35 - 5 * index)) & 31)] }
        return format(characters)
    }

    /// The canonical form of a code as a person typed it — case, spaces, dashes and the `CG` prefix are optional —
    /// or `nil` if it can't be a code.
    public static func normalize(_ input: String) -> String? {
        var characters = Array(input.uppercased().utf8.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") })
        if characters.count == 10, characters.starts(with: Array("CG".utf8)) {
            characters.removeFirst(2)
        }
        guard characters.count == 8, characters.allSatisfy(symbols.contains) else { return nil }
        return format(characters)
    }

    private static func format(_ characters: [UInt8]) -> String {
        "CG-" + String(decoding: characters[0..<4], as: UTF8.self) + "-"
            + String(decoding: characters[4..<8], as: UTF8.self)
    }
}
