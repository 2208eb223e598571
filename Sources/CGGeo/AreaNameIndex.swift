/// Folded codes, names and aliases of a pack's areas, for matching a property value or a phrase to one area.
struct AreaNameIndex: Sendable {
    /// How a folded string was found among an area's facts.
    enum Kind: Int, Sendable, Comparable {
        case alias = 0
        case englishName = 1
        case localName = 2
        case code = 3

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    struct Entry: Sendable {
        var areaCode: String
        var kind: Kind
        /// The name as written in the pack.
        var written: String
    }

    /// Folded string → the entry, for strings that name exactly one area. A string that names two areas
    /// (an ambiguous alias) is left out: it places nothing rather than guess.
    private(set) var entries: [String: Entry] = [:]

    init(pack: CityPack, includeCodes: Bool = true) {
        var found: [String: [Entry]] = [:]
        for area in pack.areas {
            var facts: [(String, Kind)] = [(area.localName, .localName), (area.englishName, .englishName)]
            facts += area.aliases.map { ($0, .alias) }
            if includeCodes { facts.append((area.code, .code)) }
            for (written, kind) in facts {
                let folded = TextFolding.fold(written)
                guard !folded.isEmpty else { continue }
                found[folded, default: []].append(Entry(areaCode: area.code, kind: kind, written: written))
            }
        }
        for (folded, candidates) in found {
            // A code always wins for its own area; otherwise the string must point at one area only.
            if let code = candidates.first(where: { $0.kind == .code }) {
                entries[folded] = code
            } else if Set(candidates.map(\.areaCode)).count == 1 {
                entries[folded] = candidates.max { $0.kind < $1.kind }
            }
        }
    }

    /// The area that `value` (a code, name or alias, in any case and with or without diacritics) names, if any.
    func lookup(_ value: String) -> Entry? {
        entries[TextFolding.fold(value)]
    }
}
