extension FeatureExtractor {
    /// What the words after a copula say its subject is (``thingClaim(afterCopula:negatedBefore:)``).
    fileprivate enum ThingClaim {
        /// A thing, plainly or restricted ("are tools", "are nothing but tools", "ne sont que des outils").
        case thing
        /// A thing denied ("are not tools", "zijn geen gebruiksvoorwerpen").
        case denied
    }

    /// Whether the last message speaks of a group as a thing, handles it as livestock, or denies it is people —
    /// dehumanisation that holds no dehumanising word (2026-12-01, thirteenth session). Five forms, none of whose
    /// words is negated, in a message that does not quote and holds no word that condemns or reports:
    /// - a group opening its clause, a copula, restrictors or articles and a thing (``Lexicon/objectNouns``):
    ///   "Immigrants are spare parts for our factories" (0.22), "Latino's zijn gereedschap, meer niet" (0.02),
    ///   "Women are furniture that talks back" (0.17); or a clause that takes the group up after it was denied to
    ///   be people ("You can't really call Asians people, they're machines" 0.31);
    /// - a group said not to be people, the clause ending there ("Trans people are not people, they are …" 0.19),
    ///   or less than people ("Jews are less human than my cat" 0.13, "… about as human as a vending machine" 0.18;
    ///   seventeenth session);
    /// - a verb of naming and a person word, one of them negated, with a group in their clause ("No se puede
    ///   llamar personas a los chinos" 0.32);
    /// - a word of obligation, a verb of treatment and a simile with a thing or livestock, a group in the clause
    ///   ("Migrants should be treated like cattle at the border" 0.24, "Il faut traiter les réfugiés comme du
    ///   bétail" 0.11);
    /// - a word of obligation or belonging and a place or means of keeping animals in the group's clause ("Les
    ///   Roms ont leur place dans un zoo" 0.38, "Arabieren moet je aan de lijn houden" 0.32), or a verb of culling
    ///   with the group as its object ("Il faudrait abattre les handicapés" 0.37).
    /// "Women are not objects", "Politicians should be caged" (no group), "Nobody should treat the Roma like
    /// cattle" and "Refugee children must be freed from cages" are not the rule's.
    func objectifiesGroup(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, !condemnsOrReports(besides: Lexicon.objectifying.ownCues) else {
            return false
        }
        let n = tokens.count, groups = tokens.groups
        var clauseStart = 0, groupBefore = false, groupInClause = false
        for k in 0..<n {
            if opens(k) {
                groupBefore = groupBefore || groupInClause
                clauseStart = k
                groupInClause = false
            }
            if groups[k] >= 0 { groupInClause = true }
            if groups[k] >= 0, k == 0 || groups[k - 1] < 0, callsGroupThing(at: k, table) { return true }
            if k == clauseStart, groupBefore, takesUpGroupAsThing(at: k, table) { return true }
            if namesGroupNoPerson(at: k) || handlesGroupAsLivestock(at: k, table) { return true }
            if (groupInClause && ranksGroupWithThing(at: k)) || prefersThingToGroup(at: k) { return true }
            // "… are not the same species as us", the group in the clause.
            if negated(k), Lexicon.objectifying.sameSpecies.match(tokens, at: k) > 0, groupInClause { return true }
        }
        return false
    }

