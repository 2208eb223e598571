extension FeatureExtractor {
    /// Whether the last message says a group can or may do something too: the group opening the message or its
    /// clause, then a modal of ability or permission (``Lexicon/tooModals``) within two words and a word of "too"
    /// (``Lexicon/tooWords``) in the same clause — "Mannen mogen ook huilen" 0.9988, "Witte mensen kunnen ook
    /// slachtoffer zijn van discriminatie" 0.9999, "Los hombres también pueden llorar", "Men can cry too". Saying
    /// that a group shares what others may do or suffer includes it; the models read "ook" and "también" from
    /// hateful templates. Not when the message holds a negator, a hostile word that is not negated, a slur or
    /// insult of `language`, a quotation, a word of leaving (``Lexicon/departureWords``: "… kunnen ook gewoon
    /// teruggaan") or of silence or the kitchen (``Lexicon/tooStops``: "… mogen ook eens hun mond houden"), or
    /// declared hatred or a trope (2026-12-01, twelfth session).
    func grantsGroupToo(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyNegator, !tokens.anyQuote,
            cueMask & Self.cueBit(.negative) == 0
        else { return false }
        let t = Lexicon.grantedToo
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { k < n && flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        for i in 0..<n where groups[i] >= 0 && (i == 0 || groups[i - 1] < 0) {
            guard groupOpensClause(i, table, hostileBridges: false) else { continue }
            let end = groupPhraseEnd(groupEnd(i), table.affirmations)
            // "Mannen mogen ook …", "Los hombres también pueden …", "Men can … too".
            guard let m = (end..<min(n, end + 2)).first(where: { !opens($0) && t.modals.contains(hashes[$0]) }),
                !(end + 1..<m + 1).contains(where: opens)
            else { continue }
            var k = end
            var too = false
            while k < n, !(k > end && opens(k)) {
                if t.too.contains(hashes[k]) { too = true }
                if t.stops.contains(hashes[k]) || table.affirmations.departures.match(tokens, at: k) > 0 {
                    return false
                }
                k += 1
            }
            guard too, !(k..<n).contains(where: { groups[$0] >= 0 }) else { continue }
            return !holdsSlurOrInsult(language) && !expressesHatePlainly(table)
        }
        return false
    }
}
