extension FeatureExtractor {
    /// Whether the last message quotes or reports a hostile claim about a group in order to condemn it. The claim
    /// is the quoted words, or — with no quotation — the rest of the clause after a verb of saying whose speaker
    /// is not the writer ("She said trans people are mentally ill", not "I said …"), a group within its first four
    /// words. The claim must name a group or hold a hostile word; outside it, the message must condemn it (a
    /// counter-speech cue or one of ``Lexicon/reportReactions``: 'Phrases such as "women are worthless" do real
    /// harm', "… I was speechless"; a denial of its truth, ``Lexicon/reportDenials``, only when the claim holds a
    /// hostile word) and hold no hostile word of its own, and no word that endorses the claim
    /// (``Lexicon/reportEndorsements``: "… and he was right"), slur or animal. Counter-speech cues too general to
    /// condemn a quotation ("against", "stand", "claims": ``Lexicon/weakCounterWords``) do not count. A report with
    /// no quotation marks is read only in a message of at most ``longestReport`` words, and its claim must hold no
    /// slur.
    func condemnsReportedHate(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        // A quotation, or a verb of saying for the report: most messages have neither and leave at once.
        guard groupMask != 0, tokens.anyQuote || cueMask & Self.reportBits != 0 else { return false }
        let t = Lexicon.reportedHate, things = Lexicon.comparisons.things, vermin = Lexicon.stereotypes.vermin
        let slurs = Lexicon.slurSets[language]
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue, counter = Lexicon.Cue.counter.rawValue
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        // The reported claim, when there is no quotation: after a verb of saying, to the end of its clause.
        var claim = 0..<0
        if !tokens.anyQuote {
            // A report with no quotation marks is read only in a short message: a long one holds more than the
            // report and its reaction.
            guard n <= Self.longestReport else { return false }
            let report = Lexicon.Cue.report.rawValue
            // The verb may be negated by a reaction before it ("I can't believe someone said …").
            for r in 0..<n where cues[r] == report {
                if r > 0, !opens(r), t.firstPersons.contains(hashes[r - 1]) { continue }
                var g = r + 1
                while g < min(n, r + 5), !opens(g), groups[g] < 0 { g += 1 }
                guard g < min(n, r + 5), !opens(g), groups[g] >= 0 else { continue }
                var end = g + 1
                while end < n, !opens(end) { end += 1 }
                claim = (r + 1)..<end
                break
            }
            guard !claim.isEmpty else { return false }
        }
        // An endorsement anywhere, the claim included: a quotation left open runs to the message's end ("… is'
        // Zionist plot 'aiming to … I fucking second that!").
        // ("not true" denies: its "true" is negated.)
        for k in 0..<n where t.endorsements.match(tokens, at: k) > 0 && flags[k] & TokenFlags.negated.rawValue == 0 {
            return false
        }
        func inClaim(_ k: Int) -> Bool {
            tokens.anyQuote ? flags[k] & TokenFlags.quoted.rawValue != 0 : claim.contains(k)
        }
        // A quotation right after a group completes a claim about it ('… said women "should not be allowed to
        // vote"').
        var claimGroup = false, claimHostile = false, condemned = false, denied = false
        if tokens.anyQuote {
            for q in 1..<max(1, n) where flags[q] & TokenFlags.quoted.rawValue != 0 {
                claimGroup = groups[q - 1] >= 0
                break
            }
        }
        var k = 0
        while k < n {
            if inClaim(k) {
                // A slur in a report with no quotation marks is the writer's own word ("shocked to hear that
                // tranny …").
                if !tokens.anyQuote, let slurs, slurs.contains(hashes[k]) { return false }
                if groups[k] >= 0 { claimGroup = true }
                if cues[k] == hostile { claimHostile = true }
                k += 1
                continue
            }
            let denial = t.denials.match(tokens, at: k)
            if denial > 0 {
                denied = true
                k += denial
                continue
            }
            let reaction = t.reactions.match(tokens, at: k)
            if reaction > 0 {
                condemned = true
                k += reaction
                continue
            }
            // The writer's own slur or animal ('… "black people."' after "a monkey").
            if let slurs, slurs.contains(hashes[k]) { return false }
            if things.contains(hashes[k]) || vermin.contains(hashes[k]) { return false }
            if cues[k] == counter, !t.weakCounters.contains(hashes[k]) {
                condemned = true
            } else if cues[k] == hostile {
                return false
            }
            k += 1
        }
        // A denial condemns only a hostile claim: "They told us gays are normal. Lies." denies a friendly one.
        return (claimHostile && (condemned || denied)) || (claimGroup && condemned)
    }

    /// The bits of ``cueMask`` for a verb of saying, negated or not ("can't believe someone *said* …").
    static let reportBits = cueBit(.report) | cueBit(.report, negated: true)

    /// The most words a report with no quotation marks may have (``condemnsReportedHate(_:language:)``).
    static let longestReport = 30
}
