extension FeatureExtractor {
    /// What ``brandsEveryMember(_:)`` found: the brand dehumanises, or derogates.
    enum MemberBrand {
        case dehumanising, derogatory
    }

    /// Whether the last message brands every member of a group: a word of ``Lexicon/everyWords`` opening its clause
    /// (or a demonstrative of ``Lexicon/memberDemonstratives`` with a tail of ``Lexicon/generalisingTails`` later),
    /// the group right after it, a singular copula (``Lexicon/everyCopulas``), at most three fillers
    /// (``Lexicon/everyFillers``: articles, "just", "nothing but") and then a noun of
    /// ``Lexicon/singularDehumanisingNouns``, a hostile word, an offender word (``Lexicon/offenderWords``) or a brand
    /// (``Lexicon/singularBrandNouns``): "Cada inmigrante es una rata", "Chaque immigré est un rat", "Iedere moslim
    /// is een terrorist". Not when the brand is negated, the message quotes, or holds a word that condemns or
    /// reports; nil then.
    func brandsEveryMember(_ table: Lexicon.HateExpressionTable) -> MemberBrand? {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0, tokens.count >= 4 else {
            return nil
        }
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        for i in 0..<(n - 3) where i == 0 || opens(i) {
            let every = Lexicon.everyWordHashes.contains(hashes[i])
            guard every || Lexicon.memberDemonstrativeHashes.contains(hashes[i]) else { continue }
            guard groups[i + 1] >= 0, !opens(i + 1) else { continue }
            var k = groupPhraseEnd(groupEnd(i + 1), table.affirmations)
            guard k < n, !opens(k), Lexicon.everyCopulaHashes.contains(hashes[k]) else { continue }
            k += 1
            var fillers = 0
            while k < n, !opens(k), fillers < 3, Lexicon.everyFillerHashes.contains(hashes[k]) {
                k += 1
                fillers += 1
            }
            guard k < n, !opens(k), flags[k] & TokenFlags.negated.rawValue == 0 else { continue }
            // One member pointed at brands the group only if the message says the member is like the rest.
            if !every, !(k + 1..<n).contains(where: { Lexicon.generalisingTails.match(tokens, at: $0) > 0 }) {
                continue
            }
            let h = hashes[k]
            if Lexicon.singularDehumanisingHashes.contains(h) { return .dehumanising }
            if tokens.cues[k] == Lexicon.Cue.negative.rawValue || Lexicon.stereotypes.offenders.contains(h)
                || Lexicon.singularBrandHashes.contains(h)
            {
                return .derogatory
            }
        }
        return nil
    }
}
