extension FeatureExtractor {
    /// What ``brandsEveryMember(_:)`` found: the brand dehumanises, or derogates.
    enum MemberBrand {
        case dehumanising, derogatory
    }

    /// Whether the last message brands every member of a group: a word of ``Lexicon/everyWords`` opening its clause
    /// (an indefinite article of a generic claim among them: "Un gitano es una rata"), the group right after it, a
    /// singular copula (``Lexicon/everyCopulas``), at most three fillers (``Lexicon/everyFillers``: articles,
    /// "just", "nothing but") and then a noun of
    /// ``Lexicon/singularDehumanisingNouns``, a hostile word, an offender word (``Lexicon/offenderWords``) or a brand
    /// (``Lexicon/singularBrandNouns``): "Cada inmigrante es una rata", "Chaque immigré est un rat", "Iedere moslim
    /// is een terrorist". One member pointed at by a demonstrative ("ese moro", "ce chinois", "el moro ese";
    /// ``Lexicon/memberDemonstratives``) counts too, with a dehumanising noun: "ese gitano es un animal" (0.25),
    /// "ce chinois est un rat" (0.18); with another brand only when a tail says the member is like the rest
    /// (``Lexicon/generalisingTails``: "Ese moro es un ladrón como todos los suyos"; 2026-12-01, fifteenth
    /// session). Not when the brand is negated, the message quotes, or holds a word that condemns or reports; nil
    /// then.
    func brandsEveryMember(_ table: Lexicon.HateExpressionTable) -> MemberBrand? {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0, tokens.count >= 4 else {
            return nil
        }
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        let demonstratives = Lexicon.memberDemonstrativeHashes
        for i in 0..<(n - 3) where i == 0 || opens(i) {
            let every = Lexicon.everyWordHashes.contains(hashes[i])
            // "ese moro", or "el moro ese" (Spanish puts the demonstrative after the noun to scorn).
            let pointed = demonstratives.contains(hashes[i])
                || (Lexicon.memberArticleHashes.contains(hashes[i]) && i + 2 < n && groups[i + 1] >= 0
                    && demonstratives.contains(hashes[groupEnd(i + 1)]))
            guard every || pointed, groups[i + 1] >= 0, !opens(i + 1) else { continue }
            var k = groupPhraseEnd(groupEnd(i + 1), table.affirmations)
            if !every, k < n, demonstratives.contains(hashes[k]) { k += 1 }
            guard k < n, !opens(k), Lexicon.everyCopulaHashes.contains(hashes[k]) else { continue }
            k += 1
            var fillers = 0
            while k < n, !opens(k), fillers < 3, Lexicon.everyFillerHashes.contains(hashes[k]) {
                k += 1
                fillers += 1
            }
            guard k < n, !opens(k), flags[k] & TokenFlags.negated.rawValue == 0 else { continue }
            let h = hashes[k]
            if Lexicon.singularDehumanisingHashes.contains(h) { return .dehumanising }
            // One member pointed at brands the group with any other brand only if the message says the member is
            // like the rest.
            guard every || (k + 1..<n).contains(where: { Lexicon.generalisingTails.match(tokens, at: $0) > 0 }) else {
                continue
            }
            if tokens.cues[k] == Lexicon.Cue.negative.rawValue || Lexicon.stereotypes.offenders.contains(h)
                || Lexicon.singularBrandHashes.contains(h)
            {
                return .derogatory
            }
        }
        return nil
    }
}
