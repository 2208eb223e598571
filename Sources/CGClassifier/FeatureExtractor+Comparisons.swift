extension FeatureExtractor {
    /// Whether the last message ranks a group below an animal or an object: a comparison that denies the group's
    /// humanity without a dehumanising word in it. Three forms, each in one clause, none of their words negated:
    /// - a thing with a comparative within four words before or after it (not a count: "more dogs than …"), then
    ///   within four words "than", then — past determiners and a preposition — a group:
    ///   "My cat is more civilised than Black people" (0.16), "Une plante a plus d'intelligence que les femmes"
    ///   (0.20), "Een steen heeft meer gevoel dan transgenders" (0.42);
    /// - a group, then within four words a mind word, "of" and — past determiners — a thing: "Immigrants have the
    ///   brains of a goldfish" (0.21), "Les immigrés ont le cerveau d'un poisson rouge" (0.17);
    /// - a group opening its clause, a copula, a word of equal measure, a word of worth, "as" and a thing: "Women
    ///   are as useful as furniture" (0.09), "Arabs are about as human as a toaster" (0.21).
    /// (``Lexicon/comparisonThings``, ``Lexicon/rankingComparatives``, ``Lexicon/mindWords``,
    /// ``Lexicon/measuredWorthWords``.) Not when the message quotes, holds a word that condemns or reports, or a
    /// word that makes the comparison a complaint about how the group is treated (``Lexicon/comparisonVictimWords``:
    /// "My dog has more rights than refugees here").
    func ranksGroupBelowThings(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else { return false }
        let t = Lexicon.comparisons
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        func negated(_ k: Int) -> Bool { flags[k] & TokenFlags.negated.rawValue != 0 }
        // The index past determiners from `k`, in the clause.
        func pastDeterminers(_ k: Int) -> Int {
            var k = k
            while k < n, !opens(k) {
                let length = t.determiners.match(tokens, at: k)
                guard length > 0 else { break }
                k += length
            }
            return k
        }
        // The clause holding `k`, for the complaint check. What a thing deserves more of than a group is a ranking, not
        // a complaint ("My dog deserves more respect than any immigrant", 2026-12-01, thirteenth session).
        func clauseComplains(around k: Int) -> Bool {
            var a = k
            while a > 0, !opens(a) { a -= 1 }
            var b = k + 1
            while b < n, !opens(b) { b += 1 }
            let desert = Lexicon.denials.desert
            return (a..<b).contains { t.victims.contains(hashes[$0]) }
                && !(a..<b).contains { desert.contains(hashes[$0]) }
        }
        for i in 0..<n {
            if t.things.contains(hashes[i]), !negated(i) {
                // A thing, a comparative within four words before or after it ("more humanity in a rat", "smarter
                // dogs"; not a count: "more dogs than …"), "than", a group.
                var c = -1
                var b = i - 1
                while b >= max(0, i - 4), !opens(b + 1) {
                    if t.comparatives.contains(hashes[b]) {
                        // "more dogs", "plus de chiens": a count.
                        if i - b > 2 || !t.quantities.contains(hashes[b]) { c = b }
                        break
                    }
                    b -= 1
                }
                if c < 0 {
                    c = i + 1
                    while c < min(n, i + 5), !opens(c), !t.comparatives.contains(hashes[c]) { c += 1 }
                    guard c < min(n, i + 5), !opens(c) else { continue }
                }
                guard !negated(c) else { continue }
                let from = max(c, i) + 1
                var th = from
                while th < min(n, from + 4), !opens(th), !t.than.contains(hashes[th]) { th += 1 }
                guard th < min(n, from + 4), !opens(th) else { continue }
                let g = pastDeterminers(th + 1)
                if g < n, !opens(g), groups[g] >= 0, !table.excludedGroupWords.contains(hashes[g]),
                    !clauseComplains(around: g)
                {
                    return true
                }
                continue
            }
            guard groups[i] >= 0, i == 0 || groups[i - 1] < 0, !table.excludedGroupWords.contains(hashes[i]) else {
                continue
            }
            let end = groupPhraseEnd(groupEnd(i), table.affirmations)
            // "… have the brains of a goldfish".
            var m = end
            while m < min(n, end + 4), !opens(m), !t.minds.contains(hashes[m]) { m += 1 }
            if m < min(n, end + 4), !opens(m), !negated(m) {
                let of = m + 1 < n && !opens(m + 1) && t.of.contains(hashes[m + 1]) ? m + 2 : m + 1
                let thing = pastDeterminers(of)
                if thing < n, !opens(thing), t.things.contains(hashes[thing]) { return true }
            }
            // "… are as useful as furniture".
            guard end < n, !opens(end), table.affirmations.copulas.contains(hashes[end]), !negated(end),
                groupOpensClause(i, table, hostileBridges: false)
            else { continue }
            let marker = t.markers.match(tokens, at: end + 1)
            let w = end + 1 + marker
            guard marker > 0, w < n, !opens(w), t.worth.contains(hashes[w]) else { continue }
            let comparer = w + 1 < n && !opens(w + 1) && t.comparers.contains(hashes[w + 1]) ? w + 2 : w + 1
            let thing = pastDeterminers(comparer)
            if thing < n, !opens(thing), t.things.contains(hashes[thing]) { return true }
        }
        return false
    }

    /// Whether the last message names a group and calls the comparison of it with an animal or a thing unfair to
    /// the animal: a word of insult or unfairness (``Lexicon/animalInsultWords``, not negated), then within four
    /// words of its clause — past a preposition and determiners, no group word between — an animal or a thing
    /// (``Lexicon/verminWords``, ``Lexicon/comparisonThings``): "Calling immigrants animals is an insult to
    /// animals" (0.02), "Comparer les réfugiés à des rats, c'est injuste pour les rats" (0.03), "Moslims varkens
    /// noemen is een belediging voor varkens" (0.00). The joke spares the animal and so ranks the group below it;
    /// the models read the naming frame as counter-speech. Not when the message quotes, or the animal is a
    /// person's ("an insult to dog owners"; ``Lexicon/animalInsultStops``); an insult to the group itself ("an
    /// insult to Muslims") stops the scan.
    func sparesAnimalsComparedToGroup() -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let t = Lexicon.comparisons, vermin = Lexicon.stereotypes.vermin
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        for u in 0..<n where t.insults.contains(hashes[u]) && flags[u] & TokenFlags.negated.rawValue == 0 {
            var k = u + 1
            while k < min(n, u + 5), !opens(k), groups[k] < 0 {
                if t.things.contains(hashes[k]) || vermin.contains(hashes[k]) {
                    if k + 1 < n, !opens(k + 1), t.insultStops.contains(hashes[k + 1]) { break }
                    return flags[k] & TokenFlags.negated.rawValue == 0
                }
                k += 1
            }
        }
        return false
    }
}
