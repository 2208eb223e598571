import Foundation
import Testing

@testable import CGSecurity

@Suite("FieldCipher and DataKey")
struct FieldCipherTests {
    let binding = FieldBinding(table: "reports", field: "contact_email", recordID: "7d1f0b0e-1")

    @Test("seal then open returns the plaintext; sealing twice gives different texts")
    func roundTrip() throws {
        let cipher = FieldCipher(masterKey: try fixedMasterKey())
        for plaintext in [
            "amina@example.org", "", "Zoë Ødegård — 📞 +44 20 7946 0000", String(repeating: "x", count: 10_000),
        ] {
            let sealed = try cipher.seal(plaintext, binding: binding)
            #expect(sealed.hasPrefix("cg1:"))
            #expect(FieldCipher.isSealed(sealed))
            #expect(try cipher.open(sealed, binding: binding) == plaintext)
        }
        #expect(try cipher.seal("same", binding: binding) != cipher.seal("same", binding: binding))
        let bytes = Data([0, 255, 1, 254])
        #expect(try cipher.openData(cipher.seal(bytes, binding: binding), binding: binding) == bytes)
        #expect(try cipher.sealIfPresent(nil, binding: binding) == nil)
        #expect(try cipher.openIfPresent(cipher.sealIfPresent("x", binding: binding), binding: binding) == "x")
    }

    @Test("the sealed text contains no substring of the plaintext")
    func noPlaintextInCiphertext() throws {
        let cipher = FieldCipher(masterKey: try fixedMasterKey())
        let canary = "CANARY-Mohammed-Khan-07700900123"
        let sealed = try cipher.seal(canary, binding: binding)
        for length in [6, 8] {
            for start in 0...(canary.count - length) {
                let piece = String(canary.dropFirst(start).prefix(length))
                #expect(!sealed.contains(piece))
            }
        }
        #expect(!sealed.contains(Data(canary.utf8).base64EncodedString().prefix(8)))
    }

    @Test(
        "a ciphertext moved to another table, field or record does not open",
        arguments: [
            FieldBinding(table: "cases", field: "contact_email", recordID: "7d1f0b0e-1"),
            FieldBinding(table: "reports", field: "contact_phone", recordID: "7d1f0b0e-1"),
            FieldBinding(table: "reports", field: "contact_email", recordID: "7d1f0b0e-2"),
            // Same characters, split differently between the parts.
            FieldBinding(table: "reports", field: "contact_email7d1f0b0e-1", recordID: ""),
        ])
    func bindingSwapFails(other: FieldBinding) throws {
        let cipher = FieldCipher(masterKey: try fixedMasterKey())
        let sealed = try cipher.seal("secret", binding: binding)
        #expect(throws: FieldCipherError.authenticationFailed) { try cipher.open(sealed, binding: other) }
    }

