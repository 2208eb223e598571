extension FeatureExtractor {
    /// Whether the last message, in Dutch, describes a group by a relative clause ("Vrouwen die nachtdiensten draaien
    /// verdienen meer loon" 0.93, "Vluchtelingen die hier aankomen krijgen een cursus Nederlands" 0.73) and says
    /// nothing hostile: a group opening its clause with "die" right after it, no hostile word and no negated word in
    /// the message, no word that makes the wrong the group's own (``Lexicon/ownWords``), no slur or insult, and no
    /// declared hatred or threat (``expressesHatePlainly(_:)``: "Moslims die bidden verdienen klappen", and
    /// ``threatensBySplitVerb()``). The Dutch model, trained on our sentences, reads "<group> die …" as hostile.
    /// Until 2026-12-01 (fifteenth session) the victim rule held such messages down by reading "die" as the English
    /// verb; this rule keeps what that did for plain descriptions and no more.
    func describesGroupByDutchRelative(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard language == .nl, groupMask != 0, !tokens.anyQuote, !tokens.anyNegator,
            cueMask & Self.cueBit(.negative) == 0
        else { return false }
        let n = tokens.count, hashes = tokens.hashes, groups = tokens.groups
        let own = Lexicon.victims.own
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            guard groupOpensClause(i, table, hostileBridges: false) else { continue }
            let j = groupPhraseEnd(groupEnd(i), table.affirmations)
            guard j < n - 1, tokens.flags[j] & TokenFlags.breakBefore.rawValue == 0,
                hashes[j] == TokenizerCore.dutchDie
            else { continue }
            if (j..<n).contains(where: { own.contains(hashes[$0]) }) { return false }
            return !holdsSlurOrInsult(language) && !expressesHatePlainly(table) && !threatensBySplitVerb()
        }
        return false
    }
}
