extension FeatureExtractor {
    /// Whether the last message names harm done to a group as its subject and condemns it: a harm opening a clause
    /// (``Lexicon/subjectHarms``: "Hating …", "Odiar a …", "Insulter les …"), the group after at most three bridge
    /// words, then within six words a copula (``Lexicon/condemningCopulas``) and, in the rest of the clause, a word
    /// that condemns — a counter-speech cue, a reaction (``Lexicon/reportReactions``) or one of
    /// ``Lexicon/condemningPredicates`` ("Odiar a los negros es de cobardes" 0.62, "Odiar a los musulmanes está
    /// mal" 0.98, "Atacar a los refugiados es una vergüenza" 0.81, "Hating Muslims is for cowards" 0.62), or a word
    /// of acceptance negated (``Lexicon/acceptanceWords``: "Killing Jews is never acceptable" 0.90). Not when
    /// the message quotes or holds a hostile word outside the condemning predicate.
    func condemnsHarmAsSubject(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let h = Lexicon.harmCondemned, r = Lexicon.reportedHate
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue, counter = Lexicon.Cue.counter.rawValue
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        for i in 0..<n where i == 0 || opens(i) {
            guard h.harms.contains(hashes[i]), let named = groupFollowing(i + 1, table) else { continue }
            var c = named.upperBound
            while c < min(n, named.upperBound + 6), !opens(c), !h.copulas.contains(hashes[c]) { c += 1 }
            guard c < n, !opens(c), h.copulas.contains(hashes[c]) else { continue }
            var end = c + 1, condemned = false
            while end < n, !opens(end) {
                // A word of acceptance negated condemns too ("… is never acceptable").
                if cues[end] == counter || r.reactions.match(tokens, at: end) > 0
                    || h.predicates.contains(hashes[end])
                    || (h.acceptance.contains(hashes[end]) && flags[end] & TokenFlags.negated.rawValue != 0)
                {
                    condemned = true
                }
                end += 1
            }
            guard condemned else { continue }
            // Hostility outside the predicate is the writer's own ("… is wrong, they are terrorists").
            for k in 0..<n where (k < c || k >= end) && k != i && cues[k] == hostile { return false }
            return true
        }
        return false
    }
}
