/// A set of word hashes (as the tokeniser hashes a word) for the rules' loops over every token: a ``HashTable``
/// underneath — a small filter, then one probe — where a `Set<UInt64>` would hash every word again with SipHash
/// (the Set lookups of the hate-expression rules cost ≈ 10% of `classify`).
struct WordSet: Sendable {
    private let table: HashTable

    /// The set of `hashes`.
    init<S: Sequence>(hashes: S) where S.Element == UInt64 {
        var entries: [UInt64: UInt32] = [:]
        for h in hashes { entries[h] = 1 }
        table = HashTable(entries)
    }

    /// The set of `words`, written normalised.
    init(_ words: [String]) { self.init(hashes: words.map { FNV.hash($0) }) }

    @inline(__always)
    func contains(_ h: UInt64) -> Bool { table.lookup(h) != 0 }

    /// The hashes held, as ``contains(_:)`` finds them.
    var hashes: [UInt64] { table.entries.map(\.key) }
}
