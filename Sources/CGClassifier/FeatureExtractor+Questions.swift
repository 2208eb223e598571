extension FeatureExtractor {
    /// Whether the last message only asks about a group it names: it opens with a word that asks for information
    /// (``Lexicon/questionOpeners``) or a why-question about a practice, ends with a question mark (a riddle's
    /// answer after it is a joke), has at most sixteen words, and holds no hostile word (negated or not), no
    /// negator, no slur or insult of `language`, no quotation, no word that insinuates (``Lexicon/insinuationWords``:
    /// "how many *more* …"), no verb of exclusion ("how can we deport …"), no trope after a group ("why do Jews
    /// control the banks?") and no declared hatred (``expressesHatePlainly(_:)``). The models learnt question
    /// openers from hateful rhetorical questions and scored "What do Muslims eat during Eid?" 0.74 and "¿Cuántos
    /// refugiados llegaron a España?" 0.67.
    func asksPlainQuestion(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        let n = tokens.count
        guard groupMask != 0, tokens.endsWithQuestion, !tokens.anyQuote, !tokens.anyNegator, n <= 16,
            cueMask & (Self.cueBit(.negative) | Self.cueBit(.negative, negated: true)) == 0
        else { return false }
        let t = Lexicon.questions
        guard t.openers.match(tokens, at: 0) > 0 || asksAboutPractice(table) || asksByInversion(table) else {
            return false
        }
        for i in 0..<n {
            if t.insinuations.contains(tokens.hashes[i]) || table.exclusionVerbs.match(tokens, at: i) > 0 {
                return false
            }
            // A trope right after the group, which here does not open its clause ("why do Jews control the banks?").
            if tokens.groups[i] >= 0, i + 1 < n, tokens.groups[i + 1] < 0, table.after.match(tokens, at: i + 1) > 0 {
                return false
            }
        }
        return !holdsSlurOrInsult(language) && !expressesHatePlainly(table)
    }

    /// Whether the last message asks in French by inverting a pronoun after the group that opens it: "Les
    /// musulmans sont-*ils* bien accueillis en France ?" (0.71), "Les femmes gagnent-*elles* autant que les hommes
    /// ?". 2026-12-01, twelfth session.
    private func asksByInversion(_ table: Lexicon.HateExpressionTable) -> Bool {
        let n = tokens.count, groups = tokens.groups, hashes = tokens.hashes
        guard let g = (0..<min(n, 3)).first(where: { groups[$0] >= 0 }),
            groupOpensClause(g, table, hostileBridges: false)
        else { return false }
        let j = groupPhraseEnd(groupEnd(g), table.affirmations)
        return j + 1 < n && tokens.flags[j + 1] & TokenFlags.breakBefore.rawValue == 0
            && Lexicon.questions.invertedPronouns.contains(hashes[j + 1])
    }

    /// Whether the last message only states a pay gap: a group opening its clause, a verb of pay
    /// (``Lexicon/payVerbs``) right after it (or after a place of work: "Vrouwen in de haven verdienen …") or after
    /// one adverb, then within six words "less"
    /// (``Lexicon/lessWords``), and no other hostile word, negator, quotation, slur or insult of `language`.
    func statesPayGap(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        let n = tokens.count
        guard groupMask != 0, !tokens.anyQuote, !tokens.anyNegator, n <= 20 else { return false }
        let t = Lexicon.questions
        let hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        var less = asksWhyPaidLess(table)
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) && less < 0 {
            guard groupOpensClause(i, table, hostileBridges: false) else { continue }
            var j = groupPhraseEnd(groupEnd(i), table.affirmations)
            let breakBefore = TokenFlags.breakBefore.rawValue
            // A place of work after the group ("Vrouwen in de haven verdienen …"): a preposition and at most two
            // more words, none hostile.
            if j + 1 < n, flags[j] & breakBefore == 0, t.workPlaces.contains(hashes[j]) {
                var p = j + 1
                while p < min(n, j + 4), flags[p] & breakBefore == 0, !t.payVerbs.contains(hashes[p]),
                    cues[p] != Lexicon.Cue.negative.rawValue
                {
                    p += 1
                }
                if p < n, t.payVerbs.contains(hashes[p]) { j = p }
            }
            // The verb right after the group, or after one adverb ("still earn"): "should earn less" prescribes.
            var k = j
            if k + 1 < n, table.adverbs.contains(hashes[k]) || t.continuing.contains(hashes[k]),
                flags[k + 1] & breakBefore == 0
            {
                k += 1
            }
            guard k < n, flags[k] & breakBefore == 0, t.payVerbs.contains(hashes[k]) else { continue }
            var m = k + 1
            // "less" within six words: "ganan de media un 20 % menos", "verdienen gemiddeld 14 procent minder".
            while m < min(n, k + 7), flags[m] & TokenFlags.breakBefore.rawValue == 0 {
                if table.less.contains(hashes[m]) { less = m; break }
                m += 1
            }
        }
        guard less >= 0 else { return false }
        for i in 0..<n where i != less && cues[i] == Lexicon.Cue.negative.rawValue { return false }
        return !holdsSlurOrInsult(language)
    }

    /// The index of "less" when the message opens with a why-question about a group paid less: a why opener, then
    /// in its clause within seven words the group, a pay verb (``Lexicon/payVerbs``) and "less", in any order
    /// ("Pourquoi les femmes sont-elles moins payées ?" 0.93, "¿Por qué las mujeres cobran menos?"
    /// 0.78, "Waarom verdienen vrouwen minder?" 1.00); -1 otherwise. 2026-12-01, tenth session.
    private func asksWhyPaidLess(_ table: Lexicon.HateExpressionTable) -> Int {
        let opener = table.affirmations.whyOpeners.match(tokens, at: 0)
        guard opener > 0 else { return -1 }
        let n = tokens.count, hashes = tokens.hashes, pay = Lexicon.questions.payVerbs
        let end = (opener..<min(n, opener + 7)).first { tokens.flags[$0] & TokenFlags.breakBefore.rawValue != 0 }
            ?? min(n, opener + 7)
        guard (opener..<end).contains(where: { tokens.groups[$0] >= 0 }),
            (opener..<end).contains(where: { pay.contains(hashes[$0]) })
        else { return -1 }
        return (opener..<end).first { table.less.contains(hashes[$0]) } ?? -1
    }

    /// Whether the message opens with a why-question about a practice (``Lexicon/practiceVerbs``) right after the
    /// group it names ("Why do Muslims fast …?", "Waarom vasten moslims …?" with the verb right before the group).
    private func asksAboutPractice(_ table: Lexicon.HateExpressionTable) -> Bool {
        let opener = table.affirmations.whyOpeners.match(tokens, at: 0)
        guard opener > 0 else { return false }
        let t = Lexicon.questions, n = tokens.count, hashes = tokens.hashes
        if let named = groupFollowing(opener, table) {
            let j = groupPhraseEnd(named.upperBound, table.affirmations)
            return j < n && t.practices.contains(hashes[j])
        }
        // "¿Por qué rezan los musulmanes …?", "Pourquoi jeûnent les musulmans ?", "Waarom vasten moslims …?"
        return opener < n && t.practices.contains(hashes[opener]) && groupFollowing(opener + 1, table) != nil
    }

    /// Whether the last message asks a yes-no question with a negation that asserts a hostile claim about a group:
    /// it ends with "?", holds at most 14 words, opens with a negated auxiliary or a question's verb
    /// (``Lexicon/negatedQuestionOpeners``) or inverts a French pronoun ("ne sont-ils pas"), and has a negator, then
    /// a group, then within seven words a hostile word or an expression or trope said after a group (since 2026-12-01:
    /// "Zijn de joden niet de oorzaak van al onze problemen?") — "Aren't Jews just parasites in the end?" (0.19), "¿No son los
    /// judíos unos parásitos?" (0.11), "Les juifs ne sont-ils pas des parasites ?" (0.24), "Zijn joden niet gewoon
    /// parasieten?" (0.00); the negator, which the models read as denying the hostile word, asks instead. Not when
    /// a word after the group makes it the victim ("Aren't Muslims the victims of hate?"), the message quotes, or
    /// condemns or reports.
    func asksNegatedQuestion(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard isNegatedQuestion(), !condemnsOrReports() else { return false }
        let n = tokens.count
        let hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue
        var negator = -1, group = -1
        for k in 0..<n {
            if negator < 0, flags[k] & TokenFlags.negator.rawValue != 0 { negator = k }
            if group < 0, groups[k] >= 0 { group = k }
            if group >= 0, table.victimWords.contains(hashes[k]) { return false }
            // Seven words: "Les musulmans ne sont-ils pas *tous* des terroristes ?" has its hostile word seventh.
            if negator >= 0, group >= 0, k > group, k - group <= 7,
                cues[k] == hostile || table.after.match(tokens, at: k) > 0
            {
                return true
            }
        }
        return false
    }

    /// Whether the last message asks a yes-no question with a negation about a group ("Aren't …?", "¿No son
    /// …?", "Zijn … niet …?", "… ne sont-ils pas …?"): it names a group, ends with "?", holds a negator, at most
    /// 14 words and no quotation, and opens with a negated auxiliary or a question's verb or inverts a French
    /// pronoun.
    private func isNegatedQuestion() -> Bool {
        let n = tokens.count
        guard groupMask != 0, tokens.anyNegator, tokens.endsWithQuestion, !tokens.anyQuote, n <= 14 else {
            return false
        }
        let q = Lexicon.questions, hashes = tokens.hashes
        if q.negatedOpeners.contains(hashes[0]) { return true }
        for k in 1..<n where q.invertedPronouns.contains(hashes[k]) { return true }
        return false
    }

    /// Whether the last message affirms a group's humanity or equality by a question with a negation, with nothing
    /// hostile in it: "Aren't Jewish people just like everyone else?" (0.45), "¿No son los inmigrantes vecinos
    /// como los demás?" (0.65), "Les réfugiés ne sont-ils pas des êtres humains ?" (0.97) — after the group,
    /// within six words, a humanity word (``Lexicon/humanityWords``), an equality marker or "like everyone else"
    /// (``Lexicon/sameAsOthers``), or a warm word. The mirror of ``asksNegatedQuestion(_:)``.
    func affirmsByNegatedQuestion(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard isNegatedQuestion(), cueMask & (Self.cueBit(.negative) | Self.cueBit(.negative, negated: true)) == 0
        else { return false }
        let words = table.affirmations, q = Lexicon.questions
        let n = tokens.count, groups = tokens.groups, cues = tokens.cues
        guard let group = (0..<n).first(where: { groups[$0] >= 0 }) else { return false }
        let end = groupPhraseEnd(groupEnd(group), words)
        for k in end..<min(n, end + 6) {
            if words.humanity.match(tokens, at: k) > 0 || q.sameAsOthers.match(tokens, at: k) > 0
                || cues[k] == Lexicon.Cue.positive.rawValue
            {
                return true
            }
        }
        return false
    }
}
