import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@testable import CGSecurity

@Suite("MasterKey")
struct MasterKeyTests {
    @Test("creates the key file with 0600 (and its directory), then reuses it")
    func createsAndReuses() throws {
        let temporary = try TemporaryDirectory()
        let directory = temporary.url.appendingPathComponent("nested/data")
        let file = directory.appendingPathComponent("master.key")
        let created = try MasterKey.loadOrCreate(at: file, environment: [:])
        #expect(created.source == .createdFile(path: file.path))
        #expect(try permissions(of: file) == 0o600)
        #expect(try permissions(of: directory) == 0o700)
        let contents = try String(contentsOf: file, encoding: .utf8)
        #expect(contents == created.base64EncodedString() + "\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["master.key"])

        let loaded = try MasterKey.loadOrCreate(at: file, environment: [:])
        #expect(loaded.source == .file(path: file.path))
        #expect(loaded.base64EncodedString() == created.base64EncodedString())
        #expect(loaded.fingerprint == created.fingerprint)
    }

    @Test("refuses a key file readable by others", arguments: [0o644, 0o640, 0o604, 0o660, 0o700, 0o666])
    func refusesWidePermissions(mode: Int) throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("master.key")
        _ = try MasterKey.loadOrCreate(at: file, environment: [:])
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
        #expect(throws: MasterKeyError.insecurePermissions(path: file.path, mode: UInt16(mode))) {
            try MasterKey.loadOrCreate(at: file, environment: [:])
        }
        let error = MasterKeyError.insecurePermissions(path: file.path, mode: UInt16(mode))
        #expect(error.description.contains("chmod 600"))
    }

    @Test("accepts a key file narrower than 0600")
    func acceptsReadOnly() throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("master.key")
        let created = try MasterKey.loadOrCreate(at: file, environment: [:])
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: file.path)
        #expect(try MasterKey.loadOrCreate(at: file, environment: [:]).fingerprint == created.fingerprint)
    }

    @Test("refuses a malformed key file", arguments: ["not base64 at all!", "c2hvcnQ=", ""])
    func refusesMalformed(contents: String) throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("master.key")
        #expect(
            FileManager.default.createFile(
                atPath: file.path, contents: Data(contents.utf8), attributes: [.posixPermissions: 0o600]))
        #expect {
            try MasterKey.loadOrCreate(at: file, environment: [:])
        } throws: { error in
            guard case .malformedFile(let path, _) = error as? MasterKeyError else { return false }
            return path == file.path
        }
        // Never overwritten: the operator must restore it.
        #expect(try String(contentsOf: file, encoding: .utf8) == contents)
    }

    @Test("refuses a directory where the key file should be")
    func refusesDirectory() throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("master.key")
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        #expect(throws: MasterKeyError.notARegularFile(path: file.path)) {
            try MasterKey.loadOrCreate(at: file, environment: [:])
        }
    }

    @Test("refuses a FIFO where the key file should be, without blocking")
    func refusesFIFO() throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("master.key")
        try #require(mkfifo(file.path, 0o600) == 0)
        #expect(throws: MasterKeyError.notARegularFile(path: file.path)) {
            try MasterKey.loadOrCreate(at: file, environment: [:])
        }
    }

    @Test("uses CG_MASTER_KEY from the environment and writes no file")
    func usesEnvironment() throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("master.key")
        let expected = try fixedMasterKey(42)
        let key = try MasterKey.loadOrCreate(
            at: file, environment: ["CG_MASTER_KEY": " \(expected.base64EncodedString())\n"])
        #expect(key.source == .environment)
        #expect(key.fingerprint == expected.fingerprint)
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test("a malformed CG_MASTER_KEY is an error, not a silent fallback", arguments: ["abc", "c2hvcnQ="])
    func refusesBadEnvironment(value: String) throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("master.key")
        #expect {
            try MasterKey.loadOrCreate(at: file, environment: ["CG_MASTER_KEY": value])
        } throws: { error in
            guard case .invalidEnvironmentValue = error as? MasterKeyError else { return false }
            return (error as? MasterKeyError)?.description.contains("CG_MASTER_KEY") == true
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test("a blank CG_MASTER_KEY counts as unset")
    func blankEnvironment() throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("master.key")
        let key = try MasterKey.loadOrCreate(at: file, environment: ["CG_MASTER_KEY": "  "])
        #expect(key.source == .createdFile(path: file.path))
    }

    @Test("key material must be 32 bytes")
    func wrongLength() {
        #expect(throws: MasterKeyError.wrongLength(byteCount: 16)) {
            try MasterKey(bytes: [UInt8](repeating: 1, count: 16))
        }
        #expect(throws: MasterKeyError.notBase64) { try MasterKey(base64Encoded: "%%%") }
    }

    @Test("subkeys differ by purpose and by master key, and are stable")
    func subkeys() throws {
        let key = try fixedMasterKey()
        let derived = KeyPurpose.allCases.map { purpose in key.subkey(for: purpose).withUnsafeBytes { Data($0) } }
        #expect(Set(derived).count == KeyPurpose.allCases.count)
        #expect(derived.allSatisfy { $0.count == 32 })
        let again = try fixedMasterKey().subkey(for: .fieldEncryption).withUnsafeBytes { Data($0) }
        #expect(again == derived[0])
        let other = try fixedMasterKey(8).subkey(for: .fieldEncryption).withUnsafeBytes { Data($0) }
        #expect(other != derived[0])
    }

    @Test("description shows a fingerprint, never the key")
    func description() throws {
        let key = try fixedMasterKey()
        #expect(!key.description.contains(key.base64EncodedString()))
        #expect(key.description.contains(key.fingerprint))
        #expect(key.fingerprint.count == 16)
        #expect(MasterKey.generate().fingerprint != key.fingerprint)
    }
}
