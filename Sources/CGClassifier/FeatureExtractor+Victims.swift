extension FeatureExtractor {
    /// Whether the last message says a group it names suffers a wrong, plainly: the group opening its clause,
    /// then within two words (adverbs: "often", "still", "the main") an auxiliary of the present or past
    /// (``Lexicon/victimAuxiliaries``: "are", "get", "son", "sont", "worden", "är", the perfect's "been", "été";
    /// not "will", "should" or "must", which make a threat of a passive, and no modal before the auxiliary:
    /// "Gays should have been beaten"), then within three words a victim word or the participle of a wrong
    /// (``Lexicon/victimWords``: "victims", "víctimas", "slachtoffer", "targeted", "discriminés",
    /// "aangevallen") — "Black people are victims of attacks" (0.74), "Les femmes sont victimes de violences"
    /// (0.93), "Moslims zijn slachtoffer van discriminatie" (1.00); or a verb of suffering
    /// (``Lexicon/sufferingVerbs``) and within five words a wrong (``Lexicon/sufferedWrongs``: "Trans people face high
    /// rates of violence"), and "can" as the auxiliary or "more likely to be" before the victim word
    /// (``Lexicon/victimLikelihood``). The models learned "victims" and the wrongs
    /// from hateful sentences about crime and flag such reports in every language. Not when a word of the
    /// phrase is negated ("Muslims are not victims"), the wrong is the group's own ("victims of their own …";
    /// ``Lexicon/ownWords``), the message quotes, or it holds a hostile word outside the clause of the wrong
    /// ("Refugees are victims of war, but they are still parasites") or beyond the wrong's first three words, or
    /// an intensifier comes before the victim word ("so marginalised that …", ``Lexicon/victimIntensifiers``).
    /// Since 2026-12-01 (twelfth session) the auxiliary may be a plain "be" after a verb of possibility ("Les
    /// hommes aussi peuvent être victimes de violences conjugales" 0.58), and a verb of dying or suffering in the
    /// present or past may stand for auxiliary and wrong at once (``Lexicon/victimDyingVerbs``: "Les migrants
    /// meurent en Méditerranée dans l'indifférence" 0.79).
    func reportsGroupAsVictim(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let t = Lexicon.victims
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        // Dutch "die" after a group is the relative pronoun ("Moslims die bidden verdienen klappen" was read as
        // Muslims dying, 2026-12-01, fifteenth session), not the English verb.
        let relativeDie = language == .nl ? TokenizerCore.dutchDie : 0
        func dies(_ k: Int) -> Bool { hashes[k] != relativeDie && t.dying.contains(hashes[k]) }
        func negated(_ k: Int) -> Bool { flags[k] & TokenFlags.negated.rawValue != 0 }
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            guard !negated(i), groupOpensClause(i, table, hostileBridges: false) else { continue }
            let end = groupPhraseEnd(groupEnd(i), table.affirmations)
            var a = end
            while a < min(n, end + 3), !opens(a), !t.auxiliaries.contains(hashes[a]),
                !t.suffering.contains(hashes[a]), !dies(a)
            {
                // "Gays should have been beaten": a modal before the auxiliary wishes the wrong.
                if t.modals.contains(hashes[a]) { return false }
                a += 1
            }
            guard a < min(n, end + 3), !opens(a), !negated(a) else { continue }
            // A verb of suffering takes the wrong as a noun ("face high rates of violence"); "more likely to be" may
            // stand before a victim word. 2026-12-01 (twelfth session).
            let suffers = t.suffering.contains(hashes[a])
            var v = a + 1
            if dies(a) {
                // "Les migrants meurent en Méditerranée": the verb says the wrong itself.
                v = a
            } else {
                let likely = v < n && !opens(v) ? t.likelihood.match(tokens, at: v) : 0
                let reach = a + 4 + likely + (suffers ? 2 : 0)
                v += likely
                func wrong(_ k: Int) -> Bool {
                    t.words.contains(hashes[k]) || (suffers && t.wrongs.contains(hashes[k]))
                }
                while v < min(n, reach), !opens(v), !negated(v), !wrong(v) {
                    // "so marginalised that …": sarcasm.
                    if t.intensifiers.contains(hashes[v]) { return false }
                    v += 1
                }
                guard v < min(n, reach), !opens(v), !negated(v), wrong(v) else { continue }
            }
            // The clause of the wrong: from the group to the next break. The wrong itself may be hostile ("victims
            // of racist attacks"); a hostile word further on says something of its own ("… of this ideology that
            // turns every child into an extremist").
            var stop = v + 1
            while stop < n, !opens(stop) {
                if t.own.contains(hashes[stop]) || negated(stop) { return false }
                // A verb of suffering names no wrong done by others that may be hostile itself: any hostile word
                // after it says something of its own ("Muslims die like the rats they are").
                let reach = dies(v) ? v : v + 3
                if stop > reach && tokens.cues[stop] == Lexicon.Cue.negative.rawValue { return false }
                stop += 1
            }
            var start = i
            while start > 0, !opens(start) { start -= 1 }
            let hostile = Lexicon.Cue.negative.rawValue
            for k in 0..<n where (k < start || k >= stop) && tokens.cues[k] == hostile && !negated(k) { return false }
            return true
        }
        return false
    }
}
