extension FeatureExtractor {
    /// Whether the last message praises a group only to mock it: the group opening its clause, a warm word (a
    /// positive cue or ``Lexicon/praiseAdjectives``) within its next four words, not negated, and within eight words
    /// after the warm word either a preposition and an activity of a stereotype within three
    /// words (``Lexicon/sarcasmPrepositions``, ``Lexicon/sarcasmActivities``: "Muslims are great at blowing things
    /// up" 0.12, "Women are brilliant, brilliant at nagging" 0.00) or a condition that wishes the group away or
    /// holds a stereotype (``Lexicon/sarcasmConditions``: "Gays are lovely from a distance" 0.25, "Muslims are
    /// wonderful people, when they stay in their own countries" 0.15, "Jews are so generous, said no one ever"
    /// 0.25). Not when the message quotes, or holds a word that condemns or reports.
    func praisesSarcastically(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let s = Lexicon.sarcasm, words = table.affirmations
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let cues = tokens.cues, positive = Lexicon.Cue.positive.rawValue
        func warm(_ k: Int) -> Bool {
            flags[k] & TokenFlags.negated.rawValue == 0
                && (cues[k] == positive || words.praiseAdjectives.contains(hashes[k]) || s.good.contains(hashes[k]))
        }
        for i in 0..<n {
            guard groups[i] >= 0, i == 0 || groups[i - 1] < 0, groupOpensClause(i, table, hostileBridges: false)
            else { continue }
            let j = groupPhraseEnd(groupEnd(i), words)
            var k = j, praise = -1
            while k < min(n, j + 4), flags[k] & TokenFlags.breakBefore.rawValue == 0 {
                if warm(k) {
                    praise = k
                    break
                }
                k += 1
            }
            guard praise >= 0 else { continue }
            // After the praise, across a comma ("wonderful people, when they stay …").
            var m = praise + 1
            while m < min(n, praise + 9) {
                // "said" of "said no one ever" reports; no other word may.
                let condition = s.conditions.match(tokens, at: m)
                if condition > 0 { return !condemnsOrReports(outside: m..<(m + condition)) }
                if s.prepositions.contains(hashes[m]) {
                    for a in (m + 1)..<min(n, m + 4) where s.activities.contains(hashes[a]) {
                        return !condemnsOrReports()
                    }
                }
                m += 1
            }
        }
        return false
    }

    /// Whether the last message names a group, or one of its members, in a short first clause and mocks it with
    /// the exclamation that makes up its second and last clause (``Lexicon/mockExclamations``): "Une femme
    /// présidente, quelle blague" 0.21, "Een vrouw als premier, wat een grap" 0.003, "Un gay en el ejército, lo que
    /// nos faltaba". The group within the first clause's first five words, that clause at most eight words; no
    /// negator in the first clause (the exclamation may hold its own: "Encore une femme au volant, no comment"), no
    /// quotation, no word that condemns or reports.
    func mocksGroupMember() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else {
            return false
        }
        let n = tokens.count, flags = tokens.flags, groups = tokens.groups
        guard n >= 3, n <= 14 else { return false }
        // The one break (no array: this runs on every message with a group the models scored low).
        var second = 0
        for k in 1..<n where flags[k] & TokenFlags.breakBefore.rawValue != 0 {
            guard second == 0 else { return false }
            second = k
        }
        // The group among the first five words: "Otra vez un marroquí en las noticias, qué sorpresa" (2026-12-01,
        // fifteenth session; three before).
        guard second > 0, second <= 8, (0..<min(5, second)).contains(where: { groups[$0] >= 0 }) else { return false }
        // A negator in the clause that names the group denies it ("Une femme présidente n'est pas une blague"); one in
        // the exclamation is the exclamation's own (2026-12-01, fourteenth session).
        if tokens.anyNegator, (0..<second).contains(where: { flags[$0] & TokenFlags.negator.rawValue != 0 }) {
            return false
        }
        return Lexicon.sarcasm.mocks.match(tokens, at: second) == n - second
    }
}
