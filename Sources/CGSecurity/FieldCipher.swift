import Crypto
import Foundation

/// Where a sealed value lives: its table, column and row. The binding is authenticated (AES-GCM associated data)
/// but not stored, so a ciphertext copied to another row, column or table no longer opens.
public struct FieldBinding: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The table (or collection) name, e.g. `"referrals"`.
    public var table: String
    /// The column (or field) name, e.g. `"person_name"`.
    public var field: String
    /// The row's stable identifier, e.g. a UUID string. Must be known before sealing and never change.
    public var recordID: String

    /// A binding to `table`.`field` of record `recordID`.
    public init(table: String, field: String, recordID: String) {
        self.table = table
        self.field = field
        self.recordID = recordID
    }

    /// `table.field#recordID`.
    public var description: String { "\(table).\(field)#\(recordID)" }

    func associatedData(domain: String) -> [UInt8] {
        var encoder = CanonicalEncoder(domain: domain)
        encoder.append(table)
        encoder.append(field)
        encoder.append(recordID)
        return encoder.bytes
    }
}

/// Something that seals and opens field values bound to a ``FieldBinding``: the installation-wide
/// ``FieldCipher`` or a per-record ``DataKeyCipher``. Storage code can take `some FieldSealing` and not care which.
public protocol FieldSealing: Sendable {
    /// Seals `data` for `binding` into the compact text form `cg1:<base64>`.
    func seal(_ data: Data, binding: FieldBinding) throws(FieldCipherError) -> String
    /// Opens a `cg1:` text sealed for `binding` and returns its bytes.
    func openData(_ sealed: String, binding: FieldBinding) throws(FieldCipherError) -> Data
}

extension FieldSealing {
    /// Seals the UTF-8 of `plaintext` for `binding` into the compact text form `cg1:<base64>`.
    public func seal(_ plaintext: String, binding: FieldBinding) throws(FieldCipherError) -> String {
        try seal(Data(plaintext.utf8), binding: binding)
    }

    /// Opens a `cg1:` text sealed for `binding` and returns the string.
    /// - Throws: ``FieldCipherError/authenticationFailed`` for a wrong key, another binding or tampering;
    ///   ``FieldCipherError/notUTF8`` if the sealed bytes were not a string.
    public func open(_ sealed: String, binding: FieldBinding) throws(FieldCipherError) -> String {
        let data = try openData(sealed, binding: binding)
        guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8 }
        return text
    }

    /// Seals `plaintext` if present; `nil` stays `nil` (for optional columns).
    public func sealIfPresent(_ plaintext: String?, binding: FieldBinding) throws(FieldCipherError) -> String? {
        guard let plaintext else { return nil }
        return try seal(plaintext, binding: binding)
    }

    /// Opens `sealed` if present; `nil` stays `nil` (for optional columns).
    public func openIfPresent(_ sealed: String?, binding: FieldBinding) throws(FieldCipherError) -> String? {
        guard let sealed else { return nil }
        return try open(sealed, binding: binding)
    }
}

/// AES-256-GCM sealing with one key, shared by ``FieldCipher`` and ``DataKeyCipher``.
///
/// Text form: `<prefix>` + base64(nonce (12 bytes) | ciphertext | tag (16 bytes)). The nonce is random per seal.
struct AEADBox: Sendable {
    let key: SymmetricKey

    static let fieldPrefix = "cg1:"
    static let wrappedKeyPrefix = "cgk1:"
    static let fieldDomain = "commonground/field/v1"
    static let wrappedKeyDomain = "commonground/data-key/v1"
    private static let overhead = 12 + 16

    func seal(_ bytes: some DataProtocol, associatedData: [UInt8], prefix: String) throws(FieldCipherError) -> String {
        do {
            let box = try AES.GCM.seal(bytes, using: key, nonce: AES.GCM.Nonce(), authenticating: associatedData)
            guard let combined = box.combined else { throw FieldCipherError.sealingFailed }
            return prefix + combined.base64EncodedString()
        } catch {
            throw .sealingFailed
        }
    }

