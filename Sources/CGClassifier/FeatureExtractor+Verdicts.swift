extension FeatureExtractor {
    /// The verdict the last message passes on a group put in a position or given a right, or nil: the group
    /// followed by a position (``Lexicon/positionsAfter``: "Een moslim aan het roer?"), or after a word that allows
    /// it a right (``Lexicon/allowingBefore``: "Letting … vote", "Dejar votar a …", or Dutch "… laten stemmen",
    /// ``Lexicon/rightsAfter``), then within twelve words a verdict: `true` for a disaster or a mistake
    /// (``Lexicon/badVerdicts``: "… C'est la catastrophe assurée"), `false` for a good one
    /// (``Lexicon/goodVerdicts``: "… ¡Ya era hora!", "… was een van de beste dingen"). A verdict that is negated
    /// ("not a mistake") is none; nor is anything when the message quotes, or when the verdict is put in others'
    /// mouths to rebut it (``Lexicon/rebuttalFrames``, ``Lexicon/harmDoerPhrases``: "Quien piensa que un musulmán
    /// al mando es un desastre vive en el pasado", "Wie denkt dat …"). The models read the position alone, both
    /// ways (2026-12-01, sixteenth session).
    func judgesGroupInPosition(_ table: Lexicon.HateExpressionTable) -> Bool? {
        guard groupMask != 0, !tokens.anyQuote else { return nil }
        let t = Lexicon.verdicts
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let negated = TokenFlags.negated.rawValue | TokenFlags.negator.rawValue
        var i = 0
        while i < n {
            var end: Int?
            let allowing = t.allowing.match(tokens, at: i)
            if allowing > 0, let named = groupFollowing(i + allowing, bridges: Self.verdictBridges) {
                // English "letting … vote": the right follows the group.
                let right = t.rights.match(tokens, at: named.upperBound)
                if Self.allowingNeedsRight.contains(hashes[i]) {
                    if right > 0 { end = named.upperBound + right }
                } else {
                    end = named.upperBound + right
                }
            } else if groups[i] >= 0, i == 0 || groups[i - 1] < 0 {
                let g = groupEnd(i)
                let position = g < n ? t.positions.match(tokens, at: g) : 0
                // A right after the group ("… laten stemmen") needs Dutch "laten"; a position needs nothing.
                let right = g < n && Self.dutchAllowing.contains(hashes[g]) ? t.rights.match(tokens, at: g) : 0
                if position > 0 || right > 0 { end = g + max(position, right) }
            }
            guard let start = end else {
                i += 1
                continue
            }
            if (0..<i).contains(where: { table.rebuttals.match(tokens, at: $0) > 0
                || Lexicon.denials.doers.match(tokens, at: $0) > 0 })
            {
                return nil
            }
            var k = start
            while k < min(n, start + 12) {
                if flags[k] & negated == 0 {
                    if t.bad.match(tokens, at: k) > 0 { return condemnsOrReports() ? nil : true }
                    if t.good.match(tokens, at: k) > 0 { return false }
                }
                k += 1
            }
            i = start
        }
        return nil
    }

    /// Whether the last message tells others to keep a group away from somewhere: a verb of keeping
    /// (``Lexicon/keepVerbs``: "keep", "mantened a", "gardez", "hou") opening its clause, the group, then a phrase
    /// of distance (``Lexicon/awayPhrases``) — "Hou moslims weg bij onze scholen" (0.00), "Gardez les personnes
    /// trans loin de nos écoles" (0.36) — unless what the group is kept from is a harm (``Lexicon/protectedFrom``:
    /// "keep refugees away from danger"). Not when negated, quoted, or the message condemns or reports.
    func keepsGroupAway() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, !condemnsOrReports() else { return false }
        let t = Lexicon.verdicts
        let n = tokens.count, flags = tokens.flags
        let negated = TokenFlags.negated.rawValue | TokenFlags.negator.rawValue
        for i in 0..<n where flags[i] & negated == 0 && (i == 0 || flags[i] & TokenFlags.breakBefore.rawValue != 0) {
            let keep = t.keep.match(tokens, at: i)
            guard keep > 0, let named = groupFollowing(i + keep, bridges: Self.verdictBridges) else { continue }
            let j = named.upperBound
            let away = j < n ? t.away.match(tokens, at: j) : 0
            guard away > 0 else { continue }
            // What they are kept from, an article or a possessive aside.
            var k = j + away
            if k < n, Self.verdictBridges.contains(tokens.hashes[k]) { k += 1 }
            if k < n, t.protectedFrom.match(tokens, at: k) > 0 { return false }
            return true
        }
        return false
    }

    /// Whether the last message makes a group the cause of a place's decline: the group opening its clause, a phrase
    /// of cause after it (``Lexicon/causePhrases``: "… are the reason", "… sont la raison"), and within ten words in
    /// the sentence a decline (``Lexicon/ruinPhrases``): "Muslims are the reason this city is going to hell"
    /// (0.15), "Les juifs sont la raison pour laquelle cette ville part en enfer" (0.23). Not when negated, quoted,
    /// or the message condemns or reports ("People who say … are bigots").
    func blamesGroupForDecline(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, !condemnsOrReports() else { return false }
        let t = Lexicon.verdicts
        let n = tokens.count, flags = tokens.flags, groups = tokens.groups
        let negated = TokenFlags.negated.rawValue | TokenFlags.negator.rawValue
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            guard groupOpensClause(i, table, hostileBridges: false) else { continue }
            let j = groupEnd(i)
            let cause = j < n ? t.causes.match(tokens, at: j) : 0
            guard cause > 0, !(j..<(j + cause)).contains(where: { flags[$0] & negated != 0 }) else { continue }
            for k in (j + cause)..<min(n, j + cause + 10) where flags[k] & negated == 0 {
                if t.ruins.match(tokens, at: k) > 0 { return true }
            }
        }
        return false
    }

    /// Whether the last message speaks of lies told about a group and says nothing against it: a phrase of
    /// ``Lexicon/liesAbout`` right before the group ("Waarom blijven mensen leugens over moslims verspreiden?"
    /// 0.95), no other group named, no hostile word that is not negated, no slur or insult, no quotation.
    func defendsGroupAgainstLies(_ language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let t = Lexicon.verdicts
        let n = tokens.count, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        for i in 0..<n {
            let lies = t.lies.match(tokens, at: i)
            guard lies > 0, let named = groupFollowing(i + lies, bridges: Self.verdictBridges) else { continue }
            for k in 0..<n where !named.contains(k) {
                if groups[k] >= 0 { return false }
                if cues[k] == Lexicon.Cue.negative.rawValue, flags[k] & TokenFlags.negated.rawValue == 0 {
                    return false
                }
            }
            return !holdsSlurOrInsult(language)
        }
        return false
    }

    /// Articles, quantifiers and possessives that may stand before the group or what it is kept from; unlike the
    /// language's bridges (``Lexicon/HateExpressionTable/bridges``) with the articles of one member ("a", "un",
    /// "een"): "letting a woman vote", "un musulman aux commandes".
    private static let verdictBridges = WordSet([
        "a", "an", "the", "all", "any", "those", "these", "our", "un", "una", "el", "la", "los", "las", "al",
        "todos", "todas", "esos", "esas", "nuestros", "nuestras", "une", "le", "les", "des", "tous", "toutes", "ces",
        "nos", "de", "du", "een", "het", "alle", "die", "deze", "onze", "ons", "en", "ett", "alla", "vara",
    ])

    /// English words of allowing that need the right after the group ("letting … vote").
    private static let allowingNeedsRight: Set<UInt64> = [FNV.hash("letting"), FNV.hash("allowing")]

    /// Dutch "laten", which allows after the group ("… laten stemmen").
    private static let dutchAllowing: Set<UInt64> = [
        FNV.hash("laten"), FNV.hash("binnenlaten"), FNV.hash("binnen"), FNV.hash("toelaten"),
    ]
}
