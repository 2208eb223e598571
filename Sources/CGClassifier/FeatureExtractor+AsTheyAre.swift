extension FeatureExtractor {
    /// Whether the last message likens a group to an animal or filth it says the group is, right after the group
    /// (``Lexicon/asTheyArePhrases``: "Treat gay people like the cattle they are", "Behandel homo's als de beesten
    /// die ze zijn"). Not when the phrase is negated, the message quotes, or holds a word that condemns or reports.
    func likensGroupToWhatItIs(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else { return false }
        let n = tokens.count, flags = tokens.flags, groups = tokens.groups
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            let k = groupPhraseEnd(groupEnd(i), table.affirmations)
            guard k < n, flags[k] & (TokenFlags.breakBefore.rawValue | TokenFlags.negated.rawValue) == 0 else {
                continue
            }
            if Lexicon.asTheyAre.match(tokens, at: k) > 0 { return true }
        }
        return false
    }
}
