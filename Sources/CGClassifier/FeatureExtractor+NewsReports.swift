extension FeatureExtractor {
    /// Whether the last message only reports that a group took part in an ordinary event: the group opening its
    /// clause (after articles or a number: "Hundreds of refugees", "Des centaines de migrants"), then after at most
    /// three auxiliaries, reflexives or words of time (``Lexicon/eventAuxiliaries``), a verb of arriving,
    /// gathering, celebrating, marching, meeting or waiting (``Lexicon/eventVerbs``; Dutch "kwamen" and Swedish
    /// "kom" only with "aan", "samen" or "till" in the clause)
    /// — "The refugees arrived by boat last night" (0.71), "Les réfugiés sont arrivés hier" (0.96), "Vluchtelingen
    /// wachten maanden op een beslissing" (0.91), "Els refugiats van arribar ahir al port" (0.91). The models
    /// learned arrival and waiting from hateful sentences about immigration and flag such news in every language.
    /// After the verb only where and when: a purpose, a second verb, a likeness, "our" or a benefit
    /// (``Lexicon/eventTailStops``) makes a claim of the report ("Migrants arrived by the thousands to live off our
    /// taxes", "Los moros llegaron y empezaron los robos"), and the models read those right.
    /// Not when the message holds a hostile word (negated or not), a negator, a quotation, a question, a slur or an
    /// insult, declares hatred or states a trope (``expressesHatePlainly(_:)``), goes on after the group's clause
    /// or is longer than 24 words: the rule holds a plain report under the threshold, it does not judge what else
    /// a message says.
    func reportsGroupEvent(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        let n = tokens.count
        guard groupMask != 0, n <= 24, !tokens.anyQuote, !tokens.anyNegator, !tokens.endsWithQuestion,
            cueMask & (Self.cueBit(.negative) | Self.cueBit(.negative, negated: true)) == 0
        else { return false }
        let t = Lexicon.newsReports
        let hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            // The group opens its clause, after articles and words of number ("Hundreds of …").
            var start = i
            while start > 0, !opens(start), start > i - 4,
                table.bridges.contains(hashes[start - 1]) || t.quantities.contains(hashes[start - 1])
            {
                start -= 1
            }
            // One clause from the group on, after at most three words ("Ayer, los refugiados llegaron …"): a second
            // clause says something of its own ("…, and the rapes started the same week", "…, skicka hem packet").
            guard start == 0 || (opens(start) && start <= 3) else { continue }
            guard !(start + 1..<n).contains(where: opens) else { return false }
            let end = groupPhraseEnd(groupEnd(i), table.affirmations)
            // The verb after at most three auxiliaries, reflexives, adverbs or words of time.
            var v = end
            while v < min(n, end + 3), !opens(v), !t.verbs.contains(hashes[v]),
                t.auxiliaries.contains(hashes[v]) || table.adverbs.contains(hashes[v])
            {
                v += 1
            }
            guard v < min(n, end + 4), !opens(v), t.verbs.contains(hashes[v]) else { continue }
            if t.particleVerbs.contains(hashes[v]) {
                var p = v + 1
                while p < n, !opens(p), !t.particles.contains(hashes[p]) { p += 1 }
                guard p < n, !opens(p) else { continue }
            }
            // Only where and when after the verb: no purpose, second verb, likeness, "our" or benefit, no other group.
            guard let stops = t.tailStops[language] else { return false }
            for k in v + 1..<n where stops.contains(hashes[k]) || groups[k] >= 0 { return false }
            return !holdsSlurOrInsult(language) && !expressesHatePlainly(table)
        }
        return false
    }
}
