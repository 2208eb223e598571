import Foundation
import Testing

@testable import CGSecurity

@Suite("Tokens and reference codes")
struct TokenTests {
    @Test("tokens are base64url without padding, of the right length, and unique")
    func generate() {
        let tokens = (0..<200).map { _ in SecretToken.generate() }
        #expect(Set(tokens).count == 200)
        for token in tokens {
            #expect(token.count == 43)
            #expect(SecretToken.isWellFormed(token))
            #expect(!token.contains("=") && !token.contains("+") && !token.contains("/"))
        }
        #expect(SecretToken.generate(byteCount: 16).count == 22)
        #expect(SecretToken.isWellFormed(SecretToken.generate(byteCount: 16), byteCount: 16))
        #expect(!SecretToken.isWellFormed("short"))
        #expect(!SecretToken.isWellFormed(String(repeating: "a", count: 42) + "="))
        #expect(!SecretToken.isWellFormed("' OR 1=1 --"))
    }

    @Test("digest is SHA-256 hex (FIPS 180-2 vector) and differs per token")
    func digest() {
        #expect(SecretToken.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let token = SecretToken.generate()
        #expect(SecretToken.digest(token) == SecretToken.digest(token))
        #expect(SecretToken.digest(token) != SecretToken.digest(SecretToken.generate()))
    }

    @Test("keyed digests depend on the key")
    func keyedDigest() throws {
        let first = KeyedTokenDigest(masterKey: try fixedMasterKey(1))
        let second = KeyedTokenDigest(masterKey: try fixedMasterKey(2))
        #expect(first.digest("CG-7K3P-9QXM") == first.digest("CG-7K3P-9QXM"))
        #expect(first.digest("CG-7K3P-9QXM") != second.digest("CG-7K3P-9QXM"))
        #expect(first.digest("abc") != SecretToken.digest("abc"))
        #expect(first.digest("abc").count == 64)
    }

    @Test("constant-time equality")
    func constantTimeEquals() {
        #expect(SecretToken.constantTimeEquals("abc", "abc"))
        #expect(!SecretToken.constantTimeEquals("abc", "abd"))
        #expect(!SecretToken.constantTimeEquals("abc", "abcd"))
        #expect(SecretToken.constantTimeEquals("", ""))
        #expect(SecretToken.constantTimeEquals(Data([1, 2]), Data([1, 2])))
        #expect(!SecretToken.constantTimeEquals(Data([1, 2]), Data([1, 3])))
    }

    @Test("reference codes look like CG-XXXX-XXXX from an unambiguous alphabet")
    func referenceCodes() {
        let alphabet = Set(ReferenceCode.alphabet)
        #expect(alphabet.count == 32)
        #expect(alphabet.isDisjoint(with: ["0", "O", "1", "I"]))
        let codes = (0..<500).map { _ in ReferenceCode.generate() }
        #expect(Set(codes).count == 500)
        for code in codes {
            let parts = code.split(separator: "-")
            #expect(parts.count == 3 && parts[0] == "CG" && parts[1].count == 4 && parts[2].count == 4)
            #expect(parts[1...].joined().allSatisfy(alphabet.contains))
            #expect(ReferenceCode.normalize(code) == code)
        }
        // Every symbol shows up: the 5-bit mapping covers the whole alphabet.
        #expect(Set(codes.joined().filter { $0 != "-" && $0 != "C" && $0 != "G" }).count >= 28)
    }

    @Test("reference codes as people type them normalise to the canonical form")
    func normalize() {
        #expect(ReferenceCode.normalize("cg-7k3p-9qxm") == "CG-7K3P-9QXM")
        #expect(ReferenceCode.normalize(" 7K3P 9QXM ") == "CG-7K3P-9QXM")
        #expect(ReferenceCode.normalize("CG7K3P9QXM") == "CG-7K3P-9QXM")
        for invalid in ["", "CG-7K3P-9QX", "CG-7K3P-9QXO", "CG-1K3P-9QXM", "XX-7K3P-9QXM", "CG-7K3P-9QXM-2"] {
            #expect(ReferenceCode.normalize(invalid) == nil, "\(invalid)")
        }
    }
}
