extension FeatureExtractor {
    /// Whether the last message names harm done to a group as its subject and condemns it: a harm opening a clause
    /// (``Lexicon/subjectHarms``: "Hating …", "Odiar a …", "Insulter les …"), the group after at most three bridge
    /// words, then within eight words a copula (``Lexicon/condemningCopulas``) and, in the rest of the clause, a word
    /// that condemns — a counter-speech cue, a reaction (``Lexicon/reportReactions``) or one of
    /// ``Lexicon/condemningPredicates`` ("Odiar a los negros es de cobardes" 0.62, "Odiar a los musulmanes está
    /// mal" 0.98, "Atacar a los refugiados es una vergüenza" 0.81, "Hating Muslims is for cowards" 0.62), or a word
    /// of acceptance negated (``Lexicon/acceptanceWords``: "Killing Jews is never acceptable" 0.90), or a verdict
    /// with no copula (``Lexicon/harmVerdicts``: "Odiar a los gitanos no te hace mejor persona" 0.99). The subject
    /// may also be an act aimed at the group (``actAgainstGroup(at:_:)``: "Esas pintadas contra los judíos son
    /// asquerosas" 0.90), whose predicate condemns it with a hostile word too. Not when
    /// the message quotes or holds a hostile word outside the condemning predicate.
    func condemnsHarmAsSubject(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let h = Lexicon.harmCondemned, r = Lexicon.reportedHate
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue, counter = Lexicon.Cue.counter.rawValue
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        for i in 0..<n where i == 0 || opens(i) {
            var subject = i..<(i + 1), act = false
            var named = h.harms.contains(hashes[i]) ? groupFollowing(i + 1, table) : nil
            if named == nil, let (end, group) = actAgainstGroup(at: i, table) {
                (subject, named, act) = (i..<end, group, true)
            }
            guard let named else { continue }
            // A verdict without a copula, denying a good ("… no te hace mejor persona").
            var v = named.upperBound
            while v < n, !opens(v), h.verdicts.match(tokens, at: v) == 0 { v += 1 }
            if v < n, !opens(v) {
                let end = v + h.verdicts.match(tokens, at: v)
                if (end..<min(n, end + 3)).contains(where: { h.goods.contains(hashes[$0]) }) {
                    for k in 0..<n where !subject.contains(k) && cues[k] == hostile { return false }
                    return true
                }
            }
            // An act condemned by the speaker's disgust, with no copula ("Esos comentarios contra los judíos me dan
            // asco"); a harm done ("Odiar a los gitanos me da asco") is left to the copula below.
            if act && disgustCondemnsAct(subject: subject, named: named) { return true }
            var c = named.upperBound
            // Eight words: what is told to the group ("Telling lesbians they just need the right man is …").
            while c < min(n, named.upperBound + 8), !opens(c), !h.copulas.contains(hashes[c]) { c += 1 }
            guard c < n, !opens(c), h.copulas.contains(hashes[c]) else { continue }
            var end = c + 1, condemned = false
            while end < n, !opens(end) {
                // A word of acceptance negated condemns too ("… is never acceptable"); a hostile word condemns an
                // act ("Esas pintadas contra los judíos son asquerosas").
                if cues[end] == counter || r.reactions.match(tokens, at: end) > 0
                    || h.predicates.contains(hashes[end])
                    || (h.acceptance.contains(hashes[end]) && flags[end] & TokenFlags.negated.rawValue != 0)
                    || (act && cues[end] == hostile)
                {
                    condemned = true
                }
                end += 1
            }
            guard condemned else { continue }
            // Hostility outside the predicate is the writer's own ("… is wrong, they are terrorists").
            for k in 0..<n where (k < c || k >= end) && !subject.contains(k) && cues[k] == hostile { return false }
            return true
        }
        return false
    }

    /// Whether the last message condemns an act aimed at a group by the speaker's disgust ("Esos comentarios contra
    /// los judíos me dan asco", "These jokes about Muslims disgust me"): read before a rule raises a score, since
    /// the group followed by "me dan asco" reads as disgust declared for the group.
    func condemnsActByDisgust(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let flags = tokens.flags
        for i in 0..<tokens.count where i == 0 || flags[i] & TokenFlags.breakBefore.rawValue != 0 {
            if let (end, group) = actAgainstGroup(at: i, table), disgustCondemnsAct(subject: i..<end, named: group) {
                return true
            }
        }
        return false
    }

    /// Whether the act aimed at a group in `subject` (the group's words `named`) is followed by a phrase of the
    /// speaker's disgust (``Lexicon/actDisgustPhrases``), with no hostile word elsewhere in the message.
    private func disgustCondemnsAct(subject: Range<Int>, named: Range<Int>) -> Bool {
        guard let end = disgustAfter(named.upperBound, Lexicon.harmCondemned.disgust) else { return false }
        let cues = tokens.cues, hostile = Lexicon.Cue.negative.rawValue
        for k in 0..<tokens.count
        where !(named.upperBound..<end).contains(k) && !subject.contains(k) && cues[k] == hostile {
            return false
        }
        return true
    }

    /// The end of a phrase of `disgust` that starts within two words after `start`, in its clause; nil when none.
    private func disgustAfter(_ start: Int, _ disgust: PhraseTable) -> Int? {
        let n = tokens.count, flags = tokens.flags
        var d = start
        while d < min(n, start + 3), flags[d] & TokenFlags.breakBefore.rawValue == 0 {
            let length = disgust.match(tokens, at: d)
            if length > 0 { return d + length }
            d += 1
        }
        return nil
    }

    /// The end of an act aimed at a group and the group's words, when a clause opens at `i` with a determiner at
    /// most, a noun of ``Lexicon/actNouns``, at most one more word, a preposition of ``Lexicon/actPrepositions``
    /// and the group ("Esas pintadas contra los judíos", "Your tweet about trans people"); nil otherwise.
    private func actAgainstGroup(at i: Int, _ table: Lexicon.HateExpressionTable) -> (Int, Range<Int>)? {
        let h = Lexicon.harmCondemned
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        func inClause(_ k: Int) -> Bool { k < n && (k == i || flags[k] & TokenFlags.breakBefore.rawValue == 0) }
        var k = i
        if inClause(k + 1), h.determiners.contains(hashes[k]) { k += 1 }
        guard inClause(k), h.acts.contains(hashes[k]) else { return nil }
        k += 1
        if inClause(k + 1), !h.prepositions.contains(hashes[k]), tokens.groups[k] < 0 { k += 1 }
        guard inClause(k), h.prepositions.contains(hashes[k]), let group = groupFollowing(k + 1, table) else {
            return nil
        }
        return (k + 1, group)
    }
}
