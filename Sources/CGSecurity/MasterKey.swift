import Crypto
import Foundation

/// What a subkey derived from the ``MasterKey`` is for. Each purpose gets an independent key, so a key
/// exposed through one use (say, pseudonyms) reveals nothing about another (say, field encryption).
///
/// The raw values are part of the key derivation: never rename one once data exists.
public enum KeyPurpose: String, Sendable, CaseIterable {
    /// AES-GCM sealing of sensitive fields and wrapping of per-record ``DataKey``s (``FieldCipher``).
    case fieldEncryption = "field-encryption"
    /// HMAC of the tamper-evident audit chain (``AuditChain``).
    case auditChain = "audit-chain"
    /// Keyed pseudonyms of online authors (``Pseudonymizer``).
    case pseudonym = "pseudonym"
    /// Keyed hashes of normalised person identities for "already known?" checks (``LookupHash``).
    case lookupHash = "lookup-hash"
    /// Keyed digests of bearer tokens (``KeyedTokenDigest``).
    case tokenHash = "token-hash"
}

/// The installation's 256-bit root secret. Every other key is derived from it with HKDF-SHA256
/// (``subkey(for:)``); it is never used directly.
///
/// Losing it makes every sealed field unreadable; leaking it undoes field encryption and lets an attacker who
/// also has the database rewrite the audit chain. Its `description` never shows the key, only a ``fingerprint``.
public struct MasterKey: Sendable, CustomStringConvertible {
    /// The key length in bytes.
    public static let byteCount = 32
    /// The environment variable that, when set, supplies the key as base64 of 32 bytes.
    public static let environmentVariable = "CG_MASTER_KEY"

    /// Where a loaded key came from, so the caller can log it (never the key itself).
    public enum Source: Sendable, Hashable {
        /// Given in memory (``init(bytes:)``, ``init(base64Encoded:)`` or ``generate()``).
        case inMemory
        /// Read from the ``MasterKey/environmentVariable``.
        case environment
        /// Read from an existing key file.
        case file(path: String)
        /// A new key was generated and written to this file: tell the operator to back it up.
        case createdFile(path: String)
    }

    let key: SymmetricKey
    /// Where this key came from.
    public let source: Source

    /// A key from exactly 32 raw bytes.
    /// - Throws: ``MasterKeyError/wrongLength(byteCount:)`` for any other length.
    public init(bytes: some DataProtocol) throws(MasterKeyError) {
        try self.init(bytes: bytes, source: .inMemory)
    }

    /// A key from the base64 encoding of 32 bytes (surrounding whitespace is ignored).
    /// - Throws: ``MasterKeyError/notBase64`` or ``MasterKeyError/wrongLength(byteCount:)``.
    public init(base64Encoded text: String) throws(MasterKeyError) {
        try self.init(base64Encoded: text, source: .inMemory)
    }

    init(bytes: some DataProtocol, source: Source) throws(MasterKeyError) {
        guard bytes.count == Self.byteCount else { throw .wrongLength(byteCount: bytes.count) }
        self.key = SymmetricKey(data: Array(bytes))
        self.source = source
    }

    init(base64Encoded text: String, source: Source) throws(MasterKeyError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let data = Data(base64Encoded: trimmed) else { throw .notBase64 }
        try self.init(bytes: data, source: source)
    }

    /// A fresh random key from the system CSPRNG.
    public static func generate() -> MasterKey {
        MasterKey(key: SymmetricKey(size: .bits256), source: .inMemory)
    }

    private init(key: SymmetricKey, source: Source) {
        self.key = key
        self.source = source
    }

    /// The key as base64, the form the key file and ``environmentVariable`` hold. Handle with care: this is the secret.
    public func base64EncodedString() -> String {
        key.withUnsafeBytes { Data($0).base64EncodedString() }
    }

