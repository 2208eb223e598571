extension FeatureExtractor {
    /// Whether the last message denies something good of a group with "it is not that …": an opener
    /// (``Lexicon/notThatOpeners``) opening the message, the group within two words after it, and a warm word or a
    /// predicate of trust (``Lexicon/trustPredicates``) that ends the message's one clause ("Het is niet zo dat
    /// moslims te vertrouwen zijn" 0.31, "No es que los musulmanes sean de fiar" 0.07). The models read the
    /// negator and the warm word as kindness; what is said is that the group is not good or not to be trusted.
    /// Hostile words after the opener ("No es que los musulmanes sean peligrosos") are negated hate and not read;
    /// nor is a message that goes on past the clause ("…, es que …"), quotes, or holds a word that condemns or
    /// reports (2026-12-01, twelfth session).
    func deniesGoodByNotThat() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else { return false }
        let t = Lexicon.notThat
        let n = tokens.count, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let length = t.openers.match(tokens, at: 0)
        guard length > 0, !(1..<n).contains(where: { flags[$0] & TokenFlags.breakBefore.rawValue != 0 }),
            (length..<min(n, length + 3)).contains(where: { groups[$0] >= 0 })
        else { return false }
        // The warm word or the trust predicate ends the message, or comes before a Dutch copula that does ("… te
        // vertrouwen zijn").
        let end = TokenizerCore.dutchCopulas.contains(tokens.hashes[n - 1]) ? n - 1 : n
        guard end > length else { return false }
        if cues[end - 1] == Lexicon.Cue.positive.rawValue { return true }
        return (length..<end).contains { t.trust.match(tokens, at: $0) == end - $0 }
    }
}
