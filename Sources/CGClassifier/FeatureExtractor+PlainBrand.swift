extension FeatureExtractor {
    /// Whether the last message says of a group, plainly, that it is a hostile word: the group opening its clause —
    /// after at most an opinion opener (``Lexicon/opinionOpeners``: "je pense que", "volgens mij") — or a plural
    /// pronoun (``Lexicon/pluralPronouns``) for a group named earlier in the message, then a plural copula, at
    /// most five fillers (``Lexicon/brandFillers``: articles, "all", the words of a superlative) with at most one word
    /// for people among them or after the hostile word (``Lexicon/brandPeople``), and a hostile word that ends the
    /// clause, or is followed only by where ("… in the world", ``Lexicon/brandScopes``). Not when anything of
    /// it is negated, the message quotes, or holds a word that condemns or reports.
    func brandsGroupPlainly(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0, tokens.count >= 3 else {
            return false
        }
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { k == 0 || flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        func negated(_ k: Int) -> Bool { flags[k] & (TokenFlags.negated.rawValue | TokenFlags.negator.rawValue) != 0 }
        var named = false
        var i = 0
        while i < n {
            var start = i
            if opens(i) {
                // Openers may follow one another ("Personnellement, je pense que …").
                var opener = Lexicon.opinionOpenerTable.match(tokens, at: start)
                while opener > 0, start + opener < n {
                    start += opener
                    opener = Lexicon.opinionOpenerTable.match(tokens, at: start)
                }
                if start != i {
                    while start < min(n - 1, i + 8), groups[start] < 0, table.bridges.contains(hashes[start]) {
                        start += 1
                    }
                }
            }
            defer { if groups[i] >= 0 { named = true } }
            // The subject: a group opening its clause (bridge words aside), or a pronoun after a named group.
            var k: Int
            if groups[start] >= 0, start != i || groupOpensClause(start, table, hostileBridges: false) {
                k = groupPhraseEnd(groupEnd(start), table.affirmations)
            } else if named, opens(start) || start != i || (start > 0 && Self.andWords.contains(hashes[start - 1])),
                Lexicon.pluralPronounHashes.contains(hashes[start])
            {
                k = start + 1
            } else {
                i += 1
                continue
            }
            guard k < n, !opens(k), Lexicon.pluralCopulaHashes.contains(hashes[k]), !negated(k) else {
                i += 1
                continue
            }
            k += 1
            // Fillers, and once a word for people between them ("les gens les plus dangereux").
            var fillers = 0
            var people = false
            while k < n, !opens(k), fillers < 5, !negated(k) {
                if Lexicon.brandFillerHashes.contains(hashes[k]) {
                    fillers += 1
                } else if !people, Lexicon.brandPeopleHashes.contains(hashes[k]) {
                    people = true
                } else {
                    break
                }
                k += 1
            }
            if k < n, !opens(k), !negated(k), tokens.cues[k] == Lexicon.Cue.negative.rawValue {
                // After the hostile word, at most a word for people and where ("the filthiest people in the city").
                var end = k + 1
                if !people, end < n, !opens(end), Lexicon.brandPeopleHashes.contains(hashes[end]) { end += 1 }
                if end < n, !opens(end) { end += Lexicon.brandScopeTable.match(tokens, at: end) }
                if end == n || opens(end) { return true }
            }
            i += 1
        }
        return false
    }

    /// "and" before a pronoun that opens the second clause of a sentence ("… et elles sont toutes …").
    private static let andWords = WordSet(["and", "y", "et", "en", "och", "i"])
}