    /// Whether the last message says plainly that a group is not a thing, or is people, and holds nothing hostile:
    /// "Vrouwen zijn geen gebruiksvoorwerpen" (0.70), "Les migrants ne sont pas de la marchandise" (0.61),
    /// "Disabled people are people, full stop" (0.61). The models read the thing or the group's name beside a
    /// negator as hostile.
    func deniesGroupIsThing(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.cueBit(.negative) == 0 else { return false }
        let n = tokens.count, groups = tokens.groups
        var said = false
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            guard groupOpensClause(i, table, hostileBridges: false), let (c, negated) = copula(after: i, table)
            else { continue }
            switch thingClaim(afterCopula: c, negatedBefore: negated) {
            case .denied: said = true
            case .thing: return false
            case nil:
                // "… are people, full stop": the person word ends the clause.
                guard !negated, let p = personWord(after: c, negatorNeeded: false), p.atEnd, !p.negated else {
                    continue
                }
                said = true
            }
        }
        return said && !objectifiesGroup(table)
    }

    /// Whether the last message says a group shares "our" values, nothing in it negated or hostile: "Les musulmans
    /// partagent nos valeurs républicaines" (0.59). The mirror of the values refused in ``insinuatesAboutGroup()``.
    func saysGroupSharesValues() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, !tokens.anyNegator, cueMask & Self.cueBit(.negative) == 0 else {
            return false
        }
        let o = Lexicon.objectifying, hashes = tokens.hashes
        for k in 2..<max(2, tokens.count) where o.values.contains(hashes[k]) && o.ours.contains(hashes[k - 1]) {
            if (max(0, k - 4)..<(k - 1)).contains(where: { o.shares.contains(hashes[$0]) }) { return true }
        }
        return false
    }

    /// Whether the last message derogates a group by insinuation, with no hostile word (2026-12-01, thirteenth
    /// session). Three forms, none of their words negated, in a message that does not quote, holds no warm word
    /// and no word that condemns or reports:
    /// - a group, then within ten words a verb of perception (``Lexicon/watchVerbs``) and after it ruin, prices that
    ///   fall, or what happens to children: "Hire a woman and watch the company sink" (0.32), "Laissez une famille
    ///   noire s'installer et regardez les prix de l'immobilier chuter" (0.21), "Zet een homo voor de klas en kijk
    ///   wat er met de kinderen gebeurt" (0.00);
    /// - advice to guard one's things (``Lexicon/guardPhrases``) beside a group: "Als de Roma op bezoek komen, tel
    ///   je lepels" (0.39);
    /// - an opener of coincidence or an expected culprit (``Lexicon/insinuationOpeners``), a group and a word of
    ///   recurrence: "Comme par hasard, ce sont toujours des Juifs à la tête des banques" (0.08), "Of course it was
    ///   one of them again, it always is with the Muslims" (0.34); not when a word makes the group the one wronged
    ///   ("Funny how Muslims always get blamed").
    /// Also: a vice, a crime or a hostile word declared in the group's blood or nature (``Lexicon/inTheBloodPhrases``:
    /// "Les Blancs ont toujours tout volé, c'est dans leurs gènes" 0.07; not "Los gitanos cantan flamenco, lo llevan
    /// en la sangre"); values not shared (``Lexicon/valuesWords``); a place gone downhill since the group came.
    func insinuatesAboutGroup() -> Bool {
        let o = Lexicon.objectifying
        guard groupMask != 0, !tokens.anyQuote, !condemnsOrReports(besides: o.ownCues) else { return false }
        let n = tokens.count, hashes = tokens.hashes, groups = tokens.groups
        // A warm word leaves only the advice to guard one's things, and only outside the advice itself (Dutch
        // "hou" of "hou je portemonnee vast" is the warm "hou" of "ik hou van"; 2026-12-01, fifteenth session).
        let positive = Lexicon.Cue.positive.rawValue
        let warm = cueMask & Self.cueBit(.positive) != 0
        var firstGroup = -1, opener = false, recurrence = false
        for k in 0..<n {
            if firstGroup < 0, groups[k] >= 0 { firstGroup = k }
            if o.victims.contains(hashes[k]) { return false }
            if warm {
                let length = negated(k) ? 0 : o.guards.match(tokens, at: k)
                let advice = k..<k + length
                if length > 0, !(0..<n).contains(where: { !advice.contains($0) && tokens.cues[$0] == positive }) {
                    return true
                }
                continue
            }
            // Values not shared are read through their negator.
            if refusesValues(at: k) { return true }
            guard !negated(k) else { continue }
            if o.guards.match(tokens, at: k) > 0 { return true }
            // The charge may be any hostile word ("Muslims are violent, it's in their nature").
            if o.inTheBlood.match(tokens, at: k) > 0, holdsVice() || cueMask & Self.cueBit(.negative) != 0 {
                return true
            }
            if o.since.match(tokens, at: k) > 0, groupWithin(k + 1..<min(n, k + 5)),
                (k + 1..<n).contains(where: { o.declines.match(tokens, at: $0) > 0 })
            {
                return true
            }
            if o.openers.match(tokens, at: k) > 0 { opener = true }
            if o.recurrences.match(tokens, at: k) > 0 { recurrence = true }
            if o.watches.contains(hashes[k]), firstGroup >= 0, k - firstGroup <= 10, foretellsHarm(after: k) {
                return true
            }
        }
        return !warm && opener && recurrence && firstGroup >= 0
    }

    // MARK: - Forms

    /// Whether the group whose words start at `i` opens its clause and is called a thing.
    private func callsGroupThing(at i: Int, _ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupOpensClause(i, table, hostileBridges: true), let (c, negated) = copula(after: i, table) else {
            return false
        }
        if thingClaim(afterCopula: c, negatedBefore: negated) == .thing { return true }
        // "… are as replaceable as light bulbs".
        let markers = Lexicon.comparisons.markers.match(tokens, at: c + 1)
        let w = c + 1 + markers
        if !negated, markers > 0, w < tokens.count, !opens(w), !self.negated(w),
            Lexicon.objectifying.disposable.contains(tokens.hashes[w])
        {
            return true
        }
        // "… are human beings, just barely".
        if !negated, takesHumanityBack(afterCopula: c) { return true }
        // "… are less human than my cat", "… are about as human as a vending machine".
        if !negated, c + 1 < tokens.count, !opens(c + 1), !self.negated(c + 1) || isNegator(c + 1),
            Lexicon.objectifying.lessHuman.match(tokens, at: c + 1) > 0
        {
            return true
        }
        // "… are not people" at the clause's end.
        return personWord(after: c, negatorNeeded: !negated)?.atEnd == true
    }

    /// Whether the clause opening at `k` takes up a group named before it (a pronoun, or a Spanish copula alone)
    /// and calls it a thing after the group was denied to be people: "… not people, they are things", "… son
    /// máquinas sin alma".
    private func takesUpGroupAsThing(at k: Int, _ table: Lexicon.HateExpressionTable) -> Bool {
        let o = Lexicon.objectifying, hashes = tokens.hashes, n = tokens.count
        var c = k
        if o.pronouns.contains(hashes[k]) {
            // "they're" may stay one word.
            if hashes[k] != Self.theyre { c = k + 1 }
        }
        guard c < n, c == k || !opens(c), c == k && hashes[k] == Self.theyre || isCopula(c, table) else {
            return false
        }
        guard thingClaim(afterCopula: c, negatedBefore: false) == .thing else { return false }
        return (0..<k).contains { o.persons.match(tokens, at: $0) > 0 }
    }

    /// Whether a verb of naming at `k` and a person word, one of them negated, stand within four words of each
    /// other in a clause that names a group: "You can't call them people", "No se puede llamar personas a los
    /// chinos"; or a verb of naming or comparing and a person word or adjective of humanity (six words on for
    /// comparing), then a word that calls it too kind or an insult to people: "Calling immigrants people is
    /// generous", "Comparing Jews to humans is an insult to humanity" (seventeenth session).
    private func namesGroupNoPerson(at k: Int) -> Bool {
        let o = Lexicon.objectifying, hashes = tokens.hashes, n = tokens.count
        let comparing = o.comparing.contains(hashes[k])
        guard comparing || o.naming.contains(hashes[k]) else { return false }
        let (a, b) = clause(around: k)
        guard (a..<b).contains(where: { tokens.groups[$0] >= 0 }) else { return false }
        // A person word of the group's own name ("trans people") is no person word.
        // "Calling Muslims human": an adjective of humanity is a person word here.
        for p in max(a, k - 4)..<min(b, k + (comparing ? 7 : 5)) where p != k && tokens.groups[p] < 0
            && (o.persons.match(tokens, at: p) > 0 || o.humanAdjectives.contains(hashes[p]))
        {
            if !comparing, negated(k) || negated(p), p + 1 >= n || !Self.relativeWords.contains(hashes[p + 1]) {
                return true
            }
            // "Calling immigrants people is generous".
            if (p + 1..<min(n, p + 7)).contains(where: { o.generosity.match(tokens, at: $0) > 0 }) { return true }
        }
        return false
    }

    /// Whether the word at `k` calls for a group of its clause to be handled as livestock: treated like cattle,
    /// kept in a cage or a zoo, on a leash, or culled.
    private func handlesGroupAsLivestock(at k: Int, _ table: Lexicon.HateExpressionTable) -> Bool {
        let o = Lexicon.objectifying, hashes = tokens.hashes, groups = tokens.groups
        guard !negated(k) else { return false }
        let (a, b) = clause(around: k)
        if (a..<b).contains(where: { o.freeing.contains(hashes[$0]) }) { return false }
        // A word of obligation or belonging before `k` in its clause, not negated.
        func obliged(_ table: Lexicon.HateExpressionTable) -> Bool {
            (a..<k).contains {
                (table.obligations.contains(hashes[$0]) || o.belonging.contains(hashes[$0])) && !negated($0)
            }
        }
        let group = (a..<b).contains { groups[$0] >= 0 }
        if o.treatments.contains(hashes[k]) {
            guard group, obliged(table) else { return false }
            let s = Lexicon.stereotypes, livestock = Lexicon.denials.livestock
            for m in k + 1..<min(b, k + 6) where s.simileMarkers.contains(hashes[m]) {
                var t = m + 1
                while t < min(b, m + 3), s.simileArticles.contains(hashes[t]) { t += 1 }
                if t < b, livestock.contains(hashes[t]) || o.objects.match(tokens, at: t) > 0 { return true }
            }
            return false
        }
        if o.keeping.match(tokens, at: k) > 0 { return group && obliged(table) }
        let culled = o.culling.match(tokens, at: k)
        guard culled > 0 else { return false }
        // The group as the verb's object, past at most two articles, or before the verb with an obligation.
        var g = k + culled
        while g < min(b, k + culled + 2), groups[g] < 0, Lexicon.stereotypes.simileArticles.contains(hashes[g]) {
            g += 1
        }
        // "put down" before a group belittles it ("Men put down women").
        if g < b, groups[g] >= 0, hashes[k] != Self.put { return true }
        return Self.participles.contains(hashes[k]) && (a..<k).contains { groups[$0] >= 0 } && obliged(table)
    }

    /// Whether a verb of perception at `k` is followed within eight words of its sentence by ruin, a fall of
    /// prices, or what happens to children.
    private func foretellsHarm(after k: Int) -> Bool {
        let o = Lexicon.objectifying, hashes = tokens.hashes, n = tokens.count
        let end = min(n, k + 9)
        var happening = false, child = false
        for m in k + 1..<end {
            if o.ruin.match(tokens, at: m) > 0 { return true }
            if o.falls.contains(hashes[m]),
                (max(k + 1, m - 4)..<min(n, m + 5)).contains(where: { o.prices.contains(hashes[$0]) })
            {
                return true
            }
            if o.happenings.contains(hashes[m]) { happening = true }
            if o.children.contains(hashes[m]) { child = true }
        }
        return happening && child
    }

    // MARK: - Helpers

    /// Whether the words at `k` are values said not to be shared: a verb of sharing, "our" and values, a negator
    /// before the values or right after them ("ne partagent pas nos valeurs", "delen onze waarden niet").
    private func refusesValues(at k: Int) -> Bool {
        let o = Lexicon.objectifying, hashes = tokens.hashes, n = tokens.count
        guard o.values.contains(hashes[k]), k >= 2, o.ours.contains(hashes[k - 1]), groupMask != 0 else { return false }
        for v in max(0, k - 4)..<(k - 1) where o.shares.contains(hashes[v]) {
            if negated(k) || (v..<k).contains(where: isNegator) || (k + 1 < n && isNegator(k + 1)) { return true }
        }
        return false
    }

    /// Whether a group word stands in `range`.
    private func groupWithin(_ range: Range<Int>) -> Bool { range.contains { tokens.groups[$0] >= 0 } }

    /// Whether the last message names a vice or crime (``Lexicon/viceVerbs``, ``Lexicon/crimeVerbs``,
    /// ``Lexicon/offenderWords``), negated or not ("no pueden evitar robar").
    private func holdsVice() -> Bool {
        let o = Lexicon.objectifying, t = Lexicon.stereotypes, hashes = tokens.hashes
        return (0..<tokens.count).contains {
            o.vices.contains(hashes[$0]) || t.crimeVerbs.contains(hashes[$0]) || t.offenders.contains(hashes[$0])
        }
    }

    /// Whether a phrase of equal worth at `k`, not negated, is followed by a singular article and — past at most one
    /// adjective — a word that is neither a person nor a group: "A trans woman has the same value as an old sock",
    /// "Een transvrouw is evenveel waard als een oude sok" (the group stands before it in the clause).
    private func ranksGroupWithThing(at k: Int) -> Bool {
        let o = Lexicon.objectifying, hashes = tokens.hashes, n = tokens.count
        let length = o.sameWorth.match(tokens, at: k)
        guard length > 0, !negated(k) else { return false }
        var a = k + length
        // "… la même valeur qu'une …": the tokeniser may leave "que" out of the phrase.
        if a < n, !opens(a), Self.asWords.contains(hashes[a]) { a += 1 }
        // The phrase may hold the article itself.
        if !o.worthArticles.contains(hashes[a - 1]) {
            guard a < n, !opens(a), o.worthArticles.contains(hashes[a]) else { return false }
            a += 1
        }
        for t in a..<min(n, a + 2) where !opens(t) {
            if tokens.groups[t] >= 0 || o.worthPeople.contains(hashes[t]) || o.persons.match(tokens, at: t) > 0 {
                return false
            }
        }
        return a < n && !opens(a)
    }

    /// Whether "between" at `k` opens a choice between a group and something else, and a verb of choosing later
    /// takes the other: "Between a Jew and a chair, I'd pick the chair", "Entre un judío y una silla, elijo la
    /// silla".
    private func prefersThingToGroup(at k: Int) -> Bool {
        let o = Lexicon.objectifying, hashes = tokens.hashes, n = tokens.count, groups = tokens.groups
        guard o.between.contains(hashes[k]) else { return false }
        var g = k + 1
        while g < min(n, k + 4), groups[g] < 0 { g += 1 }
        guard g < min(n, k + 4) else { return false }
        // The other side: the word after "and" past an article.
        var other = groupEnd(g)
        guard other < n, Self.andWords.contains(hashes[other]) else { return false }
        other += 1
        let articles = Lexicon.stereotypes.simileArticles
        if other < n, o.worthArticles.contains(hashes[other]) || articles.contains(hashes[other]) {
            other += 1
        }
        guard other < n, groups[other] < 0 else { return false }
        for c in other + 1..<n where o.choose.contains(hashes[c]) && !negated(c) {
            if (c + 1..<min(n, c + 4)).contains(where: { hashes[$0] == hashes[other] }) { return true }
        }
        return false
    }

    /// Whether a humanity word stands within four words after the copula at `c` (past fillers), and a grudging
    /// qualifier (``Lexicon/grudgingQualifiers``) after it, past at most two words and a comma, ends the clause; or
    /// the qualifier stands right after the copula and the humanity word ends the clause ("Moslims zijn technisch
    /// gezien mensen").
    private func takesHumanityBack(afterCopula c: Int) -> Bool {
        let o = Lexicon.objectifying, n = tokens.count
        let before = c + 1 < n && !opens(c + 1) ? o.grudging.match(tokens, at: c + 1) : 0
        if before > 0, c + 1 + before < n, !opens(c + 1 + before) {
            let h = c + 1 + before, length = o.humanity.match(tokens, at: h)
            if length > 0, h + length >= n || opens(h + length) { return true }
        }
        var h = c + 1
        while h < min(n, c + 5), !opens(h), o.humanity.match(tokens, at: h) == 0 { h += 1 }
        guard h < min(n, c + 5), !opens(h) else { return false }
        let after = h + o.humanity.match(tokens, at: h)
        for q in after..<min(n, after + 3) {
            let length = o.grudging.match(tokens, at: q)
            if length > 0, q + length >= n || opens(q + length) { return true }
        }
        return false
    }

    /// The copula after the group whose words start at `i` (past a people noun), and whether a negator stands
    /// right before it or is the copula ("no son", "ne sont", "aren't").
    private func copula(after i: Int, _ table: Lexicon.HateExpressionTable) -> (Int, Bool)? {
        let n = tokens.count, hashes = tokens.hashes
        var c = groupPhraseEnd(groupEnd(i), table.affirmations)
        guard c < n, !opens(c) else { return nil }
        if Self.negatedCopulas.contains(hashes[c]) { return (c, true) }
        var negatedBefore = false
        if isNegator(c), c + 1 < n, !opens(c + 1) {
            negatedBefore = true
            c += 1
        }
        return isCopula(c, table) ? (c, negatedBefore) : nil
    }

    /// What the words after the copula at `c` call its subject: a thing past restrictors, articles and adjectives
    /// of use (``Lexicon/objectFillers``), at most five words on, in the clause. A negator makes the thing denied
    /// unless a word of exception follows it ("nothing but", "no son más que", "ne sont que"); "more than tools"
    /// without a negator is no claim.
    private func thingClaim(afterCopula c: Int, negatedBefore: Bool) -> ThingClaim? {
        let o = Lexicon.objectifying, hashes = tokens.hashes, n = tokens.count
        var negator = negatedBefore, restricted = false, more = false
        var k = c + 1
        while k < min(n, c + 6), !opens(k) {
            if o.objects.match(tokens, at: k) > 0 {
                if more && !negator { return nil }
                if negator { return restricted ? .thing : .denied }
                // A negator farther back ("Nobody says women are objects").
                return negated(k) ? .denied : .thing
            }
            if isNegator(k) {
                negator = true
            } else {
                guard o.fillers.contains(hashes[k]) else { return nil }
                if negator, Self.exceptWords.contains(hashes[k]) { restricted = true }
                if Self.moreWords.contains(hashes[k]) { more = true }
            }
            k += 1
        }
        return nil
    }

    /// A person word after the copula at `c`, past negators and fillers (``Lexicon/personFillers``): whether it
    /// ends its clause and is negated. Nil when a negator is needed and none stands between.
    private func personWord(after c: Int, negatorNeeded: Bool) -> (atEnd: Bool, negated: Bool)? {
        let o = Lexicon.objectifying, hashes = tokens.hashes, n = tokens.count
        var k = c + 1, negator = false
        while k < min(n, c + 5), !opens(k) {
            // An adjective of humanity counts only once a negator has denied it ("… niet eens menselijk").
            let length = max(o.persons.match(tokens, at: k), negator && o.humanAdjectives.contains(hashes[k]) ? 1 : 0)
            if length > 0 {
                guard negator || !negatorNeeded else { return nil }
                return (k + length >= n || opens(k + length), negator || negated(k))
            }
            if isNegator(k) {
                negator = true
            } else if !o.personFillers.contains(hashes[k]) {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// Whether the last message holds a word that condemns or reports other than the words `own` of these rules,
    /// which the lexicon reads as report cues: "call" and "traiter" (naming), "saying" of "just saying".
    private func condemnsOrReports(besides own: WordSet) -> Bool {
        guard cueMask & Self.counterOrReportBits != 0 else { return false }
        let counter = Lexicon.Cue.counter.rawValue, report = Lexicon.Cue.report.rawValue
        let cues = tokens.cues, hashes = tokens.hashes
        return (0..<tokens.count).contains { (cues[$0] == counter || cues[$0] == report) && !own.contains(hashes[$0]) }
    }

    /// The clause holding `k`: from its opening word to the next.
    func clause(around k: Int) -> (Int, Int) {
        var a = k
        while a > 0, !opens(a) { a -= 1 }
        var b = k + 1
        while b < tokens.count, !opens(b) { b += 1 }
        return (a, b)
    }

    private func opens(_ k: Int) -> Bool { tokens.flags[k] & TokenFlags.breakBefore.rawValue != 0 }
    private func negated(_ k: Int) -> Bool { tokens.flags[k] & TokenFlags.negated.rawValue != 0 }
    private func isNegator(_ k: Int) -> Bool { tokens.flags[k] & TokenFlags.negator.rawValue != 0 }
    private func isCopula(_ k: Int, _ table: Lexicon.HateExpressionTable) -> Bool {
        table.affirmations.copulas.contains(tokens.hashes[k]) || tokens.hashes[k] == Self.re
    }

    /// "they're" read as one word, and its "re" when the tokeniser cuts it.
    private static let theyre = FNV.hash("theyre")
    private static let re = FNV.hash("re")
    private static let put = FNV.hash("put")
    /// English copulas that carry their negator.
    private static let negatedCopulas = WordSet(["arent", "isnt", "werent", "wasnt"])
    /// Words of exception after a negator that restrict, not deny: "nothing *but*", "no son más *que*", "ne sont
    /// *que*", "niets meer *dan*".
    private static let exceptWords = WordSet(["but", "than", "que", "qu", "dan", "else"])
    /// Words of "more", which without a negator put the group above the thing ("more than objects").
    private static let moreWords = WordSet(["more", "mas", "plus", "meer"])
    /// "As" after a phrase of equal worth that does not hold it.
    private static let asWords = WordSet(["as", "que", "qu", "als", "som"])
    /// "And" between the two sides of a choice.
    private static let andWords = WordSet(["and", "y", "e", "et", "en", "och", "i"])
    /// Relative words after a person word: "… can't call them people who …" is no denial.
    private static let relativeWords = WordSet(["who", "that", "que", "qui", "die", "dat"])
    /// Culling verbs said after the group, in the passive ("should be culled", "deberían ser sacrificados").
    private static let participles = WordSet([
        "culled", "put", "neutered", "sacrificados", "sacrificadas", "abattus", "euthanasies", "afgemaakt",
    ])
}

