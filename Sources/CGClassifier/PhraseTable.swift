/// Phrases of one or more words, by word hash as the tokeniser hashes a word, indexed by their first word and by
/// their first two words, so that a scan over a message's tokens tries only the phrases that can start at each token.
struct PhraseTable: Sendable {
    /// First word's hash → 1 when a one-word phrase is that word, 2 when only longer phrases start with it. A
    /// ``HashTable``, whose filter turns most words away with one load — a scan over every token of every message
    /// costs that, not a dictionary lookup per token (the extremism rule with dictionaries halved the classifier's
    /// speed).
    private let index: HashTable
    /// The first two words' key (``Lexicon/bigramKey(_:_:)``) → the position + 1 in ``lists`` of the phrases of two
    /// words or more that start with them, longest first. Indexing by two words keeps a group's trope table (dozens of
    /// phrases starting "are …") from being tried phrase by phrase after every group.
    private let pairs: HashTable
    private let lists: [[[UInt64]]]

    /// A table of `phrases`, written normalised and separated by single spaces.
    init(_ phrases: [String]) {
        var first: [UInt64: UInt32] = [:]
        var byPair: [UInt64: [[UInt64]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map { FNV.hash(String($0)) }
            guard let head = words.first else { continue }
            if words.count == 1 {
                first[head] = 1
            } else {
                if first[head] == nil { first[head] = 2 }
                byPair[Lexicon.bigramKey(head, words[1]), default: []].append(words)
            }
        }
        index = HashTable(first)
        let keys = byPair.keys.sorted()
        lists = keys.map { byPair[$0]!.sorted { $0.count > $1.count } }
        pairs = HashTable(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, UInt32($0 + 1)) }))
    }

    /// The words of the one-word phrases, the first words of all phrases, and the keys of the first two words of the
    /// longer ones: ``match(_:at:)`` is 0 at a token whose word is none of `words`, when the token and the next in
    /// its clause are none of `pairs` (``RuleTriggerIndex`` finds the rules that cannot hold so).
    var starts: (words: [UInt64], heads: [UInt64], pairs: [UInt64]) {
        let heads = index.entries
        return (heads.filter { $0.value == 1 }.map(\.key), heads.map(\.key), pairs.entries.map(\.key))
    }

    /// The length of the longest phrase that starts at token `i` of `tokens` without crossing a clause break, or 0.
    @inline(__always)
    func match(_ tokens: TokenBuffer, at i: Int) -> Int {
        let kind = index.lookup(tokens.hashes[i])
        return kind == 0 ? 0 : match(single: kind == 1, tokens, at: i)
    }

    private func match(single: Bool, _ tokens: TokenBuffer, at i: Int) -> Int {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        if i + 1 < n, flags[i + 1] & TokenFlags.breakBefore.rawValue == 0 {
            let position = pairs.lookup(Lexicon.bigramKey(hashes[i], hashes[i + 1]))
            if position != 0 {
                for phrase in lists[Int(position) - 1] where i + phrase.count <= n {
                    var k = 2
                    while k < phrase.count, hashes[i + k] == phrase[k],
                        flags[i + k] & TokenFlags.breakBefore.rawValue == 0
                    {
                        k += 1
                    }
                    if k == phrase.count { return k }
                }
            }
        }
        return single ? 1 : 0
    }
}
