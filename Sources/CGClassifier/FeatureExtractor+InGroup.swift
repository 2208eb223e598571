extension FeatureExtractor {
    /// Whether the group word at `i` names the speaker: a word of ``Lexicon/firstPersonMarkers`` (or, for a
    /// reclaimed word, ``Lexicon/possessiveMarkers``) ends right before it, or before at most two
    /// ``Lexicon/inGroupFillers``, in its clause; the word is not negated and not followed by a word that makes it
    /// an object ("… hater").
    func speaksAsMember(at i: Int) -> Bool {
        let table = Lexicon.inGroup
        let hashes = tokens.hashes, flags = tokens.flags
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        guard flags[i] & TokenFlags.negated.rawValue == 0 else { return false }
        if i + 1 < tokens.count, !opens(i + 1), table.objects.contains(hashes[i + 1]) { return false }
        let markers = table.reclaimed.contains(hashes[i]) ? [table.markers, table.possessives] : [table.markers]
        // The marker may end right before the word or before one or two fillers ("as a", "je suis une fière").
        var end = i
        while end > 0, !opens(end) {
            for start in stride(from: end - 1, through: max(0, end - 3), by: -1) {
                if markers.contains(where: { $0.match(tokens, at: start) == end - start }) { return true }
                if opens(start) { break }
            }
            guard end > i - 2, table.fillers.contains(hashes[end - 1]) else { return false }
            end -= 1
        }
        return false
    }

    /// Whether the last message's one group is named, by the speaker, with a slur of `language` or a reclaimed
    /// word (``Lexicon/reclaimedWords``) for themselves (``speaksAsMember(at:)``), with no other group, no
    /// hostile word but that one, no call to exclude or leave ("we … should go back") and no quotation: in-group
    /// speech ("Wij flikkers laten ons niet wegjagen").
    func reclaimsGroupWord(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let n = tokens.count, hashes = tokens.hashes, groups = tokens.groups, cues = tokens.cues, flags = tokens.flags
        let slurs = Lexicon.slurSets[language], reclaimed = Lexicon.inGroup.reclaimed
        var member = -1
        for i in 0..<n where groups[i] >= 0 {
            if (slurs?.contains(hashes[i]) ?? false) || reclaimed.contains(hashes[i]), speaksAsMember(at: i) {
                member = i
                break
            }
        }
        guard member >= 0 else { return false }
        for k in 0..<n {
            if groups[k] >= 0 && groups[k] != groups[member] { return false }
            if table.exclusionVerbs.match(tokens, at: k) > 0 || table.affirmations.departures.match(tokens, at: k) > 0 {
                return false
            }
            if k != member && cues[k] == Lexicon.Cue.negative.rawValue && flags[k] & TokenFlags.negated.rawValue == 0 {
                return false
            }
        }
        return true
    }

    /// Whether the last message only says who the speaker, or someone close to them, is: an opener of
    /// ``Lexicon/identityMarkers`` at the start of a clause, at most three fillers ("a group of"), then the words of
    /// one or more groups and at most person nouns (``Lexicon/personNouns``) closing the clause — "I'm a gay man"
    /// (0.40), "We are a group of trans people" (0.38), "My sister is disabled" (0.38), "Ik ben een homoseksuele man"
    /// (0.81), or a possessive, one to three words naming a person and a copula ("Mi médica es musulmana" 0.55,
    /// "Mi compañero de piso es marroquí" 0.55; not ``Lexicon/identityNonPersons``: "My problem is …"). After such
    /// an opener a singular word of ``Lexicon/identityAdjectives`` names the group too ("Mon collègue est noir"
    /// 0.58, "Mijn collega is Marokkaans" 0.63), and "and" may go on about the same person ("Sóc musulmana i visc
    /// al Raval" 0.73, "… est noir et vient de Lyon") when nothing after it calls to exclude or leave. Never with a
    /// hostile word, negator, slur, quotation or other group in the message.
    func statesIdentity(_ expressions: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard !tokens.anyNegator, !tokens.anyQuote, cueMask & Self.cueBit(.negative) == 0 else { return false }
        let table = Lexicon.inGroup
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        func names(_ k: Int) -> Bool { groups[k] >= 0 || table.identityAdjectives.contains(hashes[k]) }
        guard groupMask != 0 || (0..<n).contains(where: { table.identityAdjectives.contains(hashes[$0]) }) else {
            return false
        }
        for start in 0..<n where start == 0 || opens(start) {
            var marker = table.identity.match(tokens, at: start)
            // "my doctor is …", "mi compañero de piso es …": a possessive, one to three words, a copula.
            if marker == 0, table.identityPossessives.contains(hashes[start]) {
                for c in (start + 2)...(start + 4) where c < n && !(start + 1...c).contains(where: opens)
                    && table.identityCopulas.contains(hashes[c])
                    && !(start + 1..<c).contains(where: {
                        groups[$0] >= 0 || table.identityNonPersons.contains(hashes[$0])
                    })
                {
                    marker = c + 1 - start
                    break
                }
            }
            guard marker > 0 else { continue }
            var k = start + marker
            while k < min(n, start + marker + 3), !opens(k), groups[k] < 0, table.identityFillers.contains(hashes[k]) {
                k += 1
            }
            guard k < n, !opens(k), names(k) else { continue }
            var e = k
            while e < n, !opens(e), names(e) || table.persons.contains(hashes[e]) { e += 1 }
            if e < n, !opens(e),
                table.identityConjunctions.contains(hashes[e]) || (language == .ca && hashes[e] == table.catalanAnd)
            {
                // A second clause about the same person: not about the speaker ("My son is gay and I am
                // ashamed"), no cue word of any kind, no call to exclude or leave.
                if e + 1 < n, Lexicon.reportedHate.firstPersons.contains(hashes[e + 1]) { return false }
                for m in e..<n
                where tokens.cues[m] != Lexicon.Cue.none.rawValue || expressions.exclusionVerbs.match(tokens, at: m) > 0
                    || expressions.affirmations.departures.match(tokens, at: m) > 0
                {
                    return false
                }
            } else {
                guard e == n || opens(e) else { continue }
                e = n
            }
            for j in 0..<n where groups[j] >= 0 && !(k..<e).contains(j) { return false }
            return !holdsSlurOrInsult(language)
        }
        return false
    }
}