    func open(_ sealed: String, associatedData: [UInt8], prefix: String) throws(FieldCipherError) -> Data {
        guard sealed.hasPrefix(prefix) else {
            if let other = [Self.fieldPrefix, Self.wrappedKeyPrefix].first(where: { sealed.hasPrefix($0) }) {
                throw .wrongKind(expected: prefix, found: other)
            }
            if let colon = sealed.firstIndex(of: ":"), sealed.hasPrefix("cg"),
                sealed.distance(from: sealed.startIndex, to: colon) <= 8
            {
                throw .unsupportedFormat(String(sealed[..<colon]))
            }
            throw .notSealed
        }
        guard let combined = Data(base64Encoded: String(sealed.dropFirst(prefix.count))) else {
            throw .malformed("the text after \(prefix) is not base64")
        }
        guard combined.count >= Self.overhead else {
            throw .malformed("it is \(combined.count) bytes, shorter than a nonce and tag")
        }
        do {
            let box = try AES.GCM.SealedBox(combined: combined)
            return try AES.GCM.open(box, using: key, authenticating: associatedData)
        } catch {
            throw .authenticationFailed
        }
    }
}

/// Seals sensitive fields with AES-256-GCM under the installation's ``KeyPurpose/fieldEncryption`` subkey, each
/// ciphertext bound to its ``FieldBinding``; also wraps per-record ``DataKey``s for crypto-erasure.
///
/// ```swift
/// let cipher = FieldCipher(masterKey: key)
/// let binding = FieldBinding(table: "reports", field: "contact_email", recordID: report.id)
/// row.contactEmail = try cipher.seal(email, binding: binding)      // "cg1:…"
/// let email = try cipher.open(row.contactEmail, binding: binding)
/// ```
public struct FieldCipher: FieldSealing {
    private let box: AEADBox
    /// Fields are sealed exactly as a ``DataKeyCipher`` seals them, with the installation's key.
    private let fields: DataKeyCipher

    /// A cipher keyed with `masterKey`'s ``KeyPurpose/fieldEncryption`` subkey.
    public init(masterKey: MasterKey) {
        let key = masterKey.subkey(for: .fieldEncryption)
        self.box = AEADBox(key: key)
        self.fields = DataKeyCipher(dataKey: DataKey(key: key))
    }

    /// Seals `data` for `binding` into `cg1:<base64>`.
    /// - Throws: ``FieldCipherError/sealingFailed`` only if the crypto library fails.
    public func seal(_ data: Data, binding: FieldBinding) throws(FieldCipherError) -> String {
        try fields.seal(data, binding: binding)
    }

    /// Opens a `cg1:` text sealed for `binding`.
    /// - Throws: ``FieldCipherError``: `authenticationFailed` for a wrong key, another binding or any tampering.
    public func openData(_ sealed: String, binding: FieldBinding) throws(FieldCipherError) -> Data {
        try fields.openData(sealed, binding: binding)
    }

    /// Wraps (encrypts) a per-record key for storage next to its record, as `cgk1:<base64>`.
    ///
    /// Use a binding that names the key's own column, e.g. `FieldBinding(table: "cases", field: "data_key",
    /// recordID: caseID)`. A wrapped key can't be opened as a field, nor a field unwrapped as a key.
    public func wrap(_ dataKey: DataKey, binding: FieldBinding) throws(FieldCipherError) -> String {
        let bytes = dataKey.key.withUnsafeBytes { Data($0) }
        return try box.seal(
            bytes, associatedData: binding.associatedData(domain: AEADBox.wrappedKeyDomain),
            prefix: AEADBox.wrappedKeyPrefix)
    }

    /// Unwraps a key made by ``wrap(_:binding:)`` with the same binding.
    /// - Throws: ``FieldCipherError``: `authenticationFailed` for a wrong key, binding or tampering.
    public func unwrap(_ wrapped: String, binding: FieldBinding) throws(FieldCipherError) -> DataKey {
        let bytes = try box.open(
            wrapped, associatedData: binding.associatedData(domain: AEADBox.wrappedKeyDomain),
            prefix: AEADBox.wrappedKeyPrefix)
        guard bytes.count == DataKey.byteCount else { throw .malformed("a wrapped key must hold 32 bytes") }
        return DataKey(key: SymmetricKey(data: bytes))
    }

