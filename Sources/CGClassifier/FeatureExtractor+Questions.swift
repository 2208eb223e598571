extension FeatureExtractor {
    /// Whether the last message only asks about a group it names: it opens with a word that asks for information
    /// (``Lexicon/questionOpeners``), holds a question mark, has at most sixteen words, and holds no hostile word
    /// (negated or not), no negator, no slur or insult of `language`, no quotation, no word that insinuates
    /// (``Lexicon/insinuationWords``: "how many *more* …"), no call to exclude and no trope or declared hatred
    /// (``expressesHatePlainly(_:)``). The models learnt question openers from hateful rhetorical questions and
    /// scored "What do Muslims eat during Eid?" 0.74 and "¿Cuántos refugiados llegaron a España?" 0.67.
    func asksPlainQuestion(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        let n = tokens.count
        guard groupMask != 0, tokens.anyQuestion, !tokens.anyQuote, !tokens.anyNegator, n <= 16,
            cueMask & (Self.cueBit(.negative) | Self.cueBit(.negative, negated: true)) == 0
        else { return false }
        let t = Lexicon.questions
        guard t.openers.match(tokens, at: 0) > 0 else { return false }
        for i in 0..<n where t.insinuations.contains(tokens.hashes[i]) { return false }
        return !holdsSlurOrInsult(language) && exclusionTarget(table) == nil && !expressesHatePlainly(table)
    }
}
