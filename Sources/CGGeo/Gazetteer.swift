/// A place name found in free text and the area it points to.
public struct GazetteerMatch: Sendable, Codable, Hashable {
    /// How the matched phrase relates to the area.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// The area's local name.
        case localName
        /// The area's English name.
        case englishName
        /// One of the area's aliases.
        case alias
    }

    /// The code of the area the phrase names.
    public var areaCode: String
    /// The phrase as it appears in the text.
    public var matchedText: String
    /// The name or alias as the city pack writes it.
    public var name: String
    /// Whether the phrase is the local name, the English name or an alias.
    public var kind: Kind
    /// How likely the phrase really means the area, 0…1 (see ``Gazetteer``).
    public var confidence: Double
    /// Where the phrase starts in the text, as a UTF-8 offset.
    public var utf8Offset: Int
    /// The phrase's length in UTF-8 bytes.
    public var utf8Length: Int

    /// Creates a match; see the properties for the meaning of each field.
    public init(
        areaCode: String, matchedText: String, name: String, kind: Kind, confidence: Double, utf8Offset: Int,
        utf8Length: Int
    ) {
        self.areaCode = areaCode
        self.matchedText = matchedText
        self.name = name
        self.kind = kind
        self.confidence = confidence
        self.utf8Offset = utf8Offset
        self.utf8Length = utf8Length
    }
}

/// Finds a city's area names and aliases in free text, for placing messages that carry no coordinates.
///
/// Text and names are folded alike (case, diacritics, punctuation: "SANTS MONTJUIC" finds Sants-Montjuïc,
/// "Sodermalm" finds Södermalm) and matched on whole words, longest phrase first and without overlaps, so
/// "Tower Hamlets" is one match and "Ashton-in-Makerfield" is Wigan, not Tameside's "Ashton". The city's own
/// name ("London", "Greater Manchester", "Paris") is consumed without placing anything. Aliases shared by two
/// areas are left out: they would be guesses.
///
/// Confidence: a local or English name 0.9 (0.6 when it is part of the city's own name, such as "Manchester"
/// within Greater Manchester); an alias of two or more words 0.8, of one word 0.7; an alias of at most five
/// characters that is a number or ordinal ("18e", "1er", "XVIIIe") 0.3; a single word that is also a common
/// word of the text's language ("Bury", "Sale", "Noord", "Söder", "Kista") counts only when written with a
/// capital letter, and then 0.4.
public struct Gazetteer: Sendable {
    /// The city whose areas the gazetteer finds.
    public let pack: CityPack

    private struct Entry: Sendable {
        var tokens: [String]
        /// `nil` for the city's own name, which blocks shorter matches inside it but places nothing.
        var areaCode: String?
        var name: String
        var kind: GazetteerMatch.Kind
        var confidence: Double
    }

    /// First folded word → entries starting with it, longest first.
    private let entries: [String: [Entry]]

    /// Builds the gazetteer from the pack's names and aliases.
    public init(pack: CityPack) {
        self.pack = pack
        let index = AreaNameIndex(pack: pack, includeCodes: false)
        let cityTokens = TextFolding.fold(pack.name) + " " + TextFolding.fold(pack.englishName)
        var byFirst: [String: [Entry]] = [:]
        for (folded, found) in index.entries {
            let tokens = folded.split(separator: " ").map(String.init)
            guard let first = tokens.first else { continue }
            let kind: GazetteerMatch.Kind = switch found.kind {
            case .localName: .localName
            case .englishName: .englishName
            case .alias, .code: .alias
            }
            let confidence: Double
            if kind != .alias {
                confidence = " \(cityTokens) ".contains(" \(folded) ") ? 0.6 : 0.9
            } else if tokens.count == 1 && folded.count <= 5 && folded.contains(where: \.isNumber) || Self.isRomanOrdinal(folded) {
                confidence = 0.3
            } else {
                confidence = tokens.count > 1 ? 0.8 : 0.7
            }
            byFirst[first, default: []].append(
                Entry(tokens: tokens, areaCode: found.areaCode, name: found.written, kind: kind, confidence: confidence))
        }
        for cityName in Set([pack.name, pack.englishName]) {
            let tokens = TextFolding.tokens(of: cityName).map(\.text)
            guard let first = tokens.first, index.entries[tokens.joined(separator: " ")] == nil else { continue }
            byFirst[first, default: []].append(
                Entry(tokens: tokens, areaCode: nil, name: cityName, kind: .localName, confidence: 0))
        }
        entries = byFirst.mapValues { $0.sorted { $0.tokens.count > $1.tokens.count } }
    }

    /// The area names and aliases in `text`, in the order they appear.
    ///
    /// - Parameter language: the BCP-47 code of the text's language, if known; its common words, and those of the
    ///   city's languages, need a capital letter to count. `nil` applies the lists of the city's languages and
    ///   English.
    public func match(_ text: String, language: String? = nil) -> [GazetteerMatch] {
        matches(in: scan(text), language: language)
    }

