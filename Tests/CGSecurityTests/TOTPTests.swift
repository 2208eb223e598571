import Foundation
import Testing

@testable import CGSecurity

@Suite("TOTP and Base32")
struct TOTPTests {
    /// RFC 6238 Appendix B: time, then the 8-digit codes for SHA1, SHA256 and SHA512.
    static let rfc6238Vectors: [(TimeInterval, String, String, String)] = [
        (59, "94287082", "46119246", "90693936"),
        (1_111_111_109, "07081804", "68084774", "25091201"),
        (1_111_111_111, "14050471", "67062674", "99943326"),
        (1_234_567_890, "89005924", "91819424", "93441116"),
        (2_000_000_000, "69279037", "90698825", "38618901"),
        (20_000_000_000, "65353130", "77737706", "47863826"),
    ]

    static let sha1Seed = Data("12345678901234567890".utf8)
    static let sha256Seed = Data("12345678901234567890123456789012".utf8)
    static let sha512Seed = Data("1234567890123456789012345678901234567890123456789012345678901234".utf8)

    @Test("RFC 6238 test vectors (SHA1, SHA256, SHA512; 8 digits)")
    func rfcVectors() {
        let sha1 = TOTP(secret: Self.sha1Seed, algorithm: .sha1, digits: 8)
        let sha256 = TOTP(secret: Self.sha256Seed, algorithm: .sha256, digits: 8)
        let sha512 = TOTP(secret: Self.sha512Seed, algorithm: .sha512, digits: 8)
        for (time, expected1, expected256, expected512) in Self.rfc6238Vectors {
            let date = Date(timeIntervalSince1970: time)
            #expect(sha1.code(at: date) == expected1, "SHA1 at \(time)")
            #expect(sha256.code(at: date) == expected256, "SHA256 at \(time)")
            #expect(sha512.code(at: date) == expected512, "SHA512 at \(time)")
        }
    }

    @Test("six-digit codes are the last six digits of the RFC's, zero-padded")
    func sixDigits() {
        let totp = TOTP(secret: Self.sha1Seed)
        #expect(totp.code(at: Date(timeIntervalSince1970: 59)) == "287082")
        #expect(totp.code(at: Date(timeIntervalSince1970: 1_111_111_109)) == "081804")
        #expect(totp.timeStep(at: Date(timeIntervalSince1970: 59)) == 1)
        #expect(totp.timeStep(at: Date(timeIntervalSince1970: 60)) == 2)
    }

    @Test("verify accepts the current code and ±window steps, and nothing further")
    func verifyWindow() {
        let totp = TOTP(secret: Self.sha1Seed)
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let step = totp.timeStep(at: now)
        #expect(totp.verify(totp.code(at: now), at: now))
        #expect(totp.verify(totp.code(forStep: step - 1), at: now))
        #expect(totp.verify(totp.code(forStep: step + 1), at: now))
        #expect(!totp.verify(totp.code(forStep: step - 2), at: now))
        #expect(totp.verify(totp.code(forStep: step - 2), at: now, window: 2))
        #expect(!totp.verify(totp.code(forStep: step - 1), at: now, window: 0))
        let spaced = totp.code(at: now).enumerated().map { $0.offset == 3 ? " \($0.element)" : "\($0.element)" }
            .joined()
        #expect(totp.verify(spaced, at: now))
        for junk in ["", "12345", "1234567", "abcdef", "００００００"] {
            #expect(!totp.verify(junk, at: now), "\(junk)")
        }
    }

    @Test("the matched step is returned so a code can't be used twice")
    func replayRejected() {
        let totp = TOTP(secret: Self.sha1Seed)
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let code = totp.code(at: now)
        let step = totp.matchingStep(for: code, at: now)
        #expect(step == totp.timeStep(at: now))
        #expect(totp.matchingStep(for: code, at: now, after: step) == nil)
        #expect(totp.matchingStep(for: code, at: now.addingTimeInterval(30), after: step) == nil)
        // An older step's code is refused once a newer step has been used.
        let previous = totp.code(forStep: totp.timeStep(at: now) - 1)
        #expect(totp.matchingStep(for: previous, at: now, after: step) == nil)
        let next = totp.code(forStep: totp.timeStep(at: now) + 1)
        #expect(totp.matchingStep(for: next, at: now, after: step) == totp.timeStep(at: now) + 1)
    }

    @Test("Base32 encodes and decodes the RFC 4648 test vectors")
    func base32Vectors() throws {
        let vectors = [
            ("", ""), ("f", "MY======"), ("fo", "MZXQ===="), ("foo", "MZXW6==="), ("foob", "MZXW6YQ="),
            ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI======"),
        ]
        for (plain, encoded) in vectors {
            #expect(Base32.encode(Data(plain.utf8)) == encoded)
            #expect(try Base32.decode(encoded) == Data(plain.utf8))
            let unpadded = encoded.replacingOccurrences(of: "=", with: "")
            #expect(Base32.encode(Data(plain.utf8), padding: false) == unpadded)
            #expect(try Base32.decode(unpadded.lowercased()) == Data(plain.utf8))
        }
        #expect(try Base32.decode("mzxw 6ytb-oi") == Data("foobar".utf8))
        #expect(throws: Base32Error.invalidCharacter("1")) { try Base32.decode("MZXW1") }
        #expect(throws: Base32Error.invalidCharacter("M")) { try Base32.decode("MY==MY") }
        #expect(throws: Base32Error.invalidLength(symbols: 1)) { try Base32.decode("M") }
        #expect(throws: Base32Error.invalidLength(symbols: 3)) { try Base32.decode("MZX") }
        for count in 0..<40 {
            let bytes = Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
            #expect(try Base32.decode(Base32.encode(bytes)) == bytes)
        }
    }

    @Test("a Base32 secret gives the same codes as its bytes")
    func base32Secret() throws {
        let fromText = try TOTP(base32Secret: "gezd gnbv gy3t qojq gezd gnbv gy3t qojq")
        #expect(fromText.code(at: Date(timeIntervalSince1970: 59)) == "287082")
        #expect(fromText.base32Secret == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
        #expect(throws: TOTPError.secretTooShort(byteCount: 0)) { try TOTP(base32Secret: "") }
        #expect(throws: TOTPError.secretTooShort(byteCount: 10)) { try TOTP(base32Secret: "GEZDGNBVGY3TQOJQ") }
        #expect(throws: TOTPError.invalidBase32(.invalidCharacter("0"))) { try TOTP(base32Secret: "GEZDGNBVGY3TQOJ0") }
        #expect(TOTPError.secretTooShort(byteCount: 10).description.contains("16"))
    }

    @Test("generated secrets are 20 random bytes by default")
    func generatedSecret() {
        let secret = TOTP.generateSecret()
        #expect(secret.count == 20)
        #expect(TOTP.generateSecret(byteCount: 32).count == 32)
        #expect(secret != TOTP.generateSecret())
    }

    @Test("the provisioning URI follows the otpauth key-URI format")
    func provisioningURI() {
        let totp = TOTP(secret: Self.sha1Seed)
        let uri = totp.provisioningURI(issuer: "CommonGround London", account: "zoë@example.org")
        #expect(
            uri == "otpauth://totp/CommonGround%20London:zo%C3%AB%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=CommonGround%20London&algorithm=SHA1&digits=6&period=30")
        #expect(URL(string: uri) != nil)
    }
}