    /// Whether `text` looks like a value sealed by this library (`cg1:` field or `cgk1:` wrapped key), without
    /// opening it. For migrations that must tell plaintext from sealed rows.
    public static func isSealed(_ text: String) -> Bool {
        text.hasPrefix(AEADBox.fieldPrefix) || text.hasPrefix(AEADBox.wrappedKeyPrefix)
    }
}

/// A random 256-bit key for one record (a case, a referral). Seal the record's fields with a ``DataKeyCipher``,
/// store the key only wrapped by ``FieldCipher/wrap(_:binding:)``; destroying the wrapped key erases the record,
/// including every copy of its ciphertext in backups. Its `description` never shows the key.
public struct DataKey: Sendable, CustomStringConvertible {
    /// The key length in bytes.
    public static let byteCount = 32
    let key: SymmetricKey

    init(key: SymmetricKey) {
        self.key = key
    }

    /// A fresh random key from the system CSPRNG.
    public static func generate() -> DataKey {
        DataKey(key: SymmetricKey(size: .bits256))
    }

    /// `DataKey(redacted)`.
    public var description: String { "DataKey(redacted)" }
}

/// Seals and opens fields with a per-record ``DataKey``; same text form and binding rules as ``FieldCipher``.
public struct DataKeyCipher: FieldSealing {
    private let box: AEADBox

    /// A cipher for the record whose key is `dataKey`.
    public init(dataKey: DataKey) {
        self.box = AEADBox(key: dataKey.key)
    }

    /// Seals `data` for `binding` into `cg1:<base64>`.
    /// - Throws: ``FieldCipherError/sealingFailed`` only if the crypto library fails.
    public func seal(_ data: Data, binding: FieldBinding) throws(FieldCipherError) -> String {
        try box.seal(
            data, associatedData: binding.associatedData(domain: AEADBox.fieldDomain), prefix: AEADBox.fieldPrefix)
    }

    /// Opens a `cg1:` text sealed for `binding` with this record's key.
    /// - Throws: ``FieldCipherError``: `authenticationFailed` for a wrong key, another binding or any tampering.
    public func openData(_ sealed: String, binding: FieldBinding) throws(FieldCipherError) -> Data {
        try box.open(
            sealed, associatedData: binding.associatedData(domain: AEADBox.fieldDomain), prefix: AEADBox.fieldPrefix)
    }
}

/// Why a field could not be sealed or opened.
public enum FieldCipherError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// Wrong key, wrong binding (moved to another table, field or record) or altered ciphertext. These are
    /// deliberately indistinguishable.
    case authenticationFailed
    /// The text does not start with a sealed-value prefix: it is plaintext or something else.
    case notSealed
    /// The text names a format version this build does not know.
    case unsupportedFormat(String)
    /// A wrapped key was given where a sealed field was expected, or the other way round (the two prefixes).
    case wrongKind(expected: String, found: String)
    /// The text has the right prefix but a broken body.
    case malformed(String)
    /// The opened bytes are not UTF-8, so they can't be returned as a string (use `openData`).
    case notUTF8
    /// The crypto library failed to seal.
    case sealingFailed

    /// A sentence that says what went wrong.
    public var description: String {
        switch self {
        case .authenticationFailed:
            return "The sealed value could not be opened: wrong key, moved from another record or field, or altered."
        case .notSealed:
            return "The value is not a sealed value (it lacks the cg1: prefix)."
        case .unsupportedFormat(let version):
            return "The sealed value uses format \(version), which this version of CommonGround does not know."
        case .wrongKind(let expected, let found):
            return "The value is of the wrong kind: expected \(Self.kindName(expected)), found \(Self.kindName(found))."
        case .malformed(let problem):
            return "The sealed value is malformed: \(problem)."
        case .notUTF8:
            return "The sealed value holds bytes that are not UTF-8 text."
        case .sealingFailed:
            return "The value could not be sealed (the crypto library failed)."
        }
    }

    /// Same as ``description``.
    public var errorDescription: String? { description }

    private static func kindName(_ prefix: String) -> String {
        prefix == AEADBox.wrappedKeyPrefix ? "a wrapped data key (\(prefix))" : "a sealed field (\(prefix))"
    }
}
