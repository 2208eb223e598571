/// Phrases of one or more words, by word hash as the tokeniser hashes a word, indexed by their first word so that
/// a scan over a message's tokens tries only the phrases that can start at each token.
struct PhraseTable: Sendable {
    /// The phrases sharing a first word, longest first (so "i cant stand" is tried before a shorter phrase
    /// sharing its start), at the position ``index`` gives their first word (plus one).
    private let lists: [[[UInt64]]]
    /// First word's hash → its list's position + 1: a ``HashTable``, whose filter turns most words away with one
    /// load — a scan over every token of every message costs that, not a dictionary lookup per token (the
    /// extremism rule with dictionaries halved the classifier's speed).
    private let index: HashTable

    /// A table of `phrases`, written normalised and separated by single spaces.
    init(_ phrases: [String]) {
        var byFirst: [UInt64: [[UInt64]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map { FNV.hash(String($0)) }
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(words)
        }
        let keys = byFirst.keys.sorted()
        lists = keys.map { byFirst[$0]!.sorted { $0.count > $1.count } }
        index = HashTable(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, UInt32($0 + 1)) }))
    }

    /// The length of the longest phrase that starts at token `i` of `tokens` without crossing a clause break, or 0.
    @inline(__always)
    func match(_ tokens: TokenBuffer, at i: Int) -> Int {
        let position = index.lookup(tokens.hashes[i])
        return position == 0 ? 0 : match(lists[Int(position) - 1], tokens, at: i)
    }

    private func match(_ candidates: [[UInt64]], _ tokens: TokenBuffer, at i: Int) -> Int {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        for phrase in candidates where i + phrase.count <= n {
            var k = 1
            while k < phrase.count, hashes[i + k] == phrase[k],
                flags[i + k] & TokenFlags.breakBefore.rawValue == 0
            {
                k += 1
            }
            if k == phrase.count { return k }
        }
        return 0
    }
}
