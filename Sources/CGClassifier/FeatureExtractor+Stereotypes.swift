extension FeatureExtractor {
    /// Whether the last message names a group and holds a word that ``blamesCrimeOnGroup()`` (an offender),
    /// ``refusesContactWithGroup()`` (a kind of contact), ``threatensByIdiom()`` (an idiom's last word) or
    /// ``comparesGroupToVermin(_:)`` (an animal) or ``ranksGroupBelowThings(_:)`` (an animal or an object) needs
    /// (``Lexicon/StereotypeTables/triggers``): when not, none of them can hold, and they are not run.
    func mayHoldStereotype() -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let triggers = Lexicon.stereotypes.triggers, hashes = tokens.hashes
        for i in 0..<tokens.count where triggers.contains(hashes[i]) { return true }
        return false
    }

    /// Whether the last message blames a crime on a group as the expected thing: a marker of expectation
    /// (``Lexicon/expectationMarkers``: "of course", "claro", "évidemment", "natuurlijk … weer"), a word for an
    /// offender and a group at most six words apart, none of them negated, in a message of at most 24 words ("Of
    /// course the shoplifter turned out to be an immigrant" 0.13, "Évidemment, le voleur était encore un Rom" 0.19),
    /// or a crime verb right after the group and a relative pronoun ("Of course it was a Moroccan who stole the
    /// bike" 0.05).
    /// Implicit derogation: no word in it is hostile. Not when a word makes someone a victim ("once again a thief
    /// robbed an immigrant"), the message quotes, or holds a word that condemns or reports.
    func blamesCrimeOnGroup() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else { return false }
        let t = Lexicon.stereotypes
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        guard n <= 24 else { return false }
        var marker = false, offender = -1, group = -1
        for i in 0..<n {
            // "… a Moroccan who stole the bike", "… un migrant qui a volé le sac": the group, a relative pronoun
            // (an auxiliary after it, an article before it), a crime — the group's, though the verb may be said of
            // a victim elsewhere.
            let groupsCrime = crimeOfGroupBefore(i)
            if !groupsCrime, t.victimisation.contains(hashes[i]) || t.against.contains(hashes[i]) { return false }
            guard flags[i] & TokenFlags.negated.rawValue == 0 else { continue }
            if !marker, t.markers.match(tokens, at: i) > 0 { marker = true }
            if t.offenders.contains(hashes[i]) || groupsCrime { offender = i }
            // A weapon stands for the offender, but not beside "a man" or "a woman", who is anyone ("Once again a
            // man with a knife …").
            if t.weapons.match(tokens, at: i) > 0, !(group >= 0 && Self.anyone.contains(groups[group])) { offender = i }
            if groups[i] >= 0 { group = i }
            // The offender and the group close together, the marker before both.
            if marker, offender >= 0, group >= 0, abs(offender - group) <= 6 { return true }
        }
        return false
    }

    /// The groups whose singular word names anyone: men and women.
    private static let anyone: Set<Int8> = [
        Int8(TargetGroup.allCases.firstIndex(of: .men)!), Int8(TargetGroup.allCases.firstIndex(of: .women)!),
    ]

    /// Whether the word at `i` is a crime verb of a relative clause right after a group: group, relative pronoun,
    /// crime ("a Moroccan who stole"); with an auxiliary after the pronoun ("un migrant qui a volé", "who has
    /// stolen"), or an article before it (Spanish "un gitano el que robó").
    private func crimeOfGroupBefore(_ i: Int) -> Bool {
        let t = Lexicon.stereotypes, hashes = tokens.hashes, groups = tokens.groups
        guard i >= 2, t.crimeVerbs.contains(hashes[i]) else { return false }
        var r = i - 1
        if t.relativeAuxiliaries.contains(hashes[r]) { r -= 1 }
        guard r >= 1, t.relatives.contains(hashes[r]) else { return false }
        var g = r - 1
        if t.relativeArticles.contains(hashes[g]), g >= 1 { g -= 1 }
        return groups[g] >= 0
    }

    /// The index of what a simile marker at `k` likens to: the next word, or the one after an article ("comme *des*
    /// rats").
    func simileObject(afterMarker k: Int) -> Int {
        k + 1 < tokens.count && Lexicon.stereotypes.simileArticles.contains(tokens.hashes[k + 1]) ? k + 2 : k + 1
    }

    /// Whether the last message refuses a group's company: a refusal (``Lexicon/refusalFrames``: "I would never",
    /// "me niego a", "je refuse de", "ik zou nooit") not itself negated, then in its sentence a kind of contact
    /// (``Lexicon/contactWords``: marry, hire, rent to, sit next to, eat what … cooked) and a group at most four
    /// words apart, with no other negator after the refusal ("I would never marry a Muslim"; the refusal's
    /// negator reaches the group, so the models read "never … Muslim" as a kind statement). Not when the message
    /// quotes, or holds a word that condemns or reports; "I don't want to live in a world where gay people can't
    /// marry" holds a second negator.
    func refusesContactWithGroup() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else { return false }
        let t = Lexicon.stereotypes
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        for i in 0..<n {
            let frame = t.refusals.match(tokens, at: i)
            guard frame > 0 else { continue }
            if refusalNegated(at: i) { continue }
            var lastContact = -1, group = -1
            var k = i + frame
            while k < min(n, i + frame + 12), flags[k] & TokenFlags.breakBefore.rawValue == 0 || k == i + frame {
                // French "n'" of "jamais je n'embaucherais" is the refusal's own: the elided negator is the only
                // word that carries both marks.
                if flags[k] & TokenFlags.negator.rawValue != 0, flags[k] & TokenFlags.negated.rawValue == 0 { break }
                if t.contact.contains(hashes[k]) {
                    if group >= 0, k - group <= 4 { return true }
                    lastContact = k
                }
                if groups[k] >= 0 && group < 0 {
                    group = k
                    if lastContact >= 0, k - lastContact <= 4 { return true }
                }
                k += 1
            }
        }
        return false
    }

    /// Whether the refusal frame at `i` is negated from before it ("not that I would never …"); a frame that opens
    /// with a negator ("je ne laisserais jamais") carries its own mark.
    func refusalNegated(at i: Int) -> Bool {
        let f = tokens.flags[i]
        return i > 0 && f & TokenFlags.negated.rawValue != 0 && f & TokenFlags.negator.rawValue == 0
    }

    /// Whether the last message threatens a group it names with an idiom of menace (``Lexicon/threatIdioms``:
    /// "your days are numbered", "on sait où vous habitez") after it, neither negated ("Racists, your days are
    /// numbered: Muslims are here to stay" names the group after the idiom); no quotation, no warm word and no word
    /// that condemns or reports.
    func threatensByIdiom() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & (Self.counterOrReportBits | Self.cueBit(.positive)) == 0
        else { return false }
        let t = Lexicon.stereotypes
        let n = tokens.count, flags = tokens.flags, groups = tokens.groups
        var group = false
        for i in 0..<n where flags[i] & TokenFlags.negated.rawValue == 0 {
            if groups[i] >= 0 { group = true }
            // An idiom may open with its own negator ("no habrá piedad", "geen genade", "ne sortiront pas vivants";
            // 2026-12-01, fourteenth session); no other idiom starts with one, so a negator starts only those.
            let length = t.threatIdioms.match(tokens, at: i)
            guard length > 0 else { continue }
            if group { return true }
            // The group right after the idiom, in its clause ("on réglera leur compte aux juifs").
            var k = i + length
            while k < min(n, i + length + 3), flags[k] & TokenFlags.breakBefore.rawValue == 0 {
                if groups[k] >= 0 { return true }
                k += 1
            }
        }
        return false
    }

    /// Whether the last message compares a group it names with vermin: the group opening its clause, then within eight
    /// words a simile (``Lexicon/simileMarkers``) and an animal (``Lexicon/verminWords``), an article between them
    /// at most ("Les musulmans grouillent comme des rats dans nos banlieues" 0.35, "Gypsies crawl out of their
    /// camps like rats"). English "like" must not follow the group at once ("Muslims like dogs" is a verb). Not when
    /// a word makes the group the one wronged or the simile a compliment (``Lexicon/simileVictimWords``: "Refugees
    /// are treated like animals", "they work like dogs"), the simile is negated, the message quotes, or holds a word
    /// that condemns or reports, or when a quantity stands before the group ("a group of men behaving like
    /// animals": some people, not the group; ``Lexicon/simileQuantifiers``).
    func comparesGroupToVermin(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else { return false }
        let t = Lexicon.stereotypes
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let like = FNV.hash("like")
        var i = 0
        while i < n {
            guard groups[i] >= 0 else {
                i += 1
                continue
            }
            let end = groupEnd(i)
            // "a group of men behaving like animals", "two men …": some people, not the group; "on parque les
            // migrants comme du bétail": the group is what is done to, not the one likened.
            if i > 0, t.simileQuantifiers.contains(hashes[i - 1]) || !groupOpensClause(i, table, hostileBridges: true) {
                i = end
                continue
            }
            var k = end
            scan: while k < min(n, end + 8), flags[k] & TokenFlags.breakBefore.rawValue == 0 || k == end {
                if t.simileVictims.contains(hashes[k]) { break scan }
                if t.simileMarkers.contains(hashes[k]), flags[k] & TokenFlags.negated.rawValue == 0,
                    k > end || hashes[k] != like
                {
                    let a = simileObject(afterMarker: k)
                    if a < n, flags[a] & TokenFlags.breakBefore.rawValue == 0, t.vermin.contains(hashes[a]) {
                        // A wrong after the animal, in the clause, makes the group its victim too ("Homo's werden
                        // als beesten opgejaagd").
                        var b = a + 1
                        while b < n, flags[b] & TokenFlags.breakBefore.rawValue == 0 {
                            if t.simileVictims.contains(hashes[b]) { break scan }
                            b += 1
                        }
                        return true
                    }
                }
                k += 1
            }
            i = end
        }
        return false
    }
}
