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

    /// Creates a localizer from catalogues already in memory.
    public init(catalogues: [UILanguage: [String: String]]) {
        self.catalogues = catalogues
    }

    /// Loads every catalogue bundled with the module.
    public static func bundled() throws -> Localizer {
        var catalogues: [UILanguage: [String: String]] = [:]
        for language in UILanguage.allCases {
            guard
                let url = Bundle.module.url(
                    forResource: language.rawValue, withExtension: "json", subdirectory: "Locales")
            else { continue }
            let data = try Data(contentsOf: url)
            catalogues[language] = try JSONDecoder().decode([String: String].self, from: data)
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
