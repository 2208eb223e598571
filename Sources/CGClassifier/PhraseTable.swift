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
            let found = longest(pairs.lookup(Lexicon.bigramKey(hashes[i], hashes[i + 1])), tokens, at: i, from: i + 1)
            if found > 0 { return found }
            // A quantifier after the first word: inserted ("control *all* the banks" for "control the banks") or
            // in an article's place ("controleren *alle* banken" for "controleren de banken").
            if Self.quantifiers.contains(hashes[i + 1]) {
                if i + 2 < n, flags[i + 2] & TokenFlags.breakBefore.rawValue == 0 {
                    let position = pairs.lookup(Lexicon.bigramKey(hashes[i], hashes[i + 2]))
                    let found = longest(position, tokens, at: i, from: i + 2, loose: false)
                    if found > 0 { return found }
                }
                for article in Self.articleHashes {
                    let position = pairs.lookup(Lexicon.bigramKey(hashes[i], article))
                    let found = longest(position, tokens, at: i, from: i + 2, phraseFrom: 2, loose: false)
                    if found > 0 { return found }
                }
            }
        }
        return single ? 1 : 0
    }

    /// The text length of the longest phrase of list `position` (0: none) that matches at `i`, or 0: its words
    /// from `phraseFrom` on compared with the text from token `from` on (the words before already matched); while
    /// `loose`, one quantifier of the text may stand before a word or in an article's place.
    @inline(__always)
    private func longest(
        _ position: UInt32, _ tokens: TokenBuffer, at i: Int, from: Int, phraseFrom: Int = 1, loose: Bool = true
    ) -> Int {
        guard position != 0 else { return 0 }
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        let breakBefore = TokenFlags.breakBefore.rawValue
        phrases: for phrase in lists[Int(position) - 1] {
            var t = from, k = phraseFrom, loose = loose
            while k < phrase.count {
                guard t < n, flags[t] & breakBefore == 0 else { continue phrases }
                if hashes[t] == phrase[k] {
                    t += 1
                    k += 1
                    continue
                }
                guard loose, Self.quantifiers.contains(hashes[t]) else { continue phrases }
                loose = false
                if t + 1 < n, hashes[t + 1] == phrase[k], flags[t + 1] & breakBefore == 0 {
                    t += 1
                } else if Self.articles.contains(phrase[k]) {
                    t += 1
                    k += 1
                } else {
                    continue phrases
                }
            }
            return t - i
        }
        return 0
    }

    /// Quantifiers a phrase may meet in the text where it has none (2026-12-01, twelfth session): "Jews control
    /// all the banks" (0.36), "Les juifs contrôlent toutes les banques" (0.24) and "Joden controleren alle banken"
    /// were not the tropes "control the banks", "contrôlent les banques", "controleren de banken". One per phrase.
    static let quantifiers = WordSet([
        "all", "todos", "todas", "tous", "toutes", "alle", "alla", "allt", "tots", "totes",
    ])

    /// Articles a quantifier may stand in for.
    static let articles = WordSet(articleWords)
    static let articleHashes = articleWords.map { FNV.hash($0) }
    private static let articleWords = ["the", "el", "la", "los", "las", "le", "les", "de", "het", "els"]
}