    @Test("changing any byte of the sealed value makes it fail to open")
    func tamperedByteFails() throws {
        let cipher = FieldCipher(masterKey: try fixedMasterKey())
        let sealed = try cipher.seal("secret", binding: binding)
        let raw = try #require(Data(base64Encoded: String(sealed.dropFirst(4))))
        for index in raw.indices {
            var tampered = raw
            tampered[index] ^= 0x01
            #expect(throws: FieldCipherError.authenticationFailed) {
                try cipher.open("cg1:" + tampered.base64EncodedString(), binding: binding)
            }
        }
        #expect(throws: FieldCipherError.authenticationFailed) {
            try cipher.open("cg1:" + raw.dropLast().base64EncodedString(), binding: binding)
        }
    }

    @Test("a wrong key fails to open")
    func wrongKeyFails() throws {
        let sealed = try FieldCipher(masterKey: try fixedMasterKey(1)).seal("secret", binding: binding)
        #expect(throws: FieldCipherError.authenticationFailed) {
            try FieldCipher(masterKey: try fixedMasterKey(2)).open(sealed, binding: binding)
        }
    }

    @Test("malformed and foreign texts give clear errors")
    func malformed() throws {
        let cipher = FieldCipher(masterKey: try fixedMasterKey())
        #expect(throws: FieldCipherError.notSealed) { try cipher.open("plain text", binding: binding) }
        #expect(throws: FieldCipherError.unsupportedFormat("cg9")) { try cipher.open("cg9:AAAA", binding: binding) }
        #expect(throws: FieldCipherError.malformed("the text after cg1: is not base64")) {
            try cipher.open("cg1:***", binding: binding)
        }
        #expect(throws: FieldCipherError.malformed("it is 3 bytes, shorter than a nonce and tag")) {
            try cipher.open("cg1:AAAA", binding: binding)
        }
        let sealedBytes = try cipher.seal(Data([0xff, 0xfe]), binding: binding)
        #expect(throws: FieldCipherError.notUTF8) { try cipher.open(sealedBytes, binding: binding) }
        #expect(!FieldCipher.isSealed("hello"))
    }

    @Test("a record's fields sealed with its data key open only through its wrapped key")
    func dataKeyWrapAndUnwrap() throws {
        let master = FieldCipher(masterKey: try fixedMasterKey())
        let keyBinding = FieldBinding(table: "cases", field: "data_key", recordID: "case-1")
        let nameBinding = FieldBinding(table: "cases", field: "person_name", recordID: "case-1")
        let dataKey = DataKey.generate()
        let wrapped = try master.wrap(dataKey, binding: keyBinding)
        #expect(wrapped.hasPrefix("cgk1:"))
        let sealedName = try DataKeyCipher(dataKey: dataKey).seal("Jan de Vries", binding: nameBinding)

        let unwrapped = try master.unwrap(wrapped, binding: keyBinding)
        #expect(try DataKeyCipher(dataKey: unwrapped).open(sealedName, binding: nameBinding) == "Jan de Vries")

        // The wrapped key is bound to its case, and is not a field (nor a field a key).
        let otherCase = FieldBinding(table: "cases", field: "data_key", recordID: "case-2")
        #expect(throws: FieldCipherError.authenticationFailed) { try master.unwrap(wrapped, binding: otherCase) }
        #expect(throws: FieldCipherError.wrongKind(expected: "cg1:", found: "cgk1:")) {
            try master.open(wrapped, binding: keyBinding)
        }
        let field = try master.seal("x", binding: keyBinding)
        #expect(throws: FieldCipherError.wrongKind(expected: "cgk1:", found: "cg1:")) {
            try master.unwrap(field, binding: keyBinding)
        }
        #expect(!dataKey.description.contains(wrapped))
    }

    @Test("destroying the wrapped key erases the record: neither the master key nor another key opens it")
    func cryptoErasure() throws {
        let masterKey = try fixedMasterKey()
        let master = FieldCipher(masterKey: masterKey)
        let binding = FieldBinding(table: "cases", field: "person_name", recordID: "case-9")
        var storedWrappedKey: String? = try master.wrap(DataKey.generate(), binding: binding)
        let unwrapped = try master.unwrap(try #require(storedWrappedKey), binding: binding)
        let backupCopy = try DataKeyCipher(dataKey: unwrapped).seal("Erased Person", binding: binding)
        storedWrappedKey = nil  // erasure: the only copy of the wrapped key is destroyed
        #expect(storedWrappedKey == nil)

        #expect(throws: FieldCipherError.authenticationFailed) { try master.open(backupCopy, binding: binding) }
        for _ in 0..<20 {
            #expect(throws: FieldCipherError.authenticationFailed) {
                try DataKeyCipher(dataKey: DataKey.generate()).open(backupCopy, binding: binding)
            }
        }
    }

    @Test("every error has a readable description")
    func descriptions() {
        let errors: [FieldCipherError] = [
            .authenticationFailed, .notSealed, .unsupportedFormat("cg9"), .wrongKind(expected: "cg1:", found: "cgk1:"),
            .malformed("x"), .notUTF8, .sealingFailed,
        ]
        #expect(Set(errors.map(\.description)).count == errors.count)
        #expect(errors.allSatisfy { $0.errorDescription == $0.description })
    }
}
