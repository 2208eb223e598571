extension FeatureExtractor {
    /// Whether the last message only asks about a group it names: it opens with a word that asks for information
    /// (``Lexicon/questionOpeners``) or a why-question about a practice, ends with a question mark (a riddle's
    /// answer after it is a joke), has at most sixteen words, and holds no hostile word (negated or not), no
    /// negator, no slur or insult of `language`, no quotation, no word that insinuates (``Lexicon/insinuationWords``:
    /// "how many *more* …"), no verb of exclusion ("how can we deport …"), no trope after a group ("why do Jews
    /// control the banks?") and no declared hatred (``expressesHatePlainly(_:)``). The models learnt question
    /// openers from hateful rhetorical questions and scored "What do Muslims eat during Eid?" 0.74 and "¿Cuántos
    /// refugiados llegaron a España?" 0.67.
    func asksPlainQuestion(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        let n = tokens.count
        guard groupMask != 0, tokens.endsWithQuestion, !tokens.anyQuote, !tokens.anyNegator, n <= 16,
            cueMask & (Self.cueBit(.negative) | Self.cueBit(.negative, negated: true)) == 0
        else { return false }
        let t = Lexicon.questions
        guard t.openers.match(tokens, at: 0) > 0 || asksAboutPractice(table) else { return false }
        for i in 0..<n {
            if t.insinuations.contains(tokens.hashes[i]) || table.exclusionVerbs.match(tokens, at: i) > 0 {
                return false
            }
            // A trope right after the group, which here does not open its clause ("why do Jews control the banks?").
            if tokens.groups[i] >= 0, i + 1 < n, tokens.groups[i + 1] < 0, table.after.match(tokens, at: i + 1) > 0 {
                return false
            }
        }
        return !holdsSlurOrInsult(language) && !expressesHatePlainly(table)
    }

    /// Whether the last message only states a pay gap: a group opening its clause, a verb of pay
    /// (``Lexicon/payVerbs``) right after it or after one adverb, then within four words "less"
    /// (``Lexicon/lessWords``), and no other hostile word, negator, quotation, slur or insult of `language`.
    func statesPayGap(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        let n = tokens.count
        guard groupMask != 0, !tokens.anyQuote, !tokens.anyNegator, n <= 20 else { return false }
        let t = Lexicon.questions
        let hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        var less = -1
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) && less < 0 {
            guard groupOpensClause(i, table, hostileBridges: false) else { continue }
            let j = groupPhraseEnd(groupEnd(i), table.affirmations)
            // The verb right after the group, or after one adverb ("still earn"): "should earn less" prescribes.
            var k = j
            let breakBefore = TokenFlags.breakBefore.rawValue
            if k + 1 < n, table.adverbs.contains(hashes[k]), flags[k + 1] & breakBefore == 0 { k += 1 }
            guard k < n, flags[k] & breakBefore == 0, t.payVerbs.contains(hashes[k]) else { continue }
            var m = k + 1
            while m < min(n, k + 5), flags[m] & TokenFlags.breakBefore.rawValue == 0 {
                if table.less.contains(hashes[m]) { less = m; break }
                m += 1
            }
        }
        guard less >= 0 else { return false }
        for i in 0..<n where i != less && cues[i] == Lexicon.Cue.negative.rawValue { return false }
        return !holdsSlurOrInsult(language)
    }

    /// Whether the message opens with a why-question about a practice (``Lexicon/practiceVerbs``) right after the
    /// group it names ("Why do Muslims fast …?", "Waarom vasten moslims …?" with the verb right before the group).
    private func asksAboutPractice(_ table: Lexicon.HateExpressionTable) -> Bool {
        let opener = table.affirmations.whyOpeners.match(tokens, at: 0)
        guard opener > 0 else { return false }
        let t = Lexicon.questions, n = tokens.count, hashes = tokens.hashes
        if let named = groupFollowing(opener, table) {
            let j = groupPhraseEnd(named.upperBound, table.affirmations)
            return j < n && t.practices.contains(hashes[j])
        }
        // "¿Por qué rezan los musulmanes …?", "Pourquoi jeûnent les musulmans ?", "Waarom vasten moslims …?"
        return opener < n && t.practices.contains(hashes[opener]) && groupFollowing(opener + 1, table) != nil
    }
}
