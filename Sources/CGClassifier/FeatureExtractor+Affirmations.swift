extension FeatureExtractor {
    /// Whether the last message affirms a group it names rather than attacking it, plainly, with nothing hostile
    /// said beside it. Six forms:
    /// - praise or a wish for more before the group (``Lexicon/praiseBefore``: "ik ben dol op …", "we need more …
    ///   in positions of power"), or a verb of praise after it (``Lexicon/praiseAfter``: "… verrijken onze
    ///   samenleving", not "… with …"), or a denial that anything is wrong with it (``Lexicon/nothingWrongWith``);
    /// - a claim for the group: the group opening its clause, within three words one of ``Lexicon/claimVerbs``,
    ///   then within six words in the clause one of ``Lexicon/benefitWords`` ("Women deserve the same pay as men",
    ///   "Los gays deberían poder casarse", "Immigranten verdienen een waardig leven");
    /// - praise after a copula ending its clause ("… are inspiring", "… sont des gens formidables"), or a warm word
    ///   in a short predicate after it ("… sont une chance pour la France", "… son nuestros hermanos");
    /// - its humanity or equal worth ("… zijn net zo slim als mannen"): the group opening its clause, a copula, at
    ///   most two filler words, then a word of equal measure and a word of worth, or one of
    ///   ``Lexicon/humanityWords``, not negated, and then the clause's end or a word of
    ///   ``Lexicon/humanityFollowers`` ("Les trans sont des êtres humains comme les autres");
    /// - a protective verb right before the group ("we must protect women from violence", "il faut accueillir
    ///   les réfugiés"), or last in its clause after a modal and the group ("we moeten vluchtelingen beschermen"),
    ///   with nothing after the group but what it is protected from, "with …" or a benefit word.
    /// Never with a slur or an insult of `language` (``hasAnchorWord(_:)``), a quotation, a hostile word anywhere
    /// un-negated (except after a word that names what the group is protected from: "… from violence"), a negator
    /// before the affirmation (anywhere, for claims and protection), a "less" in the claim's clause, or after the
    /// affirmation a contrast word, a call to exclude or leave, or a negator that denies no hostile word.
    func affirmsGroup(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let words = table.affirmations
        let n = tokens.count
        let hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        for i in 0..<n {
            // "ik ben dol op …", "we need more … in positions of power".
            let praise = words.praiseBefore.match(tokens, at: i)
            if praise > 0, !tokens.anyNegator, let named = groupFollowing(i + praise, table),
                !table.excludedGroupWords.contains(hashes[named.lowerBound])
            {
                let j = groupPhraseEnd(named.upperBound, words)
                // Thanks for something is judged by what it is for ("Thanks to the immigrants for ruining …").
                if j < n, words.thanks.match(tokens, at: i) == praise, words.thanksFor.contains(hashes[j]) {
                    return false
                }
                // "We need more women in the kitchen" wishes no good: a wish for more names a place of standing
                // or ends there.
                if words.wantMore.match(tokens, at: i) == praise, j < n, !flag(j).contains(.breakBefore),
                    words.praisedPlaces.match(tokens, at: j) == 0
                {
                    return false
                }
                return staysAffirmed(after: j, table, language: language) && laterClausesWarm(after: j, words)
            }
            // "there is nothing wrong with being …": the phrase's own negator denies the wrong, and no other.
            // Every such phrase holds a negator ("nothing", "nada", "rien", "niks").
            let denial = tokens.anyNegator ? words.nothingWrong.match(tokens, at: i) : 0
            if denial > 0, !flag(i).contains(.negated) || flag(i).contains(.negator),
                let named = groupFollowing(i + denial, table), !table.excludedGroupWords.contains(hashes[named.lowerBound])
            {
                let j = groupPhraseEnd(named.upperBound, words)
                for k in 0..<n where flag(k).contains(.negator) && (k < i - 3 || k >= j) { return false }
                return staysAffirmed(after: j, table, language: language)
            }
            if words.protectiveVerbs.contains(hashes[i]), !flag(i).contains(.negated), !tokens.anyNegator,
                let named = groupFollowing(i + 1, table), !table.excludedGroupWords.contains(hashes[named.lowerBound])
            {
                let j = groupPhraseEnd(named.upperBound, words)
                // "Il faut protéger les réfugiés qui fuient la guerre" (0.71): what the group flees is not held
                // against it.
                if let fled = fledRelativeEnd(after: j, words) {
                    return staysAffirmed(after: fled.upperBound, table, language: language, exempt: fled)
                }
                guard protectedGroupEnds(at: j, words) else { return false }
                return staysAffirmed(after: j, table, language: language)
            }
            guard groups[i] >= 0, i == 0 || groups[i - 1] < 0, !table.excludedGroupWords.contains(hashes[i]) else {
                continue
            }
            let j = groupPhraseEnd(groupEnd(i), words)
            // Dutch puts the verb before the group when something else opens the clause ("Volgens mij maken
            // moslims dit land sterker" 0.88): the rest of the praise follows the group.
            if language == .nl, i >= 2, !flag(i).contains(.breakBefore), !flag(i - 1).contains(.breakBefore),
                Self.dutchMake.contains(hashes[i - 1]), j < n, !flag(j).contains(.breakBefore), !tokens.anyNegator
            {
                let praised = words.praiseAfter.match(tokens, at: j)
                if praised > 0 {
                    return staysAffirmed(after: j + praised, table, language: language)
                        && laterClausesWarm(after: j + praised, words)
                }
            }
            if j < n, !flag(j).contains(.breakBefore), words.protectiveVerbs.contains(hashes[j]), !tokens.anyNegator,
                protectedGroupEnds(at: j + 1, words), modalBefore(i, words)
            {
                return staysAffirmed(after: j + 1, table, language: language)
            }
            guard groupOpensClause(i, table, hostileBridges: false) || opensAfterOpinion(i, table) else { continue }
            // Two groups doing something together ("Muslimer och judar samlades tillsammans för fred" 0.72).
            if let end = jointActionEnd(after: j, words) {
                return staysAffirmed(after: end, table, language: language) && laterClausesWarm(after: end, words)
            }
            if j < n, !flag(j).contains(.breakBefore), !tokens.anyNegator {
                // Right after the group, or after a placing phrase ("Les Roms du quartier ont aidé …").
                let start = words.praiseAfter.match(tokens, at: j) > 0 ? j : (placingEnd(after: j, words) ?? j)
                let praised = words.praiseAfter.match(tokens, at: start)
                // "Les migrants apportent des maladies": a longer trope of ``Lexicon/tropesAfter`` starting with
                // the verb of praise ("apportent") says what is brought (2026-12-01, twelfth session).
                if praised > 0, table.after.match(tokens, at: start) > praised { return false }
                if praised > 0 {
                    let j = start
                    // "… enrich our streets with knives" is sarcasm.
                    var k = j + praised
                    while k < n, !flag(k).contains(.breakBefore) {
                        if words.accompaniments.contains(hashes[k]) { return false }
                        k += 1
                    }
                    return staysAffirmed(after: j + praised, table, language: language)
                        && laterClausesWarm(after: j + praised, words)
                }
            }
            // A noun after a group word ("Jewish comedians are so funny", "Muslim doctors are a gift") when it is
            // neither hostile nor another group.
            let noun = j + 1 < n && !flag(j).contains(.breakBefore) && groups[j] < 0
                && tokens.cues[j] == Lexicon.Cue.none.rawValue && words.copulas.contains(hashes[j + 1])
            if let end = praisedPredicateEnd(after: j, table) ?? (noun ? praisedPredicateEnd(after: j + 1, table) : nil)
                ?? modifierEnd(after: j, table).flatMap({ praisedPredicateEnd(after: $0, table) })
            {
                return staysAffirmed(after: end, table, language: language) && laterClausesWarm(after: end, words)
            }
            if let end = resumedPraiseEnd(after: j, table) {
                return staysAffirmed(after: end, table, language: language) && laterClausesWarm(after: end, words)
            }
            if let end = claimEnd(after: j, table) ?? humanityEnd(after: j, words, table) {
                return staysAffirmed(after: end, table, language: language)
            }
            // "Refugees who flee war deserve protection": the claim after what the group flees.
            if let fled = fleeingClauseEnd(after: j, words), let end = claimEnd(after: fled, table) {
                return staysAffirmed(after: end, table, language: language, exempt: j..<fled)
            }
        }
        return false
    }

    /// Dutch "maken"/"maakt" ("make"), put before the group by inversion.
    private static let dutchMake: Set<UInt64> = [FNV.hash("maken"), FNV.hash("maakt")]

    /// The end of a joint action when "and", a second group and a phrase of ``Lexicon/jointActions`` follow the
    /// group ending at `j` ("Muslims and Jews *gathered together* …", "Muslimer och judar *samlades* …"); nil
    /// otherwise.
    private func jointActionEnd(after j: Int, _ words: Lexicon.AffirmationTable) -> Int? {
        let n = tokens.count
        guard j + 1 < n, tokens.flags[j] & TokenFlags.breakBefore.rawValue == 0,
            Lexicon.inGroup.identityConjunctions.contains(tokens.hashes[j])
        else { return nil }
        // An article may stand before the second group ("Los árabes y *los* judíos …").
        let second = j + 2 < n && Self.articles.contains(tokens.hashes[j + 1]) ? j + 2 : j + 1
        guard tokens.groups[second] >= 0 else { return nil }
        let k = groupPhraseEnd(groupEnd(second), words)
        let length = words.jointActions.match(tokens, at: k)
        return length > 0 ? k + length : nil
    }

    /// The end of a short phrase that places the group ending at `j` ("Les femmes *de mon équipe* sont brillantes"
    /// 0.73, "the refugees *in our street* are wonderful", "Les Roms *du quartier* ont aidé …"): a preposition of
    /// ``Lexicon/groupModifierPrepositions``, then one to three words that are neither a group nor a cue word —
    /// nor, with `thingsStop`, an animal or a thing — then the first index where `ends` holds (a copula, a phrase
    /// of praise), all in the group's clause; nil otherwise.
    private func placingPhraseEnd(
        after j: Int, _ words: Lexicon.AffirmationTable, thingsStop: Bool, ends: (Int) -> Bool
    ) -> Int? {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        guard j < n, flags[j] & TokenFlags.breakBefore.rawValue == 0, words.modifierPrepositions.contains(hashes[j])
        else { return nil }
        for k in (j + 1)..<min(n, j + 5) {
            guard flags[k] & TokenFlags.breakBefore.rawValue == 0 else { return nil }
            if k > j + 1, ends(k) { return k }
            guard tokens.groups[k] < 0, tokens.cues[k] == Lexicon.Cue.none.rawValue,
                !(thingsStop && Lexicon.comparisons.things.contains(hashes[k]))
            else { return nil }
        }
        return nil
    }

    /// The copula after a placing phrase (``placingPhraseEnd(after:_:thingsStop:ends:)``), no animal or thing in it
    /// ("Women in the kennel with the dogs are wonderful" is no praise).
    private func modifierEnd(after j: Int, _ table: Lexicon.HateExpressionTable) -> Int? {
        let words = table.affirmations
        return placingPhraseEnd(after: j, words, thingsStop: true) { words.copulas.contains(tokens.hashes[$0]) }
    }

    /// Where a phrase of ``Lexicon/praiseAfter`` starts after a placing phrase ("du quartier", "del barrio").
    private func placingEnd(after j: Int, _ words: Lexicon.AffirmationTable) -> Int? {
        placingPhraseEnd(after: j, words, thingsStop: false) { words.praiseAfter.match(tokens, at: $0) > 0 }
    }

    /// The index after a group's words ending at `end` and a people noun right after them ("gay people", "Roma
    /// children", "las personas …").
    @inline(__always)
    func groupPhraseEnd(_ end: Int, _ words: Lexicon.AffirmationTable) -> Int {
        guard end < tokens.count, tokens.flags[end] & TokenFlags.breakBefore.rawValue == 0,
            words.peopleNouns.contains(tokens.hashes[end])
        else { return end }
        return end + 1
    }

    /// Whether the words of a protected group end at `j`: the clause ends there, or goes on with what the group
    /// is protected from, "with …" or a benefit word ("accueillir les réfugiés dignement") — not with a
    /// relative ("proteger a los inmigrantes que atacan …").
    private func protectedGroupEnds(at j: Int, _ words: Lexicon.AffirmationTable) -> Bool {
        guard j < tokens.count, !TokenFlags(rawValue: tokens.flags[j]).contains(.breakBefore) else { return true }
        let h = tokens.hashes[j]
        return words.sources.contains(h) || words.accompaniments.contains(h) || words.benefits.contains(h)
    }

    /// Whether a modal of ``Lexicon/verbLastModals`` stands at most three words before the group at `i`, in its
    /// clause.
    private func modalBefore(_ i: Int, _ words: Lexicon.AffirmationTable) -> Bool {
        var k = i
        while k > max(0, i - 4), tokens.flags[k] & TokenFlags.breakBefore.rawValue == 0 {
            k -= 1
            if words.verbLastModals.contains(tokens.hashes[k]) { return true }
        }
        return false
    }

    /// Whether the clauses after the one holding `end` are none, or hold a warm word (praise followed by "Are you
    /// insane?" mocks it), and nothing after `end` puts a condition on the praise.
    private func laterClausesWarm(after end: Int, _ words: Lexicon.AffirmationTable) -> Bool {
        let n = tokens.count, flags = tokens.flags, cues = tokens.cues
        // "… I love them even more when they live in India": praise on a condition.
        if (end..<n).contains(where: { words.conditions.contains(tokens.hashes[$0]) }) { return false }
        var k = end
        while k < n, flags[k] & TokenFlags.breakBefore.rawValue == 0 { k += 1 }
        return k == n || (k..<n).contains { cues[$0] == Lexicon.Cue.positive.rawValue }
    }

    /// The end of the clause when, after the group ending at `j`, a copula, at most two fillers or intensifiers
    /// (``Lexicon/affirmationFillers``, ``Lexicon/praiseIntensifiers``), a warm word not negated and at most one
    /// more word (a noun: "… wonderful people", "… geweldige mensen") end the clause: "Black women are inspiring"
    /// (0.46), "Les femmes sont brillantes". "… are great at blowing things up" goes on after the word, and is not
    /// read; no negator anywhere.
    private func praiseEnd(after j: Int, _ words: Lexicon.AffirmationTable, resumed: Bool = false) -> Int? {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, cues = tokens.cues
        guard !tokens.anyNegator, j < n, resumed || flags[j] & TokenFlags.breakBefore.rawValue == 0,
            words.copulas.contains(hashes[j])
        else { return nil }
        var k = j + 1
        while k < min(n, j + 3), flags[k] & TokenFlags.breakBefore.rawValue == 0,
            words.fillers.contains(hashes[k]) || words.intensifiers.contains(hashes[k])
        {
            k += 1
        }
        guard k < n, flags[k] & TokenFlags.breakBefore.rawValue == 0,
            cues[k] == Lexicon.Cue.positive.rawValue || words.praiseAdjectives.contains(hashes[k])
        else {
            return nil
        }
        var end = k + 1
        if end < n, flags[end] & TokenFlags.breakBefore.rawValue == 0 { end += 1 }
        return end == n || flags[end] & TokenFlags.breakBefore.rawValue != 0 ? end : nil
    }

    /// The end of the clause when, after the group ending at `j`, a copula opens a predicate of at most eight words
    /// to the clause's end that holds a warm word — a positive cue, one of ``Lexicon/praiseAdjectives``,
    /// ``Lexicon/warmNouns`` or ``Lexicon/warmPhrases`` — and no hostile word: "Les immigrés sont une chance pour la
    /// France" (0.84), "Los judíos son una parte valiosa de nuestra sociedad" (0.84), "Los musulmanes son nuestros
    /// hermanos" (0.95). Not with an animal or a thing in the predicate (``Lexicon/comparisonThings``: "… only a
    /// step above the family dog"), another group or "less" ("whites are better than blacks"), a first person, "at"
    /// right after the warm word ("… doing great at disrupting our society"), a word that denies what follows
    /// (``Lexicon/privativeWords``: "… incapable of honest work"), a negator or a word of regret anywhere
    /// (``Lexicon/regretWords``: "… the future of
    /// Europe, sadly"), nor when the praise mocks (``praisesSarcastically(_:)``: "… great at blowing things up").
    /// A verb of having may stand for the copula (``possessionVerbs``: "… hebben een ongelooflijke muziektraditie").
    private func warmPredicateEnd(after j: Int, _ table: Lexicon.HateExpressionTable, resumed: Bool = false) -> Int? {
        let words = table.affirmations
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, cues = tokens.cues
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        guard !tokens.anyNegator, j < n, resumed || !opens(j),
            words.copulas.contains(hashes[j]) || Self.possessionVerbs.contains(hashes[j])
        else { return nil }
        var end = j + 1, warm = -1
        while end < n, !opens(end) {
            // An animal or a thing in the predicate ranks the group by it ("… only a step above the family dog"),
            // another group or "less" compares ("whites are better than blacks"), a first person starts another
            // clause ("bisexuals are all fauxbians I love that term"), "at" after the warm word names a skill the
            // praise mocks ("… are doing great at disrupting our society").
            guard end < j + 9, cues[end] != Lexicon.Cue.negative.rawValue, tokens.groups[end] < 0,
                !Lexicon.comparisons.things.contains(hashes[end]), !table.less.contains(hashes[end]),
                !Lexicon.reportedHate.firstPersons.contains(hashes[end]), words.privatives.match(tokens, at: end) == 0,
                warm < 0 || end > warm + 2 || hashes[end] != Self.at
            else { return nil }
            if warm < 0,
                cues[end] == Lexicon.Cue.positive.rawValue || words.praiseAdjectives.contains(hashes[end])
                    || words.warmNouns.contains(hashes[end]) || words.warmPhrases.match(tokens, at: end) > 0
            {
                warm = end
            }
            end += 1
        }
        guard warm >= 0, !(0..<n).contains(where: { words.regrets.contains(hashes[$0]) }),
            !praisesSarcastically(table)
        else { return nil }
        return end
    }

    private static let at = FNV.hash("at")

    /// Verbs of having, which open a predicate as a copula does: "Roma hebben een ongelooflijke muziektraditie"
    /// (0.99), "Les Roms ont une musique magnifique". Not French "a", which is also an article and a preposition.
    /// 2026-12-01 (thirteenth session).
    private static let possessionVerbs = WordSet(["have", "has", "hebben", "heeft", "tienen", "tiene", "ont", "har",
        "tenen"])

    /// The end of a praising predicate after a copula at `j`: ``praiseEnd(after:_:resumed:)`` or
    /// ``warmPredicateEnd(after:_:resumed:)``; `resumed` when the copula opens a clause of its own that takes up the
    /// group set apart before it.
    private func praisedPredicateEnd(
        after j: Int, _ table: Lexicon.HateExpressionTable, resumed: Bool = false
    ) -> Int? {
        praiseEnd(after: j, table.affirmations, resumed: resumed) ?? warmPredicateEnd(after: j, table, resumed: resumed)
    }

    /// The end of a praising predicate in the clause after a group set apart, alone in its clause ending at `j`:
    /// the French "c'" the tokeniser drops before a copula ("Les migrants, c'est une chance pour la France" 0.65)
    /// or a pronoun before one ("Immigrants, they are a blessing"). 2026-12-01, twelfth session.
    private func resumedPraiseEnd(after j: Int, _ table: Lexicon.HateExpressionTable) -> Int? {
        let n = tokens.count, flags = tokens.flags, hashes = tokens.hashes
        guard j < n, flags[j] & TokenFlags.breakBefore.rawValue != 0 else { return nil }
        if table.affirmations.copulas.contains(hashes[j]) { return praisedPredicateEnd(after: j, table, resumed: true) }
        guard j + 1 < n, Self.resumptivePronouns.contains(hashes[j]) else { return nil }
        return praisedPredicateEnd(after: j + 1, table)
    }

    /// Pronouns that take up a group set apart before them ("Immigrants, *they* are …").
    private static let resumptivePronouns = WordSet(["they", "ils", "elles", "ze", "ellos", "ellas", "de"])

    /// The index after a claim's benefit word when a claim verb follows the group ending at `j`, or nil.
    private func claimEnd(after j: Int, _ table: Lexicon.HateExpressionTable) -> Int? {
        guard !tokens.anyNegator else { return nil }
        let words = table.affirmations
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        var k = j
        while k < min(n, j + 3), !opens(k) {
            guard words.claimVerbs.match(tokens, at: k) > 0 else {
                k += 1
                continue
            }
            // The benefit may be inside the verb's phrase ("have the right").
            var m = k + 1
            while m < min(n, k + 7), !opens(m) {
                if table.less.contains(hashes[m]) { return nil }
                if words.benefits.contains(hashes[m]) {
                    // "women should respect men" asks of the group; "… should be respected" gives to it.
                    if m == k + 1, words.modalVerbs.contains(hashes[k]), words.benefitVerbForms.contains(hashes[m]) {
                        return nil
                    }
                    var e = m + 1
                    while e < n, !opens(e) {
                        if table.less.contains(hashes[e]) { return nil }
                        e += 1
                    }
                    return m + 1
                }
                m += 1
            }
            return nil
        }
        return nil
    }

    /// The index after a humanity word when a copula follows the group ending at `j`, or after a word of worth
    /// measured equal ("… zijn net zo slim als …"), or nil.
    private func humanityEnd(after j: Int, _ words: Lexicon.AffirmationTable, _ table: Lexicon.HateExpressionTable) -> Int? {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        guard j < n, !flag(j).contains(.breakBefore), words.copulas.contains(hashes[j]) else { return nil }
        var k = j + 1
        while k < min(n, j + 3), !flag(k).contains(.breakBefore) {
            // "… sont aussi intelligentes que …": "aussi" measures here, though it is also a filler.
            let measure = words.equality.match(tokens, at: k)
            if measure > 0, k + measure < n, !flag(k + measure).contains(.breakBefore),
                table.worthWords.contains(hashes[k + measure]), !tokens.anyNegator
            {
                return k + measure + 1
            }
            guard words.fillers.contains(hashes[k]) else { break }
            k += 1
        }
        guard k < n, !flag(k).contains(.breakBefore), !flag(k).contains(.negated) else { return nil }
        for i in j...k where flag(i).contains(.negator) { return nil }
        let length = words.humanity.match(tokens, at: k)
        guard length > 0 else { return nil }
        let end = k + length
        if end < n, !flag(end).contains(.breakBefore), !words.humanityFollowers.contains(hashes[end]),
            length < 2 || !words.humanityMeasures.contains(hashes[end - 1])
        {
            return nil
        }
        return end
    }

    /// Whether nothing in the message takes back an affirmation ending at `end`: no slur or insult, no
    /// un-negated hostile word (one after a word of ``Lexicon/protectionSources`` in a clause after the
    /// affirmation names what the group is protected from, unless a reflexive follows: "… from themselves"), and
    /// after it no contrast word, no call to exclude or
    /// to leave ("… have the right to leave"), and no negator but one that denies a hostile word ("… are people,
    /// not vermin") or sets something else against the affirmation (``setsAgainst(_:afterAffirmationEnding:)``).
    private func staysAffirmed(
        after end: Int, _ table: Lexicon.HateExpressionTable, language: Language, exempt: Range<Int> = 0..<0
    ) -> Bool {
        let words = table.affirmations
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        if holdsSlurOrInsult(language) { return false }
        var source = false
        for k in 0..<n {
            if k >= end {
                if flag(k).contains(.breakBefore) { source = false }
                if flag(k).contains(.contrast) || table.exclusionVerbs.match(tokens, at: k) > 0
                    || words.departures.match(tokens, at: k) > 0
                {
                    return false
                }
                if words.sources.contains(hashes[k]) {
                    // "… protected from themselves" protects others from the group.
                    if k + 1 < n, words.reflexives.match(tokens, at: k + 1) > 0 { return false }
                    source = true
                }
                if flag(k).contains(.negator) && !setsAgainst(k, afterAffirmationEnding: end, words) {
                    var m = k + 1
                    while m < n, flag(m).contains(.negated), cues[m] != hostile { m += 1 }
                    guard m < n, flag(m).contains(.negated) else { return false }
                }
            }
            if cues[k] == hostile, !flag(k).contains(.negated), !(k > end && source), !exempt.contains(k),
                language != .nl || hashes[k] != TokenizerCore.dutchDie
            {
                return false
            }
        }
        return true
    }

    /// The verb of a relative clause after the group ending at `j` that says what the group flees: its relative
    /// pronoun at `j` (``Lexicon/relativePronouns``), then one of ``Lexicon/fleeVerbs`` within four words in the
    /// clause; nil when there is none. Read by ``fleeingClauseEnd(after:_:)`` and ``fledRelativeEnd(after:_:)``.
    private func fleeVerb(afterGroupEndingAt j: Int, _ words: Lexicon.AffirmationTable) -> Int? {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        guard j < n, Lexicon.stereotypes.relatives.contains(hashes[j]) else { return nil }
        return (j + 1..<min(n, j + 5)).prefix(while: { flags[$0] & TokenFlags.breakBefore.rawValue == 0 })
            .first { words.fleeVerbs.contains(hashes[$0]) }
    }

    /// The end of a relative clause after the group ending at `j` that says what the group flees
    /// (``fleeVerb(afterGroupEndingAt:_:)``): "who flee war", "que huyen de la guerra", "die de oorlog ontvluchten"
    /// — the first claim verb within four words after the verb (Dutch puts what is fled before it); nil when there
    /// is none.
    private func fleeingClauseEnd(after j: Int, _ words: Lexicon.AffirmationTable) -> Int? {
        guard let f = fleeVerb(afterGroupEndingAt: j, words) else { return nil }
        let n = tokens.count, flags = tokens.flags
        return (f + 1..<min(n, f + 5)).prefix(while: { flags[$0] & TokenFlags.breakBefore.rawValue == 0 })
            .first { words.claimVerbs.match(tokens, at: $0) > 0 }
    }

    /// A relative clause after the group ending at `j` that says what the group flees ("… qui fuient la guerre",
    /// "… que huyen de la guerra", "… who flee war", ``fleeVerb(afterGroupEndingAt:_:)``): from its relative
    /// pronoun to at most three words after the verb, and not past a conjunction ("… who flee war *and* rape …"
    /// says more); nil when there is none or the clause goes on beyond. 2026-12-01, twelfth session.
    private func fledRelativeEnd(after j: Int, _ words: Lexicon.AffirmationTable) -> Range<Int>? {
        guard let f = fleeVerb(afterGroupEndingAt: j, words) else { return nil }
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        let end = (f + 1..<n).first {
            flags[$0] & TokenFlags.breakBefore.rawValue != 0 || Self.fleeConjunctions.contains(hashes[$0])
        } ?? n
        return end <= f + 4 ? j..<end : nil
    }

    /// Conjunctions that end what a group flees.
    private static let fleeConjunctions = WordSet([
        "and", "y", "e", "et", "en", "och", "i", "but", "pero", "mais", "maar", "men",
    ])

    /// Plural articles that may open a second group named after "and".
    private static let articles = WordSet(["the", "los", "las", "les", "de", "els", "het"])

    /// Whether the negator at `k` opens, right after an affirmation ending at `end`, a last clause of at most
    /// three words that sets something else against the affirmation ("… people, not property"): a bare negator of
    /// ``Lexicon/contrastNegators`` and no hedge (``Lexicon/hedgeWords``: "… humans? Not really").
    private func setsAgainst(_ k: Int, afterAffirmationEnding end: Int, _ words: Lexicon.AffirmationTable) -> Bool {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        guard k == end, flags[k] & TokenFlags.breakBefore.rawValue != 0, words.contrastNegators.contains(hashes[k]),
            n - k <= 4
        else { return false }
        for m in (k + 1)..<n where flags[m] & TokenFlags.breakBefore.rawValue != 0 || words.hedges.contains(hashes[m]) {
            return false
        }
        return true
    }

    /// Whether the last message denies a group it names its rights, plainly: the group opening its clause, within
    /// three words a verb of ``Lexicon/desertVerbs``, then within four words a negated benefit word ("los gitanos
    /// no merecen ningún derecho" 0.11, "vluchtelingen verdienen helemaal geen rechten" 0.19, "women deserve no
    /// respect"), or a modal of ``Lexicon/entitlementModals`` and a negated vote or right of ``Lexicon/voteWords``
    /// ("Los hombres no deberían tener derecho a votar" 0.43). A denying determiner before the group
    /// (``denyingDeterminerStart(before:_:)``: "No woman deserves to be heard" 0.13, "Ninguna mujer merece votar")
    /// denies the benefit itself, or a life with nothing after it but a place ("No Jew deserves to live here").
    /// Not when the group is otherwise negated or is a vulgar word of ``Lexicon/hateExpressionExcludedGroupWords``
    /// ("you hoes don't deserve the respect …"), a word of ``Lexicon/harmDenials`` makes it a harm denied ("… to
    /// lose their rights"), the message quotes, or a word other than the benefit condemns or reports ("heard").
    func deniesGroupRights(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let words = table.affirmations
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            guard !table.excludedGroupWords.contains(hashes[i]) else { continue }
            let determiner = denyingDeterminerStart(before: i, table)
            if let d = determiner {
                guard groupOpensClause(d, table, hostileBridges: false) else { continue }
            } else {
                guard tokens.anyNegator, !flag(i).contains(.negated), groupOpensClause(i, table, hostileBridges: true)
                else { continue }
            }
            let j = groupPhraseEnd(groupEnd(i), words)
            if let m = deniedBenefit(after: j, determined: determiner != nil, words),
                !condemnsOrReports(outside: m..<(m + 1))
            {
                return true
            }
        }
        return false
    }

    /// Whether the last message asks why harm befalls a group it names: a why-opener
    /// (``Lexicon/whyOpeners``), the group after at most three bridge words, then within four words of it in the
    /// clause a word of harm (``Lexicon/sufferingWords``) before any other hostile word or negator — or a why-opener
    /// that names the harm others do right before the group (``Lexicon/whyHarmOpeners``: "Why do some people hate gay
    /// people?"); no slur or
    /// insult of `language`, no quotation, no hostile word in another clause, and any clause after the question
    /// one that condemns. The models learnt "why are …" from hateful questions and scored such questions hateful.
    func asksWhyGroupSuffers(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let words = table.affirmations
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        for i in 0..<n {
            // An opener that names the harm itself ("why do people hate …"): the group ends the harm's words.
            let harmOpener = words.whyHarmOpeners.match(tokens, at: i)
            let opener = harmOpener > 0 ? harmOpener : words.whyOpeners.match(tokens, at: i)
            guard opener > 0, let named = groupFollowing(i + opener, table) else { continue }
            let j = named.upperBound
            var harm = harmOpener > 0 ? j - 1 : -1
            var k = j
            while harm < 0, k < min(n, j + 4), !flag(k).contains(.breakBefore), !flag(k).contains(.negator) {
                // "killed" is a hostile word and a harm: as a harm it is read first.
                if words.suffering.contains(hashes[k]) {
                    harm = k
                } else if cues[k] == hostile {
                    break
                }
                k += 1
            }
            guard harm >= 0 else { return false }
            if holdsSlurOrInsult(language) { return false }
            // A hostile word counts only outside the question's clause ("… killed by police" names the harm), and
            // a clause after the question must condemn ("Why are Jews killed? Because they deserve it" answers it).
            var clauseEnd = harm + 1
            while clauseEnd < n, !flag(clauseEnd).contains(.breakBefore) { clauseEnd += 1 }
            for m in 0..<n where (m < i || m >= clauseEnd) && cues[m] == hostile && !flag(m).contains(.negated) {
                return false
            }
            return clauseEnd == n || (clauseEnd..<n).contains { cues[$0] == Lexicon.Cue.counter.rawValue }
        }
        return false
    }

    /// Whether the last message accuses a group of celebrating attacks: the group opening its clause, within two
    /// words a verb of ``Lexicon/celebrationVerbs``, then within four words an attack (``Lexicon/attackWords``) or
    /// a hostile word, with no concession between ("… celebrate Pride despite attacks"); no negator, quotation,
    /// or word that condemns or reports ("Muslims celebrate every terror attack" 0.24, "Moslims vieren elke
    /// aanslag").
    func accusesOfCelebratingViolence(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyNegator, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else {
            return false
        }
        let words = table.affirmations
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            guard groupOpensClause(i, table, hostileBridges: false) else { continue }
            var k = groupEnd(i)
            while k < min(n, groupEnd(i) + 2), !opens(k), !words.celebrations.contains(hashes[k]) { k += 1 }
            guard k < n, !opens(k), words.celebrations.contains(hashes[k]) else { continue }
            var m = k + 1
            while m < min(n, k + 5), !opens(m), !words.concessions.contains(hashes[m]) {
                if words.attacks.contains(hashes[m]) || cues[m] == Lexicon.Cue.negative.rawValue { return true }
                m += 1
            }
        }
        return false
    }
}
