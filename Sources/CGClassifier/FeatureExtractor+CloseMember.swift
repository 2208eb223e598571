extension FeatureExtractor {
    /// Whether the last message speaks of someone close to the speaker who belongs to a group, and says nothing
    /// charged of them: a possessive (``Lexicon/identityPossessives``) opening the message, within the next three
    /// words a person close to the speaker (``Lexicon/closePersonNouns``) and a group word or identity adjective
    /// beside it ("my gay brother", "mi hermano gay", "mijn homoseksuele broer"), and after them no cue word of any
    /// kind, no offender word or crime verb (``Lexicon/offenderWords``), no obligation ("should"), no negator, no
    /// other group, no quotation, no slur or insult, no call to exclude or leave. The caller also asks the violence
    /// head.
    func speaksOfCloseMember(_ expressions: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyNegator, !tokens.anyQuote else { return false }
        let table = Lexicon.inGroup
        let n = tokens.count, hashes = tokens.hashes, groups = tokens.groups
        guard n >= 4, table.identityPossessives.contains(hashes[0]) else { return false }
        func names(_ k: Int) -> Bool { groups[k] >= 0 || table.identityAdjectives.contains(hashes[k]) }
        func opens(_ k: Int) -> Bool { tokens.flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        // The subject: the person and the group word side by side within the three words after the possessive.
        var end = 0
        // English "son" is the Spanish and Catalan "are" ("Mis vecinos moros son todos iguales").
        let copulaSon = (language == .es || language == .ca) ? Self.son : 0
        for k in 1..<min(n - 1, 4)
        where !opens(k) && !opens(k + 1) && Lexicon.closePersonHashes.contains(hashes[k]) && hashes[k] != copulaSon {
            if names(k + 1) { end = k + 2 } else if k >= 2 && names(k - 1) { end = k + 1 }
            break
        }
        guard end > 0, end < n else { return false }
        let group = groups[(1..<end).first { groups[$0] >= 0 } ?? 0]
        return saysNothingCharged(from: end, of: group, expressions, language: language)
    }

    /// Whether the last message opens with the speaker knowing members of a group and says nothing charged of
    /// them: an opener of ``Lexicon/acquaintanceOpeners`` ("I know", "ik ken", "je connais", "conozco a"), at most
    /// three words of number ("veel", "een paar", "a lot of"), the group, and after it nothing charged (as for
    /// ``speaksOfCloseMember(_:language:)``): "Ik ken veel moslims die hier al jaren wonen" (0.95: the Dutch
    /// model's only training sentence with "ik ken" is a hateful one). 2026-12-01, eleventh session.
    func speaksOfAcquaintances(_ expressions: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyNegator, !tokens.anyQuote else { return false }
        let opener = Lexicon.acquaintanceOpenerTable.match(tokens, at: 0)
        guard opener > 0 else { return knownGroupOpens(expressions, language: language) }
        let n = tokens.count, hashes = tokens.hashes, groups = tokens.groups
        var k = opener
        while k < min(n, opener + 3), groups[k] < 0, Lexicon.acquaintanceQuantityHashes.contains(hashes[k]) { k += 1 }
        guard k < n, groups[k] >= 0, tokens.flags[k] & TokenFlags.breakBefore.rawValue == 0 else { return false }
        let group = groups[k]
        let end = groupPhraseEnd(groupEnd(k), expressions.affirmations)
        return saysNothingCharged(from: end, of: group, expressions, language: language)
    }

    /// Whether the last message opens with a group the speaker says they know, in a relative clause or right after
    /// it ("Zwarte mensen die ik ken houden van voetbal" 0.83 once the Dutch "die" no longer read as dying,
    /// "Les musulmans que je connais sont gentils", "Black people I know love football"), and says nothing charged
    /// after that (2026-12-01, fifteenth session).
    private func knownGroupOpens(_ expressions: Lexicon.HateExpressionTable, language: Language) -> Bool {
        let n = tokens.count, hashes = tokens.hashes, groups = tokens.groups, flags = tokens.flags
        guard n > 3, let g = (0..<min(n, 4)).first(where: { groups[$0] >= 0 }),
            groupOpensClause(g, expressions, hostileBridges: false),
            !(1..<(g + 1)).contains(where: { flags[$0] != 0 })
        else { return false }
        var j = groupPhraseEnd(groupEnd(g), expressions.affirmations)
        guard j < n - 1, flags[j] & TokenFlags.breakBefore.rawValue == 0 else { return false }
        if Lexicon.stereotypes.relatives.contains(hashes[j]) { j += 1 }
        let opener = Lexicon.acquaintanceOpenerTable.match(tokens, at: j)
        guard opener > 0, flags[j] & TokenFlags.breakBefore.rawValue == 0 else { return false }
        return saysNothingCharged(from: j + opener, of: groups[g], expressions, language: language)
    }

    /// Whether from `start` on the last message holds no cue word of any kind, no other group than `group`, no
    /// offender word or crime verb (``Lexicon/offenderWords``), no obligation, no call to exclude or leave, and no
    /// slur or insult anywhere.
    private func saysNothingCharged(
        from start: Int, of group: Int8, _ expressions: Lexicon.HateExpressionTable, language: Language
    ) -> Bool {
        let hashes = tokens.hashes, groups = tokens.groups, cues = tokens.cues
        let stereotypes = Lexicon.stereotypes
        for m in start..<tokens.count {
            if cues[m] != Lexicon.Cue.none.rawValue || (groups[m] >= 0 && groups[m] != group) { return false }
            // "… is a terrorist", "… should be shot": an offence or an obligation is charged.
            if stereotypes.offenders.contains(hashes[m]) || stereotypes.crimeVerbs.contains(hashes[m])
                || expressions.obligations.contains(hashes[m])
            {
                return false
            }
            if expressions.exclusionVerbs.match(tokens, at: m) > 0
                || expressions.affirmations.departures.match(tokens, at: m) > 0
            {
                return false
            }
        }
        return !holdsSlurOrInsult(language)
    }

    /// Whether the last message says that a group is what its own name ends in: the message is one clause, a group
    /// phrase of one to three words, a copula, at most an article, then a noun of ``Lexicon/genderNouns`` that is
    /// the last word of the group phrase ("Trans women are women", "Les femmes trans sont des femmes") or the head
    /// of its compound ("Transvrouwen zijn vrouwen"), and nothing else but a clause of one or two words that only
    /// insists (``Lexicon/emphaticEnds``: "Transvrouwen zijn vrouwen, punt" 0.9996, "Trans women are women, period"
    /// 0.69; 2026-12-01, twelfth session); no negator, no quotation.
    func affirmsOwnName(_ words: Lexicon.AffirmationTable) -> Bool {
        guard groupMask != 0, !tokens.anyNegator, !tokens.anyQuote else { return false }
        let all = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        var n = all
        // "…, punt", "… Point final.": the insisting clause is not read.
        for k in max(1, all - 2)..<all where flags[k] & TokenFlags.breakBefore.rawValue != 0 {
            if (k..<all).allSatisfy({ Lexicon.emphaticEndHashes.contains(hashes[$0]) }) { n = k }
        }
        guard n >= 3, n <= 6, !(1..<n).contains(where: { flags[$0] & TokenFlags.breakBefore.rawValue != 0 }),
            let copula = (1..<min(n, 4)).first(where: { words.copulas.contains(hashes[$0]) })
        else { return false }
        let last = hashes[n - 1]
        guard Lexicon.genderNounHashes.contains(last), n - copula <= 3,
            (0..<copula).contains(where: { tokens.groups[$0] >= 0 || Lexicon.compoundHeadHashes[hashes[$0]] != nil })
        else { return false }
        return (0..<copula).contains { hashes[$0] == last || Lexicon.compoundHeadHashes[hashes[$0]] == last }
    }

    private static let son = FNV.hash("son")
}
