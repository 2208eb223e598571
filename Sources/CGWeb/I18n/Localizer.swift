import Foundation

/// The languages the interface is offered in.
public enum UILanguage: String, Sendable, CaseIterable, Codable {
    case en, es, ca, fr, nl, sv

    /// The language's own name, for the switcher.
    public var nativeName: String {
        switch self {
        case .en: return "English"
        case .es: return "Español"
        case .ca: return "Català"
        case .fr: return "Français"
        case .nl: return "Nederlands"
        case .sv: return "Svenska"
        }
    }
}

/// User-facing strings by key and language, read from the JSON catalogues in `Resources/Locales`.
///
/// A key missing from a language falls back to English; a key missing from English renders as the key itself,
/// and the catalogue test fails on it, so no view needs a hard-coded string.
public struct Localizer: Sendable {
    private let catalogues: [UILanguage: [String: String]]
    /// The English `reason.*` entries as patterns, exact ones first, then the longest literal text first.
    private let reasons: [ReasonPattern]

    /// Creates a localizer from catalogues already in memory.
    public init(catalogues: [UILanguage: [String: String]]) {
        self.catalogues = catalogues
        reasons = (catalogues[.en] ?? [:]).filter { $0.key.hasPrefix(Self.reasonPrefix) }
            .map { ReasonPattern(key: $0.key, english: $0.value) }
            .sorted { ($0.names.count, -$0.literalLength, $0.key) < ($1.names.count, -$1.literalLength, $1.key) }
    }

    /// Catalogue keys of the reasons services give in English (`FieldErrors`, `Abort`).
    static let reasonPrefix = "reason."

    /// Loads every catalogue bundled with the module: `Locales/{lang}.json` for the foundation and
    /// `Locales/{capability}.{lang}.json` for each capability, merged per language. Each capability keeps its
    /// own files so that its strings change without touching anyone else's; a key defined twice is an error.
    public static func bundled() throws -> Localizer {
        guard let folder = Bundle.module.url(forResource: "Locales", withExtension: nil) else {
            return Localizer(catalogues: [:])
        }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var catalogues: [UILanguage: [String: String]] = [:]
        for file in files {
            let stem = file.deletingPathExtension().lastPathComponent
            guard let code = stem.split(separator: ".").last, let language = UILanguage(rawValue: String(code))
            else { continue }
            let entries = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
            try catalogues[language, default: [:]].merge(entries) { _, _ in
                throw LocalizerError.duplicateKey(file: file.lastPathComponent)
            }
        }
        return Localizer(catalogues: catalogues)
    }

    /// The keys of a language's catalogue.
    public func keys(in language: UILanguage) -> Set<String> {
        Set(catalogues[language]?.keys.map { $0 } ?? [])
    }

    /// The string for `key` in `language`, with `{name}` placeholders filled from `values`.
    public func text(_ key: String, _ language: UILanguage, _ values: [String: String] = [:]) -> String {
        var result = catalogues[language]?[key] ?? catalogues[.en]?[key] ?? key
        for (name, value) in values {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    /// A reason a service wrote in English (for the API and the command line), in `language` for a page. Each
    /// `reason.*` entry of the English catalogue is a pattern whose `{name}` parts stand for any text (a limit, a
    /// date, a list), carried into the translation; a reason no entry matches stays in English.
    public func reason(_ english: String, _ language: UILanguage) -> String {
        guard language != .en else { return english }
        for pattern in reasons {
            guard let values = pattern.match(english) else { continue }
            guard catalogues[language]?[pattern.key] != nil else { return english }
            return text(pattern.key, language, values)
        }
        return english
    }

    /// Picks the best offered language from an `Accept-Language` header value.
    public static func negotiate(acceptLanguage: String?) -> UILanguage? {
        guard let header = acceptLanguage else { return nil }
        let ranked = header.split(separator: ",").compactMap { part -> (String, Double)? in
            let pieces = part.split(separator: ";")
            guard let tag = pieces.first?.trimmingCharacters(in: .whitespaces).lowercased(), !tag.isEmpty else {
                return nil
            }
            var quality = 1.0
            for piece in pieces.dropFirst() {
                let trimmed = piece.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("q="), let q = Double(trimmed.dropFirst(2)) { quality = q }
            }
            return (tag, quality)
        }
        for (tag, _) in ranked.sorted(by: { $0.1 > $1.1 }) {
            let primary = String(tag.prefix { $0 != "-" && $0 != "_" })
            if let language = UILanguage(rawValue: primary) { return language }
        }
        return nil
    }
}

/// Why the bundled catalogues could not be loaded.
public enum LocalizerError: Error, CustomStringConvertible {
    /// A key appears in two catalogue files of the same language.
    case duplicateKey(file: String)

    public var description: String {
        switch self {
        case .duplicateKey(let file): return "\(file) defines a key that another catalogue already defines"
        }
    }
}