    /// A short, non-secret identifier of the key (16 hex digits from a one-way derivation), for logs and for
    /// checking that two processes loaded the same key.
    public var fingerprint: String {
        let derived = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: key, salt: Array(Self.salt.utf8),
            info: Array("commonground/fingerprint/v1".utf8), outputByteCount: 8)
        return derived.withUnsafeBytes { Hex.encode($0) }
    }

    /// The 256-bit subkey for `purpose`, derived with HKDF-SHA256 (fixed salt, info naming the purpose).
    public func subkey(for purpose: KeyPurpose) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: key, salt: Array(Self.salt.utf8),
            info: Array("commonground/subkey/v1/\(purpose.rawValue)".utf8), outputByteCount: Self.byteCount)
    }

    private static let salt = "commonground/master-key/v1"

    /// `MasterKey(fingerprint: …)`; never the key.
    public var description: String { "MasterKey(fingerprint: \(fingerprint))" }

    /// Loads the installation's key, creating it on first run.
    ///
    /// 1. If `environment[CG_MASTER_KEY]` is set (and not blank), it must be base64 of 32 bytes and is used;
    ///    a malformed value is an error, never silently ignored.
    /// 2. Otherwise, if the file at `url` exists, it must be a regular file whose permissions are no wider than
    ///    0600 and whose content is base64 of 32 bytes (one line).
    /// 3. Otherwise a new key is generated and written atomically with permissions 0600 (its directory is created
    ///    with 0700 if missing). If another process creates the file at the same moment, its key is used instead.
    ///
    /// - Throws: ``MasterKeyError`` describing what is wrong and how to fix it.
    public static func loadOrCreate(
        at url: URL, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(MasterKeyError) -> MasterKey {
        if let value = environment[environmentVariable],
            !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        {
            do {
                return try MasterKey(base64Encoded: value, source: .environment)
            } catch {
                throw .invalidEnvironmentValue(underlying: error.description)
            }
        }
        let path = url.path
        if let existing = try KeyFile.read(path: path) {
            return try parseFile(existing, path: path)
        }
        let fresh = MasterKey.generate()
        let contents = Array((fresh.base64EncodedString() + "\n").utf8)
        if let winner = try KeyFile.createExclusively(path: path, contents: contents) {
            // Someone else created the file first: use theirs so both processes agree.
            return try parseFile(winner, path: path)
        }
        return MasterKey(key: fresh.key, source: .createdFile(path: path))
    }

    private static func parseFile(_ contents: [UInt8], path: String) throws(MasterKeyError) -> MasterKey {
        guard let text = String(validating: contents, as: UTF8.self) else {
            throw .malformedFile(path: path, problem: "it is not UTF-8 text")
        }
        do {
            return try MasterKey(base64Encoded: text, source: .file(path: path))
        } catch {
            throw .malformedFile(path: path, problem: error.description)
        }
    }
}

/// Why a ``MasterKey`` could not be made or loaded.
public enum MasterKeyError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The key material is not 32 bytes long.
    case wrongLength(byteCount: Int)
    /// The text is not valid base64.
    case notBase64
    /// `CG_MASTER_KEY` is set but does not hold a valid key.
    case invalidEnvironmentValue(underlying: String)
    /// The key file exists but its content is not a key.
    case malformedFile(path: String, problem: String)
    /// The key file can be read by other users (mode shown in octal).
    case insecurePermissions(path: String, mode: UInt16)
    /// The key path names something other than a regular file.
    case notARegularFile(path: String)
    /// A file-system operation failed.
    case fileSystem(path: String, operation: String, message: String)

    /// A sentence that says what is wrong and how to fix it.
    public var description: String {
        switch self {
        case .wrongLength(let count):
            return "A master key must be exactly 32 bytes; this one is \(count) bytes."
        case .notBase64:
            return "The master key is not valid base64."
        case .invalidEnvironmentValue(let underlying):
            return "\(MasterKey.environmentVariable) is set but is not a usable key: \(underlying) "
                + "Set it to the base64 of 32 random bytes (for example `openssl rand -base64 32`), or unset it to use the key file."
        case .malformedFile(let path, let problem):
            return "The master key file \(path) is malformed: \(problem) "
                + "It must hold one line, the base64 of 32 bytes. Restore it from your backup; "
                + "do not delete it, or every encrypted field becomes unreadable."
        case .insecurePermissions(let path, let mode):
            return "The master key file \(path) has permissions \(String(mode, radix: 8)), wider than 600: "
                + "other users may be able to read it. Run `chmod 600 \(path)` and consider rotating the key."
        case .notARegularFile(let path):
            return "The master key path \(path) exists but is not a regular file."
        case .fileSystem(let path, let operation, let message):
            return "Could not \(operation) the master key file \(path): \(message)."
        }
    }

    /// Same as ``description``.
    public var errorDescription: String? { description }
}
