extension FeatureExtractor {
    /// After a relative pronoun at `j` (``Lexicon/relativePronouns``) that opens a clause about the group before it,
    /// the first expression of ``Lexicon/HateExpressionTable/after`` that ends that clause's few words, within seven
    /// words and in the same clause: its index and length ("Women who talk back should get their teeth knocked out",
    /// "Vrouwen die hun mond opendoen verdienen een pak slaag"). None when the relative clause names another group
    /// or holds a cue word, a negator or a deed (``Lexicon/relativeClauseDeeds``: "Men who rape children should be
    /// shot", "Muslims who attack gays …", "Refugees who are not welcome …": the clause names a deed or a state,
    /// and what follows is said of those who did it, not of the group), and none right after the pronoun
    /// ("Muslims who disgust me" is a plain expression, left to the others).
    func expressionAfterRelativeClause(_ j: Int, _ table: Lexicon.HateExpressionTable) -> (at: Int, length: Int)? {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let cues = tokens.cues
        guard j + 2 < n, Lexicon.stereotypes.relatives.contains(hashes[j]) else { return nil }
        let quiet = Lexicon.Cue.none.rawValue, deeds = Lexicon.threats.deeds
        let denied = TokenFlags.negator.rawValue | TokenFlags.negated.rawValue
        for k in (j + 1)..<min(n, j + 8) {
            guard flags[k] & TokenFlags.breakBefore.rawValue == 0 else { return nil }
            if k > j + 1 {
                let length = table.after.match(tokens, at: k)
                if length > 0 { return (k, length) }
            }
            guard groups[k] < 0, cues[k] == quiet, flags[k] & denied == 0, !deeds.contains(hashes[k]) else {
                return nil
            }
        }
        return nil
    }

    /// Whether the last message holds a threat of ``Lexicon/threatsAfter``, ``Lexicon/threatsBefore`` or
    /// ``Lexicon/threatIdioms`` in any language: read once a message is found hateful, so that its type is a
    /// threat, and by ``reportsGroupTreatedAsAnimals(_:)``, which a threat rules out.
    func holdsThreatPhrase() -> Bool {
        let phrases = Lexicon.threats.phrases
        return (0..<tokens.count).contains { phrases.match(tokens, at: $0) > 0 }
    }

    /// Whether the group named at `i` opens the clause of an opinion the speaker declares (``Lexicon/opinionFrames``:
    /// "je pense que", "ik vind dat"): the frame opens its clause and ends right before the group or before at most
    /// three bridge words, with no negated word in it.
    func opensAfterOpinion(_ i: Int, _ table: Lexicon.HateExpressionTable) -> Bool {
        let hashes = tokens.hashes, flags = tokens.flags
        func opens(_ k: Int) -> Bool { k == 0 || flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        var start = i
        while start > 0, !opens(start), start > i - 3, table.bridges.contains(hashes[start - 1]) { start -= 1 }
        let negated = TokenFlags.negated.rawValue | TokenFlags.negator.rawValue
        for f in max(0, start - 6)..<start where opens(f) {
            let length = Lexicon.opinionFrames.match(tokens, at: f)
            if length > 0, f + length == start, !(f..<start).contains(where: { flags[$0] & negated != 0 }) {
                return true
            }
        }
        return false
    }

    /// Whether the last message endorses violence against a group: a phrase of ``Lexicon/violenceAgainst``, the
    /// group after it (bridge words allowed), a copula and adverbs (``Lexicon/violenceCopulas``), then a word of
    /// ``Lexicon/violenceEndorsements`` — "Violence against Muslims is completely justified" (0.08), "La violencia
    /// contra los gays está totalmente justificada" (0.13), "Geweld tegen joden is volkomen gerechtvaardigd"
    /// (0.00). Not when a word of it is negated ("… is never justified", "… is niet goed"), the message quotes, or
    /// holds a word that condemns or reports.
    func endorsesViolenceAgainstGroup(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let t = Lexicon.threats
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        let denied = TokenFlags.negated.rawValue | TokenFlags.negator.rawValue
        for i in 0..<n {
            let length = Lexicon.violenceAgainst.match(tokens, at: i)
            guard length > 0, let named = groupFollowing(i + length, table) else { continue }
            var k = named.upperBound, copula = false
            while k < min(n, named.upperBound + 4), flags[k] & TokenFlags.breakBefore.rawValue == 0,
                flags[k] & denied == 0, t.copulas.contains(hashes[k])
            {
                copula = true
                k += 1
            }
            guard copula, k < n, flags[k] & TokenFlags.breakBefore.rawValue == 0, flags[k] & denied == 0,
                t.endorsements.contains(hashes[k])
            else { continue }
            // English "against" is a word of counter-speech ("stand against …"); here it is the phrase's own.
            return !condemnsOrReports(outside: i..<(i + length))
        }
        return false
    }
}
