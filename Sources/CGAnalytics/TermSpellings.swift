/// The spellings of terms seen while counting them under their keys (``TermSpelling/key(_:)``), and the one to
/// show for each key: the spelling counted most often; on a tie, one with diacritics (a folded spelling can come
/// from a bag stored before bags kept them, or from leetspeak), then the first in alphabetical order.
///
/// Only keys that some non-ASCII spelling folds to are tracked: on text without diacritics every term is its own
/// key and folding returns the counts as they are.
public struct TermSpellings: Sendable {
    /// Key → spelling → count, for keys with a non-ASCII spelling.
    private var spellings: [String: [String: Int]] = [:]

    public init() {}

    /// Counts keyed by ``TermSpelling/key(_:)``, in the order given, each summing the counts of its spellings;
    /// the spellings are recorded for ``shown(_:)``.
    public mutating func fold(_ counts: [[String: Int]]) -> [[String: Int]] {
        var keys: Set<String> = []
        for dictionary in counts {
            for term in dictionary.keys where !TermSpelling.isASCII(term) { keys.insert(TermSpelling.key(term)) }
        }
        guard !keys.isEmpty else { return counts }
        return counts.map { dictionary in
            var folded: [String: Int] = [:]
            folded.reserveCapacity(dictionary.count)
            for (term, count) in dictionary {
                let key = TermSpelling.isASCII(term) ? term : TermSpelling.key(term)
                folded[key, default: 0] += count
                if keys.contains(key) { spellings[key, default: [:]][term, default: 0] += count }
            }
            return folded
        }
    }

    /// Bags of terms with each term replaced by its key (a bag holding two spellings of one key keeps it once), and
    /// `counts` keyed as ``fold(_:)`` keys them; every spelling is counted once per bag it is in, and with its
    /// counts in `counts`, for ``shown(_:)``.
    public mutating func fold(
        bags: [[String]], counts: [[String: Int]] = []
    ) -> (bags: [[String]], counts: [[String: Int]]) {
        let anyInBags = bags.contains { $0.contains { !TermSpelling.isASCII($0) } }
        guard anyInBags || counts.contains(where: { $0.keys.contains { !TermSpelling.isASCII($0) } }) else {
            return (bags, counts)
        }
        var inBags: [String: Int] = [:]
        for bag in bags { for term in Set(bag) { inBags[term, default: 0] += 1 } }
        let folded = fold([inBags] + counts)
        guard anyInBags else { return (bags, Array(folded.dropFirst())) }
        var keyOf: [String: String] = [:]
        let keyed = bags.map { bag in
            var seen: Set<String> = []
            return bag.compactMap { term -> String? in
                let key: String
                if TermSpelling.isASCII(term) {
                    key = term
                } else if let known = keyOf[term] {
                    key = known
                } else {
                    key = TermSpelling.key(term)
                    keyOf[term] = key
                }
                return seen.insert(key).inserted ? key : nil
            }
        }
        return (keyed, Array(folded.dropFirst()))
    }

    /// The spelling to show for `key` (the key itself when no other spelling was seen).
    public func shown(_ key: String) -> String {
        guard let seen = spellings[key] else { return key }
        return seen.min { a, b in
            if a.value != b.value { return a.value > b.value }
            let aFolded = a.key == key, bFolded = b.key == key
            if aFolded != bFolded { return bFolded }
            return a.key < b.key
        }?.key ?? key
    }
}