    /// The phrases of `text` that are area names or aliases (or the city's own name, which places nothing), longest
    /// first and without overlaps, before any language's common words are weighed: one scan serves
    /// ``matches(in:language:)``, ``masked(_:language:)`` and ``bestMatch(in:language:)`` under several languages.
    public func scan(_ text: String) -> GazetteerScan {
        let tokens = TextFolding.tokens(of: text)
        var found: [GazetteerScan.Found] = []
        var position = 0
        while position < tokens.count {
            guard let candidates = entries[tokens[position].text],
                let entry = candidates.first(where: { entry in
                    entry.tokens.count <= tokens.count - position
                        && entry.tokens.indices.allSatisfy { entry.tokens[$0] == tokens[position + $0].text }
                })
            else {
                position += 1
                continue
            }
            let first = tokens[position], last = tokens[position + entry.tokens.count - 1]
            position += entry.tokens.count
            guard let areaCode = entry.areaCode else { continue }
            let range = first.range.lowerBound..<last.range.upperBound
            let match = GazetteerMatch(
                areaCode: areaCode, matchedText: String(text[range]), name: entry.name, kind: entry.kind,
                confidence: entry.confidence,
                utf8Offset: text.utf8.distance(from: text.startIndex, to: range.lowerBound),
                utf8Length: text.utf8.distance(from: range.lowerBound, to: range.upperBound))
            found.append(
                GazetteerScan.Found(
                    match: match, word: entry.tokens.count == 1 ? first.text : nil, capitalised: first.capitalised))
        }
        return GazetteerScan(text: text, found: found)
    }

    /// The area names and aliases of a scanned text under `language`, as ``match(_:language:)`` gives them.
    public func matches(in scan: GazetteerScan, language: String? = nil) -> [GazetteerMatch] {
        guard !scan.found.isEmpty else { return [] }
        var matches: [GazetteerMatch] = []
        matches.reserveCapacity(scan.found.count)
        for found in scan.found {
            var match = found.match
            // The city's own languages always count: a district is named in them whatever language the rest of
            // the message is in (or was identified as: a declared "söder" beside an English-looking text).
            if let word = found.word,
                Self.isCommonWord(word, in: language.map { [$0] + pack.languages } ?? pack.languages + ["en"])
            {
                guard found.capitalised else { continue }
                match.confidence = min(match.confidence, 0.4)
            }
            matches.append(match)
        }
        return matches
    }

    /// `text` with every area name and alias ``match(_:language:)`` finds replaced by a space, or `text` itself
    /// when it names none. For reading a message without its places: a classifier learns the letters of words,
    /// and a district's name would count for or against hate by its spelling alone ("Katendrecht" holds
    /// "recht", a right).
    public func masked(_ text: String, language: String? = nil) -> String {
        masked(scan(text), language: language)
    }

    /// The scanned text with its area names and aliases under `language` replaced by a space, as masking the text
    /// itself gives it.
    public func masked(_ scan: GazetteerScan, language: String? = nil) -> String {
        let found = matches(in: scan, language: language)
        guard !found.isEmpty else { return scan.text }
        var utf8 = Array(scan.text.utf8)
        // From the last match back, so that earlier offsets stay valid.
        for m in found.reversed() {
            utf8.replaceSubrange(m.utf8Offset..<(m.utf8Offset + m.utf8Length), with: [UInt8(ascii: " ")])
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The one area the text points to: the area of the most confident match, or `nil` when there is no match
    /// or another area has a match as confident (the text is ambiguous and is left unplaced).
    public func bestMatch(_ text: String, language: String? = nil) -> GazetteerMatch? {
        bestMatch(in: scan(text), language: language)
    }

    /// The one area a scanned text points to under `language`, as ``bestMatch(_:language:)`` gives it.
    public func bestMatch(in scan: GazetteerScan, language: String? = nil) -> GazetteerMatch? {
        let found = matches(in: scan, language: language)
        guard let best = found.max(by: { $0.confidence < $1.confidence }) else { return nil }
        let rival = found.contains { $0.areaCode != best.areaCode && $0.confidence >= best.confidence }
        return rival ? nil : best
    }

    private static func isRomanOrdinal(_ folded: String) -> Bool {
        guard folded.count <= 7, folded.hasSuffix("e") || folded.hasSuffix("er") else { return false }
        let stem = folded.hasSuffix("er") ? folded.dropLast(2) : folded.dropLast()
        return !stem.isEmpty && stem.allSatisfy { "ivx".contains($0) }
    }

    /// Folded single words that are also everyday words in a language.
    private static let commonWordsByLanguage: [String: Set<String>] = [
        "en": ["bury", "sale", "angel", "bow", "hyde", "leigh", "city", "old", "town", "barnes", "lees", "ashton",
               "richmond", "chelsea", "denton", "reddish"],
        "fr": ["temple", "bourse", "opera", "entrepot", "observatoire", "luxembourg", "madeleine", "monceau",
               "passy", "roquette", "plaisance", "javel", "sentier", "invalides"],
        "es": ["gracia", "navas", "carmelo", "horta"],
        "ca": ["gracia", "sants", "horta", "corts", "navas", "roquetes"],
        "nl": ["noord", "centrum"],
        "sv": ["soder", "kista", "gardet", "flaten", "skrubba", "lunda", "solhem", "alvik", "globen", "slussen"],
    ]

    /// Whether `word` is an everyday word in one of `languages`. Asked only when a one-word name matched, so
    /// the union of the lists is never built (building it for every text was a sizeable part of placement).
    private static func isCommonWord(_ word: String, in languages: [String]) -> Bool {
        languages.contains { language in
            let primary = language.split(separator: "-").first.map(String.init)?.lowercased() ?? language
            return commonWordsByLanguage[primary]?.contains(word) == true
        }
    }
}
