extension FeatureExtractor {
    /// Whether the last message brands a whole group with a prejudice: the group opening its clause, a copula not
    /// negated, at most three filler words (``Lexicon/bigotryFillers``: "all", "nothing but", articles) and a word
    /// that names a prejudice (``Lexicon/prejudiceWords``) ending the clause — "White people are all racists",
    /// "Los blancos son todos racistas" (0.26), "Alle blanken zijn racistisch" (0.12), "Men are sexist". The words
    /// that name a prejudice are counter-speech cues ("That joke is racist"), so the models read a message full of
    /// them as condemnation; said of a whole group they are a hostile generalisation like any other. Not when the
    /// group follows a word that takes only part of it (``Lexicon/partialQuantifiers``: "Some white people are
    /// racist"), the message quotes or ends with a question, or the prejudice word does not end its clause
    /// ("Black people are victims of racist attacks"). A second prejudice or hostile word joined by "and" may end the
    /// clause instead ("Los blancos son todos racistas y opresores" 0.18: 2026-12-01 (twelfth session)), and so may a
    /// hostile adjective right after it ("Los payos son todos unos racistas asquerosos" 0.30: thirteenth session).
    func brandsGroupAsBigots(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, !tokens.endsWithQuestion else { return false }
        let t = Lexicon.bigotry
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        func negated(_ k: Int) -> Bool { flags[k] & TokenFlags.negated.rawValue != 0 }
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            guard !table.excludedGroupWords.contains(hashes[i]), !negated(i),
                groupOpensClause(i, table, hostileBridges: false)
            else { continue }
            var b = i
            var partial = false
            while b > 0, !opens(b) {
                b -= 1
                if t.partial.contains(hashes[b]) { partial = true }
            }
            if partial { continue }
            let end = groupPhraseEnd(groupEnd(i), table.affirmations)
            guard end < n, !opens(end), table.affirmations.copulas.contains(hashes[end]), !negated(end) else {
                continue
            }
            var k = end + 1
            while k < min(n, end + 5), !opens(k), !negated(k) {
                if t.prejudice.contains(hashes[k]) {
                    if k + 1 == n || opens(k + 1) { return true }
                    // "… unos racistas asquerosos": a hostile adjective after it, which ends the clause.
                    if k + 2 == n || (k + 2 < n && opens(k + 2)), !opens(k + 1), !negated(k + 1),
                        tokens.cues[k + 1] == Lexicon.Cue.negative.rawValue
                    {
                        return true
                    }
                    // "… racistas y opresores": a second word of the same charge, which ends the clause.
                    let j = k + 2
                    if j < n, !opens(k + 1), !opens(j), t.conjunctions.contains(hashes[k + 1]),
                        t.prejudice.contains(hashes[j]) || tokens.cues[j] == Lexicon.Cue.negative.rawValue,
                        j + 1 == n || opens(j + 1)
                    {
                        return true
                    }
                    break
                }
                guard t.fillers.contains(hashes[k]) else { break }
                k += 1
            }
        }
        return false
    }
}
