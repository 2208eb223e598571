/// Phrases of one or more words, by word hash as the tokeniser hashes a word, indexed by their first word so that
/// a scan over a message's tokens tries only the phrases that can start at each token.
struct PhraseTable: Sendable {
    /// Phrases by their first word's hash, longest first (so "i cant stand" is tried before a shorter phrase
    /// sharing its start).
    let byFirst: [UInt64: [[UInt64]]]
    /// A 1,024-bit filter of the first words (bit `(hash >> 32) & 1023`), so that a scan over every token of
    /// every message — most of which start no phrase — costs one load per token, not a dictionary lookup (the
    /// extremism rule without it halved the classifier's speed).
    private let filter: [UInt64]

    /// A table of `phrases`, written normalised and separated by single spaces.
    init(_ phrases: [String]) {
        var table: [UInt64: [[UInt64]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map { FNV.hash(String($0)) }
            guard let first = words.first else { continue }
            table[first, default: []].append(words)
        }
        byFirst = table.mapValues { $0.sorted { $0.count > $1.count } }
        var bits = [UInt64](repeating: 0, count: 16)
        for h in table.keys { bits[Int((h >> 32) & 1023) >> 6] |= 1 << ((h >> 32) & 63) }
        filter = bits
    }

    /// Whether some phrase may start with the word of hash `h` (false: none does).
    @inline(__always)
    func mayStart(_ h: UInt64) -> Bool {
        filter.withUnsafeBufferPointer { $0[Int((h >> 32) & 1023) >> 6] & (1 << ((h >> 32) & 63)) != 0 }
    }

    /// The length of the longest phrase that starts at token `i` of `tokens` without crossing a clause break, or 0.
    func match(_ tokens: TokenBuffer, at i: Int) -> Int {
        let first = tokens.hashes[i]
        guard mayStart(first), let candidates = byFirst[first] else { return 0 }
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
