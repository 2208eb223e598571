import Crypto
import Foundation

/// Keyed hashes of a person's normalised name and date of birth, for the case panel's "already known?" check
/// (issue 6): the database keeps only the hash, and a check compares hashes, revealing nothing else.
///
/// Normalisation makes small differences in how a name is written match: case, diacritics (`é` → `e`, `ø` → `o`,
/// `ß` → `ss`), whitespace, punctuation and word order (`"O'Brien, Seán"` matches `"sean obrien"`). It does not
/// match nicknames, transliterations or typos. Without the master key the hashes can't be tested against guesses.
public struct LookupHash: Sendable {
    private let key: SymmetricKey

    /// A hasher keyed with `masterKey`'s ``KeyPurpose/lookupHash`` subkey.
    public init(masterKey: MasterKey) {
        self.key = masterKey.subkey(for: .lookupHash)
    }

    /// The lookup hash (64 lowercase hex digits) of `name` and `dateOfBirth` written `yyyy-MM-dd`.
    /// - Throws: ``LookupHashError`` if the name has no letters or digits or the date is not a real `yyyy-MM-dd` date.
    public func hash(name: String, dateOfBirth: String) throws(LookupHashError) -> String {
        let normalized = Self.normalizedName(name)
        guard !normalized.isEmpty else { throw .emptyName }
        let date = try Self.normalizedDateOfBirth(dateOfBirth)
        var encoder = CanonicalEncoder(domain: "commonground/lookup/v1")
        encoder.append(normalized)
        encoder.append(date)
        return Hex.encode(HMAC<SHA256>.authenticationCode(for: encoder.bytes, using: key))
    }

    /// The name as it is hashed: compatibility-decomposed, marks removed, lowercased, special letters spelled out,
    /// split into words at anything that is not a letter or digit (apostrophes join: `O'Brien` → `obrien`), the
    /// words sorted and joined with single spaces.
    public static func normalizedName(_ name: String) -> String {
        let decomposed = name.decomposedStringWithCompatibilityMapping.lowercased()
        var words: [String] = []
        var word = ""
        for scalar in decomposed.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format:
                continue
            default:
                break
            }
            if apostrophes.contains(scalar.value) { continue }
            if let replacement = specialLetters[scalar] {
                word += replacement
            } else if properties.isAlphabetic || properties.numericType != nil {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.sorted().joined(separator: " ")
    }

    /// The canonical `yyyy-MM-dd` of a date of birth given as `yyyy-MM-dd` (surrounding spaces ignored).
    /// - Throws: ``LookupHashError/invalidDateOfBirth(_:)`` unless it is a real calendar date in years 1000–9999.
    public static func normalizedDateOfBirth(_ text: String) throws(LookupHashError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
            let year = Int64(parts[0]), let month = Int64(parts[1]), let day = Int64(parts[2]),
            year >= 1000, (1...12).contains(month), (1...AuditTimestamp.daysIn(month: month, year: year)).contains(day)
        else { throw .invalidDateOfBirth(text) }
        return trimmed
    }

    /// Right single quotation mark, apostrophe, modifier letter apostrophe and the like: removed inside words.
    private static let apostrophes: Set<UInt32> = [0x27, 0x2BC, 0x2019, 0x2018, 0x60, 0xB4, 0x2BB]

    /// Letters that Unicode decomposition leaves alone but people write without their mark.
    private static let specialLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
        "ŧ": "t", "ŋ": "n", "ĸ": "k", "ς": "σ",
    ]
}

/// Why a lookup hash could not be computed.
public enum LookupHashError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The name has no letters or digits once normalised.
    case emptyName
    /// The date of birth is not a real date written `yyyy-MM-dd`.
    case invalidDateOfBirth(String)

    /// A sentence saying what is wrong.
    public var description: String {
        switch self {
        case .emptyName:
            return "A name is needed for the lookup: it has no letters or digits."
        case .invalidDateOfBirth(let text):
            return "“\(text)” is not a date of birth written as year-month-day, for example 1990-04-23."
        }
    }

    /// Same as ``description``.
    public var errorDescription: String? { description }
}
