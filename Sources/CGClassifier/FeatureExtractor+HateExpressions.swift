extension FeatureExtractor {
    /// Whether the last message declares hatred, contempt or disgust for a group it names, plainly: one of
    /// ``Lexicon/hateExpressionsBefore`` followed by the group ("I can't stand all these …", "ik heb een hekel
    /// aan …"), or a group opening its clause followed by one of ``Lexicon/hateExpressionsAfter`` ("… make me
    /// sick", "… me dan asco"). Not when the expression is negated from outside ("not that I hate …"),
    /// the message quotes or holds a word that condemns or reports, the group is followed by a word that makes it
    /// the victim ("I'm sick of … being blamed"), or a Spanish or Catalan verb is a noun ("el odio a …").
    func expressesHatePlainly(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let n = tokens.count
        let hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        for i in 0..<n {
            let length = table.before.match(tokens, at: i)
            if length > 0 {
                // Negated from outside ("not that I hate …"), or its verb by a negator after it ("ik haat geen …"):
                // a negated word before the expression's own negator, if it has one ("i cant stand").
                let own = (i..<(i + length)).first { flag($0).contains(.negator) } ?? i + length
                guard !(i..<own).contains(where: { flag($0).contains(.negated) }) else { continue }
                // A threat's verb is never a noun ("… y dispararé a unos cuantos de los musulmanes").
                if i > 0, !flag(i).contains(.breakBefore), table.nounMarkers.contains(hashes[i - 1]),
                    Lexicon.threats.phrases.match(tokens, at: i) == 0
                {
                    continue
                }
                guard let named = groupFollowing(i + length, table, hostileBridges: true),
                    !table.excludedGroupWords.contains(hashes[named.lowerBound])
                else { continue }
                let j = named.upperBound
                if j < n, !flag(j).contains(.breakBefore), table.victimWords.contains(hashes[j]) { continue }
                // A word that condemns or reports counts anywhere but inside the expression itself ("stand" in
                // "I can't stand" is a counter-speech cue of "stand with").
                if condemnsOrReports(outside: i..<(i + length)) { return false }
                return true
            }
            if let frame = cannotSayLikes(i, table) { return !condemnsOrReports(outside: frame) }
            if invertedExpressionFollows(i, table) || verbFinalExpressionFollows(i, table)
                || dislikesGroupVerbFinal(i, table)
            {
                return !condemnsOrReports()
            }
            // A group opening its clause, followed by an expression after it.
            guard groups[i] >= 0, i == 0 || groups[i - 1] < 0, !table.excludedGroupWords.contains(hashes[i]),
                groupOpensClause(i, table, hostileBridges: true) || opensAfterOpinion(i, table)
            else { continue }
            // "gay people have no soul": the people noun after the group belongs to it.
            let j = groupPhraseEnd(groupEnd(i), table.affirmations)
            guard j < n, !flag(j).contains(.breakBefore) else { continue }
            var after = table.after.match(tokens, at: j), at = j
            // "Women who talk back should …": a relative clause about the group between it and the expression.
            if after == 0, let found = expressionAfterRelativeClause(j, table) { (at, after) = found }
            // "… always find a way to …": an adverb or two between the group and the expression.
            while after == 0, at < min(n - 1, j + 2), !flag(at + 1).contains(.breakBefore),
                table.adverbs.contains(hashes[at])
            {
                at += 1
                after = table.after.match(tokens, at: at)
            }
            // A trope said in the negative holds its own negator ("… n'ont rien à faire en politique"): the elided
            // "n'" before it negates its first word, and that negation is the trope's.
            // A Dutch or Swedish negator right after the expression denies it ("Joden beheersen de wereld niet").
            if after > 0, at + after < n, !flag(at + after).contains(.breakBefore),
                Self.negatorsAfter.contains(hashes[at + after])
            {
                continue
            }
            if after > 0, !flag(at).contains(.negated) || holdsNegator(at..<(at + after)) {
                return !condemnsOrReports(outside: at..<(at + after))
            }
        }
        return false
    }

    /// Whether the group named at `i` stands after a verb that Dutch or Swedish word order put before it, with
    /// something else opening the clause ("Helaas zijn gehandicapten een last voor iedereen" 0.01, "In mijn ogen
    /// zijn transgenders ziek" 0.19, "Tegenwoordig zijn joden overal de baas" 0.03), and after the group, an
    /// adverb or two aside, the rest of an expression that begins with that verb
    /// (``Lexicon/HateExpressionTable/invertedTails``) or a hostile word that ends the clause; neither negated.
    /// A question opens with its verb and is not inverted this way.
    private func invertedExpressionFollows(_ i: Int, _ table: Lexicon.HateExpressionTable) -> Bool {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let breakBefore = TokenFlags.breakBefore.rawValue
        guard i >= 2, groups[i] >= 0, groups[i - 1] < 0, flags[i] & breakBefore == 0, flags[i - 1] & breakBefore == 0,
            table.inversionVerbs.contains(hashes[i - 1]), flags[i - 1] & TokenFlags.negated.rawValue == 0,
            !table.excludedGroupWords.contains(hashes[i])
        else { return false }
        var j = groupPhraseEnd(groupEnd(i), table.affirmations)
        while j < min(n - 1, i + 4), flags[j] & breakBefore == 0, table.adverbs.contains(hashes[j]) { j += 1 }
        guard j < n, flags[j] & breakBefore == 0, flags[j] & TokenFlags.negated.rawValue == 0 else { return false }
        if table.invertedTails.match(tokens, at: j) > 0 { return true }
        return tokens.cues[j] == Lexicon.Cue.negative.rawValue && (j + 1 == n || flags[j + 1] & breakBefore != 0)
    }

    /// Whether the group named at `i` opens a Dutch subordinate clause (after "dat", "omdat":
    /// ``Lexicon/subordinators``) whose finite verb comes last: "Ik vind dat vluchtelingen ratten zijn" (0.52),
    /// "… dat moslims een gevaar zijn". After the group, the rest of an expression that begins with a finite verb
    /// (``Lexicon/HateExpressionTable/invertedTails``) or a hostile word, then the verb ending the clause; nothing
    /// negated. The conjunctions are Dutch words only.
    private func verbFinalExpressionFollows(_ i: Int, _ table: Lexicon.HateExpressionTable) -> Bool {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let breakBefore = TokenFlags.breakBefore.rawValue, negated = TokenFlags.negated.rawValue
        guard i >= 1, groups[i] >= 0, groups[i - 1] < 0, flags[i] & breakBefore == 0,
            table.subordinators.contains(hashes[i - 1])
        else { return false }
        let j = groupPhraseEnd(groupEnd(i), table.affirmations)
        guard j < n, flags[j] & breakBefore == 0 else { return false }
        let tail = table.invertedTails.match(tokens, at: j)
        let end = tail > 0 ? j + tail : (tokens.cues[j] == Lexicon.Cue.negative.rawValue ? j + 1 : -1)
        guard end > j, end < n, flags[end] & breakBefore == 0, table.inversionVerbs.contains(hashes[end]),
            end + 1 == n || flags[end + 1] & breakBefore != 0
        else { return false }
        return !(j...end).contains { flags[$0] & negated != 0 }
    }

    /// Whether the last message denies a group it names its worth, plainly: the group opening its clause and,
    /// within five words, a negated word of ``Lexicon/groupWorthWords`` ("vrouwen zijn niet slim", "gays are not
    /// normal"), or a group after a denying determiner with such a word within five words ("ningún inmigrante es
    /// buena persona", "aucun immigré n'est une bonne personne"), or "nothing good about" a group. Not when the
    /// message quotes, or holds a word that condemns or reports, or a hostile word is negated next to it ("not
    /// good or bad").
    func deniesGroupWorth(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let n = tokens.count
        let hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue
        if condemnsOrReports() { return false }
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        // A negated worth word within five words after the group that ends before `j`, in its clause, before any
        // other group or hostile word, and with no hostile word or "bad" just after it.
        func worthDeniedAfter(_ j: Int) -> Bool {
            var k = j
            while k < min(n, j + 5), !flag(k).contains(.breakBefore), groups[k] < 0 {
                if cues[k] == hostile { return false }
                if table.worthWords.contains(hashes[k]) {
                    guard flag(k).contains(.negated) else { return false }
                    // "not good or bad": a hostile word denied in the same breath.
                    var m = k + 1
                    while m < min(n, k + 4), !flag(m).contains(.breakBefore) {
                        if cues[m] == hostile || Self.worthOpposites.contains(hashes[m]) { return false }
                        m += 1
                    }
                    return true
                }
                k += 1
            }
            return false
        }
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) && !table.excludedGroupWords.contains(hashes[i]) {
            let end = groupEnd(i)
            // "nothing good about …"
            if i >= 3, !flag(i).contains(.breakBefore), hashes[i - 1] == Self.about,
                table.worthWords.contains(hashes[i - 2]), flag(i - 2).contains(.negated),
                flag(i - 3).contains(.negator)
            {
                return true
            }
            // A denying determiner right before the group.
            var denied = false
            for length in 1...3 where i - length >= 0 {
                let start = i - length
                if table.denyingDeterminers.match(tokens, at: start) == length, !flag(start).contains(.negated) {
                    denied = true
                }
            }
            // Or the group opening its clause.
            if (denied || groupOpensClause(i, table, hostileBridges: false)) && worthDeniedAfter(end) { return true }
        }
        return false
    }

    private static let about = FNV.hash("about")
    /// "Bad" and its translations, too general to be hostile cues, which after a denied worth word make it a
    /// refusal to judge ("not good or bad", "ni buenos ni malos").
    private static let worthOpposites = WordSet(
        ["bad", "evil", "malos", "malas", "malo", "mala", "mauvais", "mauvaises", "mechants", "slecht", "slechte",
         "daliga", "onda", "dolents"])

    /// Whether the last message calls for a group's exclusion, plainly: a word of obligation, at most three words
    /// before an exclusion verb in its clause (``Lexicon/exclusionVerbs``, ``Lexicon/obligationWords``), then —
    /// after at most three bridge words — a group ("we should deport Muslims", "habría que echar a todos los
    /// moros") or a place of its faith with "all" ("on devrait fermer toutes les mosquées"); or, for the verb at
    /// the end (Dutch, German-like order), the group or place between the obligation and the verb ("we moeten alle
    /// moskeeën sluiten"). Not when the verb is negated ("we must not deport refugees"), or the message quotes,
    /// condemns or reports.
    func callsForExclusion(_ table: Lexicon.HateExpressionTable) -> Bool { exclusionTarget(table) != nil }

    /// The group (its index in `TargetGroup.allCases`) the last message calls to exclude, as
    /// ``callsForExclusion(_:)`` reads it, or nil. A place of a faith names its group here even when the message
    /// holds no hostile word (which the features require).
    func exclusionTarget(_ table: Lexicon.HateExpressionTable) -> Int8? {
        guard !tokens.anyQuote else { return nil }
        let n = tokens.count
        let hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, infos = tokens.infos
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        // The group a token names: its own, or that of a place of a faith (which counts only with "all").
        func target(_ j: Int, universal: Bool) -> Int8? {
            if groups[j] >= 0 { return table.excludedGroupWords.contains(hashes[j]) ? nil : groups[j] }
            guard universal, infos[j] & Lexicon.placeBit != 0, infos[j] & Lexicon.groupMask != 0 else { return nil }
            return Int8(truncatingIfNeeded: Int(infos[j] & Lexicon.groupMask) - 1)
        }
        // An obligation at most three words before `i`, in its clause, not negated.
        func obliged(before i: Int) -> Bool {
            var k = i
            while k > max(0, i - 3), !flag(k).contains(.breakBefore) {
                k -= 1
                if table.obligations.contains(hashes[k]) && !flag(k).contains(.negated) { return true }
            }
            return false
        }
        var found: Int8?
        for i in 0..<n where found == nil {
            let verb = table.exclusionVerbs.match(tokens, at: i)
            guard verb > 0, !flag(i).contains(.negated) else { continue }
            // Obligation, verb, group.
            if obliged(before: i) {
                var j = i + verb, universal = false
                while j < n, j < i + verb + 3, !flag(j).contains(.breakBefore), groups[j] < 0,
                    table.bridges.contains(hashes[j]) || table.universal.contains(hashes[j])
                {
                    universal = universal || table.universal.contains(hashes[j])
                    j += 1
                }
                if j < n, !flag(j).contains(.breakBefore) { found = target(j, universal: universal) }
            }
            // Obligation, group, verb (the verb last).
            if found == nil, i > 0, !flag(i).contains(.breakBefore), let g = target(i - 1, universal: true) {
                var start = i - 1
                while start > 0, groups[start - 1] == groups[i - 1], groups[start - 1] >= 0 { start -= 1 }
                var universal = false
                var k = start
                while k > max(0, start - 3), !flag(k).contains(.breakBefore),
                    table.bridges.contains(hashes[k - 1]) || table.universal.contains(hashes[k - 1])
                {
                    universal = universal || table.universal.contains(hashes[k - 1])
                    k -= 1
                }
                if (groups[i - 1] >= 0 || universal) && obliged(before: k) { found = g }
            }
            // A group set apart and taken up by a pronoun ("Les Gitans, faut les parquer").
            if found == nil {
                found = excludesSetApartGroup(verbAt: i, length: verb, obliged: obliged(before: i), table)
            }
        }
        guard let found, !condemnsOrReports() else { return nil }
        return found
    }

    /// Whether the last message makes a hateful claim about a group inside a rhetorical question or an appeal to
    /// what everyone knows (``Lexicon/rhetoricalOpeners``): the opener, then within three words a group, then
    /// within four words of it — with no negator of its own between — a hostile word or "less" before a word of
    /// worth ("isn't it obvious that women are less intelligent?", "don't you think gays are disgusting?"). The
    /// opener's negator, which the tokeniser lets reach the claim, does not negate it. Not when the message quotes,
    /// or condemns or reports outside the opener.
    func asksHatefulQuestion(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let n = tokens.count
        let hashes = tokens.hashes, flags = tokens.flags, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        for i in 0..<n {
            let opener = table.rhetorical.match(tokens, at: i)
            guard opener > 0, let named = groupFollowing(i + opener, table),
                !table.excludedGroupWords.contains(hashes[named.lowerBound])
            else { continue }
            let j = named.upperBound
            if j < n, table.subjunctives.contains(hashes[j]) { continue }
            var claimed = false
            var k = j
            while !claimed, k < min(n, j + 4), !flag(k).contains(.breakBefore), !flag(k).contains(.negator) {
                // "why are Muslims blamed for terrorism?" asks about the group as a victim.
                if table.victimWords.contains(hashes[k]) { break }
                claimed = cues[k] == hostile
                    || (k > j && table.worthWords.contains(hashes[k]) && table.less.contains(hashes[k - 1]))
                k += 1
            }
            guard claimed else { continue }
            return !condemnsOrReports(outside: i..<(i + opener))
        }
        return false
    }

    /// The words of a group named at `j` or after at most three bridge words — or hostile words too, with
    /// `hostileBridges` ("I can't stand all these fucking …") — in the clause of `j`, or nil.
    func groupFollowing(_ j: Int, _ table: Lexicon.HateExpressionTable, hostileBridges: Bool = false) -> Range<Int>? {
        groupFollowing(j, bridges: table.bridges, hostileBridges: hostileBridges)
    }

    /// ``groupFollowing(_:_:hostileBridges:)`` with other bridge words than the language's (the verdict rules let
    /// one member count: "letting a woman vote", ``judgesGroupInPosition(_:)``).
    func groupFollowing(_ j: Int, bridges: WordSet, hostileBridges: Bool = false) -> Range<Int>? {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let start = j
        var j = j
        while j < n, j < start + 3, groups[j] < 0, flags[j] & TokenFlags.breakBefore.rawValue == 0,
            bridges.contains(hashes[j]) || (hostileBridges && cues[j] == Lexicon.Cue.negative.rawValue)
        {
            j += 1
        }
        guard j < n, groups[j] >= 0, flags[j] & TokenFlags.breakBefore.rawValue == 0 else { return nil }
        return j..<groupEnd(j)
    }

    /// Whether the group named at `i` opens its clause: at most three bridge words before it in the clause — or
    /// hostile words too, with `hostileBridges` ("these filthy …") — and nothing else.
    func groupOpensClause(_ i: Int, _ table: Lexicon.HateExpressionTable, hostileBridges: Bool) -> Bool {
        let hashes = tokens.hashes, flags = tokens.flags, cues = tokens.cues
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        var start = i
        while start > 0, !opens(start), start > i - 3,
            table.bridges.contains(hashes[start - 1])
                || (hostileBridges && cues[start - 1] == Lexicon.Cue.negative.rawValue)
        {
            start -= 1
        }
        return start == 0 || opens(start)
    }

    /// The index after the words of the group named at `i` (both words of a two-word term carry the group).
    func groupEnd(_ i: Int) -> Int {
        let groups = tokens.groups
        var end = i
        while end < tokens.count, groups[end] == groups[i] { end += 1 }
        return end
    }

    /// Whether the last message holds a word that condemns or reports (a counter-speech or reported-speech cue,
    /// negated or not) outside `words` — the rule's own words, which may be such cues ("stand" of "I can't stand",
    /// "words" of "14 words").
    func condemnsOrReports(outside words: Range<Int> = 0..<0) -> Bool {
        // With no words to leave out, the message's cue mask already holds the answer.
        if words.isEmpty { return cueMask & Self.counterOrReportBits != 0 }
        let counter = Lexicon.Cue.counter.rawValue, report = Lexicon.Cue.report.rawValue
        let cues = tokens.cues
        for k in 0..<tokens.count where !words.contains(k) && (cues[k] == counter || cues[k] == report) { return true }
        return false
    }

    /// Whether the last message attributes a hostile claim about a group to someone else in order to rebut it: a
    /// frame of ``Lexicon/rebuttalFrames`` ("if you think …", "ceux qui disent que …"), then within three words a
    /// group, then within four words of it, in the same clause, a hostile word, or right after it an expression or a
    /// trope of ``Lexicon/hateExpressionsAfter`` or ``Lexicon/tropesAfter`` — and no word after the claim that
    /// endorses it ("… you're right"); or a frame of ``Lexicon/blameStopFrames`` right before a group ("stop
    /// blaming refugees …"). Such a message is counter-speech whatever the model scored.
    func rebutsHatefulClaim(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0 else { return false }
        let n = tokens.count
        let hashes = tokens.hashes, flags = tokens.flags, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        for i in 0..<n {
            // "Stop blaming refugees for everything" asks others to stop; no claim to rebut.
            let stop = table.blameStops.match(tokens, at: i)
            if stop > 0, !flag(i).contains(.negated), groupFollowing(i + stop, table) != nil { return true }
            let frame = table.rebuttals.match(tokens, at: i)
            guard frame > 0, !flag(i).contains(.negated), let named = groupFollowing(i + frame, table) else { continue }
            let j = named.upperBound
            var claim = -1
            var k = j
            while claim < 0, k < min(n, j + 4), !flag(k).contains(.breakBefore) {
                // A trope or declared disgust after the group is a claim too ("If you think women belong in the
                // kitchen, you're the problem" 0.61; 2026-12-01, twelfth session).
                if cues[k] == hostile || (k < j + 2 && table.after.match(tokens, at: k) > 0) { claim = k }
                k += 1
            }
            guard claim >= 0 else { continue }
            for m in (claim + 1)..<n where table.endorsements.contains(hashes[m]) { return false }
            return true
        }
        return false
    }

    /// Whether the last message names a group and later declares hatred of it by a pronoun
    /// (``Lexicon/pronounHateExpressions``: "… musulmans et je les déteste tous", "… ik haat ze allemaal"): the
    /// declaration not negated from outside, after a group word, with no quotation and no word that condemns or
    /// reports outside it.
    func hatesGroupByPronoun(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let n = tokens.count, groups = tokens.groups, flags = tokens.flags
        var named = false
        for i in 0..<n {
            if groups[i] >= 0 { named = true; continue }
            guard named else { continue }
            let length = table.pronounHate.match(tokens, at: i)
            guard length > 0, flags[i] & TokenFlags.negated.rawValue == 0 else { continue }
            return !condemnsOrReports(outside: i..<(i + length))
        }
        return false
    }

    /// Whether the last message wishes harm on a group it names: a wish frame (``Lexicon/wishFrames``) not
    /// negated from outside, then in its sentence a group and a harm (``Lexicon/wishedHarmWords`` or a hostile
    /// word), neither negated (by a negator outside the frame: a frame asked as a negative question, "wouldn't it
    /// be great if …", holds its own), before any negator or word that ends a harm (``Lexicon/wishStopWords``); no
    /// quotation and no word that condemns or reports.
    func wishesHarm(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else { return false }
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        for i in 0..<n {
            let frame = table.wishes.match(tokens, at: i)
            guard frame > 0, !flag(i).contains(.negated) else { continue }
            // A wish asked as a negative question ("Zou het niet geweldig zijn als …") negates with its own words
            // what follows it; only a negator after the frame denies the harm.
            let rhetorical = (i..<(i + frame)).contains { flag($0).contains(.negator) }
            var group = false, harm = false
            var k = i + frame
            // The wish reaches to the end of its sentence; a comma inside it ("… if, one day, …") does not end it,
            // so it reads at most twelve words.
            while k < min(n, i + frame + 12) {
                if rhetorical || !flag(k).contains(.negated) {
                    if groups[k] >= 0 { group = true }
                    if table.wishedHarms.contains(hashes[k]) || cues[k] == Lexicon.Cue.negative.rawValue { harm = true }
                }
                if flag(k).contains(.negator) || table.wishStops.contains(hashes[k]) { break }
                k += 1
            }
            if group && harm { return true }
        }
        return false
    }
    /// Whether "ik" at `i` denies a group the speaker's liking, trust or tolerance with Dutch "niet" or "nooit"
    /// after the group ending the clause: "Ik mag joden niet", "Ik vertrouw Marokkanen nooit" (a verb of
    /// ``Lexicon/dutchDislikeVerbs`` between "ik" and the group), or in a subordinate clause, the verb last: "… dat
    /// ik moslims niet vertrouw". The negator reaches only the words after it, so the models read the warm verb
    /// ("Ik respecteer homo's niet" 0.05). Not when "ik" is negated from outside, or the clause goes on after the
    /// negator ("Ik mag moslims niet beledigen": a permission).
    private func dislikesGroupVerbFinal(_ i: Int, _ table: Lexicon.HateExpressionTable) -> Bool {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        func ends(_ k: Int) -> Bool { k == n || flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        func negator(_ k: Int) -> Bool { k < n && (hashes[k] == Self.niet || hashes[k] == Self.nooit) }
        guard i + 3 < n, hashes[i] == Self.ik, flags[i] & TokenFlags.negated.rawValue == 0 else { return false }
        // "ik mag <group> niet"
        if table.dislikeVerbs.contains(hashes[i + 1]), flags[i + 2] & TokenFlags.breakBefore.rawValue == 0,
            let named = groupFollowing(i + 2, table), negator(named.upperBound), ends(named.upperBound + 1)
        {
            return true
        }
        // "dat ik <group> niet vertrouw"
        guard let named = groupFollowing(i + 1, table), negator(named.upperBound) else { return false }
        let v = named.upperBound + 1
        return v < n && table.dislikeVerbs.contains(hashes[v]) && ends(v + 1)
    }

    /// The words of "ik kan niet zeggen dat" when "ik" at `i` follows them and a group, then a verb of
    /// ``Lexicon/dutchDislikeVerbs`` ending the clause, follow it: the speaker cannot claim liking or respect
    /// ("Ik kan niet zeggen dat ik transgenders respecteer" 0.0001). "zeggen" is a word that reports, so the frame
    /// is left out when the message is checked for one.
    private func cannotSayLikes(_ i: Int, _ table: Lexicon.HateExpressionTable) -> Range<Int>? {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        func ends(_ k: Int) -> Bool { k == n || flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        guard i >= 5, i + 2 < n, hashes[i] == Self.ik, hashes[i - 1] == Self.dat, hashes[i - 2] == Self.zeggen,
            hashes[i - 3] == Self.niet || hashes[i - 3] == Self.nooit, hashes[i - 5] == Self.ik,
            !(i - 4...i - 2).contains(where: ends), let named = groupFollowing(i + 1, table), named.upperBound < n,
            table.dislikeVerbs.contains(hashes[named.upperBound]), ends(named.upperBound + 1)
        else { return nil }
        return (i - 5)..<i
    }

    /// Negators that Dutch and Swedish put after what they deny (2026-12-01, tenth session).
    private static let negatorsAfter = WordSet(["niet", "nooit", "inte", "aldrig"])

    private static let ik = FNV.hash("ik"), niet = FNV.hash("niet"), nooit = FNV.hash("nooit")
    private static let dat = FNV.hash("dat"), zeggen = FNV.hash("zeggen")
    /// Whether a token of `range` is a negator.
    func holdsNegator(_ range: Range<Int>) -> Bool {
        let flags = tokens.flags
        return range.clamped(to: 0..<tokens.count).contains { flags[$0] & TokenFlags.negator.rawValue != 0 }
    }
}
