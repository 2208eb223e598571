extension FeatureExtractor {
    /// Whether the last message denies a hostile claim about a group, and says nothing hostile itself: a group
    /// opening its clause, a negator of ``Lexicon/claimNegators`` within its next three words, and after it in the
    /// clause a hostile word, a harm (``Lexicon/harmVerbs``), a word of ``Lexicon/deniableWords`` or a trope
    /// (``Lexicon/tropesAfter``) that the negator reaches — "No, Jewish people do
    /// not control the banks" (0.58), "Disabled people are not a
    /// burden", "Women are not worse drivers than men" (0.81). Not when a hostile word stands outside a negation
    /// anywhere in the message ("… not lazy, just stupid"), a warm word is denied ("not welcome"), the group's
    /// worth is denied
    /// (``deniesGroupWorth(_:)``: "gays are not normal"), the message quotes, is longer than 18 words, or goes on
    /// past the denial ("won't stop until …", ``Lexicon/denialBlockers``). Negation kind: the models read the
    /// hostile word and let the negator pass.
    func deniesHostileClaim(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard groupMask != 0, tokens.anyNegator, !tokens.anyQuote, tokens.count <= 18,
            cueMask & Self.cueBit(.positive, negated: true) == 0
        else { return false }
        let d = Lexicon.denials
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let cues = tokens.cues, hostile = Lexicon.Cue.negative.rawValue
        let determinerNo = Lexicon.determinerNegatorLanguages.contains(language)
        for k in 0..<n where d.blockers.contains(hashes[k]) { return false }
        for i in 0..<n {
            guard groups[i] >= 0, i == 0 || groups[i - 1] < 0, groupOpensClause(i, table, hostileBridges: false)
            else { continue }
            let j = groupPhraseEnd(groupEnd(i), table.affirmations)
            // The negator: at most two words (an auxiliary, an adverb) after the group, in its clause.
            var k = j, negator = -1
            while k < min(n, j + 3), flags[k] & TokenFlags.breakBefore.rawValue == 0 {
                if flags[k] & TokenFlags.negator.rawValue != 0 {
                    if d.negators.contains(hashes[k]), !(determinerNo && hashes[k] == d.no) { negator = k }
                    break
                }
                k += 1
            }
            guard negator >= 0 else { continue }
            // French "ne … jamais" denies only a harm ("… ne devraient jamais être moqués"): "ne … jamais" with
            // anything else says something of the group ("… ne travaillent jamais").
            var harmOnly = false
            if d.ne.contains(hashes[negator]) {
                guard negator + 2 < n else { continue }
                let second = hashes[negator + 1], third = hashes[negator + 2]
                let pas = d.pas.contains(second) || d.pas.contains(third)
                    || (second == d.en && third == d.rien)
                    || (negator + 3 < n && third == d.en && hashes[negator + 3] == d.rien)
                guard pas || second == d.jamais || third == d.jamais else { continue }
                harmOnly = !pas
            }
            // What it denies: a hostile word the negation reaches, or a trope right after the negator's words.
            var m = negator + 1, denied = false
            while m < n, flags[m] & TokenFlags.breakBefore.rawValue == 0 {
                // "not normal and disgusting": a worth denied is hate, whatever else the negation reaches.
                if table.worthWords.contains(hashes[m]) {
                    denied = false
                    break
                }
                if !denied, flags[m] & TokenFlags.negated.rawValue != 0 {
                    denied = d.harms.contains(hashes[m])
                        || (!harmOnly
                            && (cues[m] == hostile || d.deniable.contains(hashes[m])
                                || deniedTrope(at: m, table) || d.splitTropes.match(tokens, at: m) > 0))
                } else if !denied, !harmOnly, m == negator + 1, cues[m] == hostile {
                    denied = deniedComparative(m)
                }
                m += 1
            }
            guard denied, !deniesGroupWorth(table) else { continue }
            // No hostile word outside the negation, but a comparative the negator denies ("not worse drivers than
            // men": the tokeniser leaves a comparative un-negated, for "no better than rats").
            // A hostile word aimed at a prejudice ("… c'est la transphobie qui est une maladie") is no hostility.
            for k in 0..<n
            where cues[k] == hostile && flags[k] & TokenFlags.negated.rawValue == 0 && !clauseAimsAtPrejudice(k) {
                guard k == negator + 1, deniedComparative(k) else { return false }
            }
            return true
        }
        return false
    }

    /// Whether the hostile word at `k` is a comparative with "than" at most three words after it ("worse drivers
    /// than men").
    private func deniedComparative(_ k: Int) -> Bool {
        let than = Lexicon.denials.than, hashes = tokens.hashes
        return (k + 1..<min(tokens.count, k + 4)).contains { than.contains(hashes[$0]) }
    }

    /// Whether the last message refuses to believe a hostile claim about a group: a refusal of
    /// ``Lexicon/disbeliefFrames`` not negated ("I refuse to believe", "I don't think"), at most three
    /// complementisers ("at all that"), then within two words (articles) the group, and in the claim's clause a
    /// hostile word or a word of "less" — "Je refuse de croire que les femmes sont moins intelligentes" (0.72), "I
    /// refuse to believe Muslims are dangerous". Not when the claim denies the group's worth
    /// (``deniesGroupWorth(_:)``: "… that gays are normal", "Je ne crois pas que les juifs soient humains"), a
    /// hostile word stands before the refusal or after the claim's clause, another negator follows it, or the
    /// message quotes.
    func disbelievesHostileClaim(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let d = Lexicon.denials
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue
        for i in 0..<n {
            let frame = d.disbeliefs.match(tokens, at: i)
            guard frame > 0 else { continue }
            guard !refusalNegated(at: i), !(0..<i).contains(where: { cues[$0] == hostile }) else { return false }
            var k = i + frame
            while k < min(n, i + frame + 3), d.complementisers.contains(hashes[k]) { k += 1 }
            guard let group = (k..<min(n, k + 3)).first(where: { groups[$0] >= 0 }) else { return false }
            // The claim runs to its clause's end; hostility after it is the writer's own ("… dangerous, they're
            // vermin").
            var claimed = false
            var m = group + 1
            while m < n, flags[m] & TokenFlags.breakBefore.rawValue == 0 {
                if flags[m] & TokenFlags.negator.rawValue != 0 { return false }
                if cues[m] == hostile || table.less.contains(hashes[m]) { claimed = true }
                m += 1
            }
            if (m..<n).contains(where: { cues[$0] == hostile }) { return false }
            return claimed && !deniesGroupWorth(table)
        }
        return false
    }

    /// Whether the last message refuses to harm a group and says nothing hostile: a refusal
    /// (``Lexicon/refusalFrames``: "I would never", "je ne veux pas", "ik zou nooit") not negated from outside, then
    /// in its clause a harm (``Lexicon/harmVerbs``) and a group at most four words apart, with no other negator after
    /// the refusal, no hostile word outside a negation but the harm, no quotation and nothing after the denial
    /// (``Lexicon/denialBlockers``) — "I would never judge a Muslim for their faith" (0.51), "Ik zou nooit een
    /// vluchteling uitschelden" (0.76), "Je ne veux pas que les musulmans soient stigmatisés" (0.83). The mirror of
    /// ``refusesContactWithGroup()``, whose contact words are not harms. With `table`, the group may also be set
    /// apart before the refusal's clause and taken up by a pronoun beside the harm ("Les réfugiés, il ne faut pas
    /// les expulser" 0.82: ``setApartGroup(before:_:)``, 2026-12-01, thirteenth session).
    func refusesHarmToGroup(_ table: Lexicon.HateExpressionTable? = nil) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let d = Lexicon.denials, t = Lexicon.stereotypes
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        // A contact word that is also a harm is the harm (French "haïr" is English "hair").
        for k in 0..<n
        where d.blockers.contains(hashes[k]) || (t.contact.contains(hashes[k]) && !d.harms.contains(hashes[k])) {
            return false
        }
        for i in 0..<n {
            let frame = t.refusals.match(tokens, at: i)
            guard frame > 0 else { continue }
            if refusalNegated(at: i) { return false }
            var harm = -1, group = -1
            var k = i + frame
            while k < n, flags[k] & TokenFlags.breakBefore.rawValue == 0 || k == i + frame {
                if flags[k] & TokenFlags.negator.rawValue != 0, flags[k] & TokenFlags.negated.rawValue == 0 {
                    return false
                }
                if harm < 0, d.harms.contains(hashes[k]) { harm = k }
                if group < 0, groups[k] >= 0 { group = k }
                k += 1
            }
            if group < 0, harm >= 0, let table, takesUpByPronoun(verbAt: harm), setApartGroup(before: i, table) != nil {
                group = harm
            }
            guard harm >= 0, group >= 0, abs(harm - group) <= 4 else { return false }
            // No hostile word outside a negation but the refused harm itself, which the negator may not reach ("I
            // don't want any Roma to be hurt").
            let hostile = Lexicon.Cue.negative.rawValue
            return !(0..<n).contains {
                $0 != harm && tokens.cues[$0] == hostile && flags[$0] & TokenFlags.negated.rawValue == 0
            }
        }
        return false
    }

    /// Whether the last message says a group is treated like animals — the group, then in its clause a word that
    /// makes it the one wronged (``Lexicon/simileWrongs``: treated, herded, caged; "tratados", "traités",
    /// "behandeld") and a simile with an animal (``Lexicon/verminWords``, ``Lexicon/livestockWords``) — with
    /// no word of obligation or desert ("should be treated like animals" calls for it), no hostile word but the
    /// animal, and no quotation: "Los refugiados son tratados como animales en los campos" (0.85), "Vluchtelingen
    /// worden als vee behandeld aan de grens" (0.93). The mirror of ``comparesGroupToVermin(_:)``. Not when the
    /// message holds a threat (``holdsThreatPhrase()``: "Arabs will be hunted like dogs" promises it).
    func reportsGroupTreatedAsAnimals(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, !holdsThreatPhrase() else { return false }
        let t = Lexicon.stereotypes, d = Lexicon.denials
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let cues = tokens.cues, hostile = Lexicon.Cue.negative.rawValue
        var group = -1, wrong = -1, animal = -1
        for k in 0..<n {
            if table.obligations.contains(hashes[k]) || d.desert.contains(hashes[k]) { return false }
            if flags[k] & TokenFlags.breakBefore.rawValue != 0, animal < 0 { (group, wrong) = (-1, -1) }
            if group < 0, groups[k] >= 0 { group = k }
            if group >= 0, wrong < 0, d.wrongs.contains(hashes[k]) { wrong = k }
            if group >= 0, animal < 0, t.simileMarkers.contains(hashes[k]) {
                let a = simileObject(afterMarker: k)
                if a < n, t.vermin.contains(hashes[a]) || d.livestock.contains(hashes[a]) { animal = a }
            }
            if cues[k] == hostile, k != animal { return false }
        }
        return group >= 0 && wrong >= 0 && animal >= 0 && abs(animal - wrong) <= 4
    }

    /// Whether the last message condemns the people who harm a group, not the group: every group it names stands
    /// in a clause opened by a phrase about those people (``Lexicon/harmDoerPhrases``: "people who", "la gente
    /// que", "mensen die", "if you hate") together with a harm, or a hostile word with a verb of belief or speech
    /// (``Lexicon/beliefVerbs``) — "No soporto a la gente que
    /// insulta a los musulmanes" (0.75), "Ik walg van mensen die vluchtelingen uitschelden" (1.00), "Mensen die
    /// vrouwen minderwaardig vinden, moeten zich schamen" (0.96), "Si odias a los gais, el problema lo tienes tú"
    /// (0.90) — or the message holds a slogan that affirms every person (``Lexicon/humanitySlogans``: "Geen mens is
    /// illegaal, ook vluchtelingen niet" 0.97) and nothing hostile. Not when the message quotes, or a group stands
    /// outside such a clause ("Muslims are rats and people who defend them are traitors").
    func condemnsThoseWhoHarm(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let d = Lexicon.denials
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue, breakBefore = TokenFlags.breakBefore.rawValue
        if cueMask & Self.cueBit(.negative) == 0 {
            for k in 0..<n where d.slogans.match(tokens, at: k) > 0 { return true }
        }
        var covered = 0, inClauses = false
        var k = 0
        while k < n {
            let phrase = d.doers.match(tokens, at: k)
            guard phrase > 0 else {
                if groups[k] >= 0, k >= covered { return false }
                k += 1
                continue
            }
            // The clause: from the phrase (whose own words may be the harm: "if you hate") to the next break.
            var end = k
            var harmed = false, named = false, believed = false, hostileWord = false
            while end < n, flags[end] & breakBefore == 0 || end == k {
                if d.harms.contains(hashes[end]) || table.exclusionVerbs.match(tokens, at: end) > 0 { harmed = true }
                if cues[end] == hostile { hostileWord = true }
                if d.beliefs.contains(hashes[end]) { believed = true }
                if groups[end] >= 0 { named = true }
                end += 1
            }
            // A hostile word in the clause is those people's view only with a verb of belief or speech.
            harmed = harmed || (hostileWord && believed)
            if named {
                guard harmed else { return false }
                inClauses = true
            }
            covered = end
            k += phrase
        }
        return inClauses
    }

    /// Whether the last message denies hostility to a group and turns it on those who harm the group: "I don't
    /// despise Muslims, I despise the people who attack them" (0.45), "Ik veracht moslims niet, ik veracht de
    /// mensen die hen aanvallen" (raised to the threshold by the declared hatred). Every clause is either about
    /// those people — a phrase of ``Lexicon/harmDoerPhrases`` with a harm after it, and no warm word ("… people who
    /// attack them are heroes") — or names a group and holds a hostile word that a negator denies (before it, or
    /// after it as Dutch and Swedish put it), or holds neither; at least one of each of the first two. Not when the
    /// message quotes. 2026-12-01, sixteenth session.
    func redirectsHostilityToHarmers(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, tokens.anyNegator, !tokens.anyQuote else { return false }
        let d = Lexicon.denials
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue, warm = Lexicon.Cue.positive.rawValue
        let breakBefore = TokenFlags.breakBefore.rawValue
        let negator = TokenFlags.negator.rawValue, negated = TokenFlags.negated.rawValue
        var denied = false, redirected = false
        var start = 0
        while start < n {
            var end = start + 1
            while end < n, flags[end] & breakBefore == 0 { end += 1 }
            let clause = start..<end
            start = end
            if let doer = clause.first(where: { d.doers.match(tokens, at: $0) > 0 }) {
                guard (doer..<end).contains(where: { d.harms.contains(hashes[$0]) }),
                    !clause.contains(where: { cues[$0] == warm })
                else { return false }
                redirected = true
                continue
            }
            let named = clause.contains { groups[$0] >= 0 }
            // A hostile word, or a declaration of hatred ("ik veracht", whose verb is no cue word).
            let hostileWords = clause.filter { cues[$0] == hostile || table.before.match(tokens, at: $0) > 0 }
            guard named || !hostileWords.isEmpty else { continue }
            // Each hostile word denied: in the reach of a negator before it, or with one after it in the clause.
            let allDenied = hostileWords.allSatisfy { k in
                flags[k] & negated != 0 || ((k + 1)..<end).contains { flags[$0] & negator != 0 }
            }
            guard named, !hostileWords.isEmpty, allDenied else { return false }
            denied = true
        }
        return denied && redirected
    }

    /// Whether a trope of ``Lexicon/tropesAfter`` starts at `m` and holds no negator of its own: a trope said in
    /// the negative ("… ne savent pas conduire", "… ne veulent pas travailler") is the claim itself, and its "pas"
    /// denies nothing.
    private func deniedTrope(at m: Int, _ table: Lexicon.HateExpressionTable) -> Bool {
        let length = table.after.match(tokens, at: m)
        return length > 0 && !holdsNegator(m..<(m + length))
    }
}
