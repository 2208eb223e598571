extension FeatureExtractor {
    /// The index where a denying determiner right before the group word at `i` starts ("*No* woman", "*Ninguna*
    /// mujer", "*Aucun des* immigrés", "*Geen van de* vrouwen"), of ``Lexicon/denyingDeterminers`` or
    /// ``Lexicon/partitiveDenyingDeterminers``, when no negator before it negates it; nil when there is none. Such a
    /// determiner negates the group for the tokeniser, but it denies what the clause says of the group to every
    /// member (2026-12-01, fifteenth session).
    func denyingDeterminerStart(before i: Int, _ table: Lexicon.HateExpressionTable) -> Int? {
        let flags = tokens.flags
        guard i > 0, flags[i] & TokenFlags.breakBefore.rawValue == 0 else { return nil }
        let partitives = Lexicon.groupDeterminers.partitives
        for length in 1...4 where i - length >= 0 {
            let start = i - length
            guard flags[start] & TokenFlags.negated.rawValue == 0 else { continue }
            if table.denyingDeterminers.match(tokens, at: start) == length
                || partitives.match(tokens, at: start) == length
            {
                return start
            }
        }
        return nil
    }

    /// The index of the benefit a clause denies a group whose words end before `j`: within three words a desert verb
    /// (``Lexicon/desertVerbs``) and within four words after it a benefit (``Lexicon/benefitWords``), or a modal
    /// (``Lexicon/entitlementModals``) and a vote or right (``Lexicon/voteWords``) — negated, or after a denying
    /// determiner (`determined`), which also lets a verb of life with nothing after it but a place
    /// (``Lexicon/lifeVerbs``) count after a desert verb. Nil when there is none, or a word of
    /// ``Lexicon/harmDenials`` in the clause makes it a harm denied.
    func deniedBenefit(after j: Int, determined: Bool, _ words: Lexicon.AffirmationTable) -> Int? {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        let entitled = Lexicon.groupDeterminers
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        var clauseEnd = j
        while clauseEnd < n, !opens(clauseEnd) { clauseEnd += 1 }
        if (j..<clauseEnd).contains(where: { entitled.harmDenials.contains(hashes[$0]) }) { return nil }
        // A life denied: the clause ends after the verb, or goes on only with a place.
        func life(_ m: Int) -> Bool {
            guard determined, entitled.lives.contains(hashes[m]) else { return false }
            return m + 1 == clauseEnd || (m + 2 >= clauseEnd && entitled.lifePlaces.contains(hashes[m + 1]))
        }
        var k = j
        while k < min(clauseEnd, j + 3) {
            let desert = words.desertVerbs.contains(hashes[k])
            if desert || entitled.modals.contains(hashes[k]) {
                for m in (k + 1)..<min(clauseEnd, k + 6) {
                    let denied = desert
                        ? words.benefits.contains(hashes[m]) || life(m) : entitled.votes.contains(hashes[m])
                    if denied { return determined || flags[m] & TokenFlags.negated.rawValue != 0 ? m : nil }
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// Whether the last message denies a group a harm and says nothing hostile beside it: after a denying
    /// determiner opening its clause (``denyingDeterminerStart(before:_:)``), within three words after the group a
    /// desert verb or a modal of ``Lexicon/entitlementModals``, then in the clause a harm (``Lexicon/harmVerbs``,
    /// ``Lexicon/sufferingWords``, ``Lexicon/singularHarms`` or a hostile word) before any benefit, and after a modal
    /// no word of worth or humanity — "Ninguna mujer merece ser insultada por su ropa" (0.57), "Geen vrouw verdient
    /// het om geslagen te worden" (0.57), "no Black person should be treated like a criminal" (0.64); or after the
    /// group opening its clause, within three words a negated modal of ``Lexicon/entitlementModals`` or desert verb,
    /// then in the clause a word of ``Lexicon/harmDenials`` — "Gays should not be denied the right to marry" (0.73),
    /// "Women should not be paid less than men" (0.55). No hostile word outside that clause, no quotation. The
    /// mirror of ``deniesGroupRights(_:)`` (2026-12-01, fifteenth session).
    func deniesGroupHarm(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let words = table.affirmations, harms = Lexicon.denials.harms, own = Lexicon.groupDeterminers
        let hostile = Lexicon.Cue.negative.rawValue
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        func negated(_ k: Int) -> Bool { flags[k] & TokenFlags.negated.rawValue != 0 }
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            let determiner = denyingDeterminerStart(before: i, table)
            let start = determiner ?? i
            guard groupOpensClause(start, table, hostileBridges: false), determiner != nil || !negated(i) else {
                continue
            }
            let j = groupEnd(i)
            var clauseEnd = j
            while clauseEnd < n, !opens(clauseEnd) { clauseEnd += 1 }
            guard let k = (j..<min(clauseEnd, j + 3)).first(where: {
                words.desertVerbs.contains(hashes[$0]) || own.modals.contains(hashes[$0])
            }) else { continue }
            let denied: Bool
            if determiner != nil {
                let harm = ((k + 1)..<clauseEnd).first {
                    words.benefits.contains(hashes[$0]) || harms.contains(hashes[$0])
                        || own.singularHarms.contains(hashes[$0]) || words.suffering.contains(hashes[$0])
                        || cues[$0] == hostile
                }
                // After a modal, a word of worth or humanity makes the harm a standard ("No gay should be treated
                // like a normal person", "… like a human being"): only a desert verb's harm stands alone.
                let measured = !words.desertVerbs.contains(hashes[k]) && ((k + 1)..<clauseEnd).contains {
                    table.worthWords.contains(hashes[$0]) || words.humanity.match(tokens, at: $0) > 0
                }
                denied = !measured && (harm.map { !words.benefits.contains(hashes[$0]) } ?? false)
            } else {
                denied = ((k + 1)..<clauseEnd).contains { own.harmDenials.contains(hashes[$0]) && negated($0) }
            }
            guard denied else { continue }
            // Nothing hostile outside the clause of the harm denied.
            return !(0..<n).contains { ($0 < start || $0 >= clauseEnd) && cues[$0] == hostile && !negated($0) }
        }
        return false
    }
}
