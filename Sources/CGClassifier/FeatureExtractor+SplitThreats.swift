extension FeatureExtractor {
    /// Whether the last message threatens a group with a Dutch verb of violence split around its object
    /// (``Lexicon/splitThreatPhrases``): a finite verb — or an auxiliary of will or duty before an infinitive — and,
    /// later in its clause, the particle or object that makes it violence, the group between them or within four
    /// words after ("Ik snij de keel door van elke jood die ik tegenkom" 0.01, "Ik zou elke homo die ik zie een klap
    /// verkopen" 0.009, "Ik ga elke homo de keel doorsnijden"). The models read the words apart, and none of them is
    /// hostile alone ("door", "klap", "neer"). An object pronoun between stands for a group named elsewhere in the
    /// message. The speaker or the one addressed acts (``Lexicon/splitThreatSubjects`` before the verb or right
    /// after it), or the verb opens its clause as an order. Not when the clause holds a negator, the message
    /// quotes or holds a word that condemns or reports (2026-12-01, twelfth session).
    func threatensBySplitVerb() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else { return false }
        let t = Lexicon.splitThreats
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { k < n && flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        for v in 0..<n {
            guard let entry = t.entries.first(where: { $0.verbs.contains(hashes[v]) }) else { continue }
            var start = v
            while start > 0, !opens(start) { start -= 1 }
            var end = v + 1
            while end < n, !opens(end) { end += 1 }
            guard !(start..<end).contains(where: { flags[$0] & TokenFlags.negator.rawValue != 0 }) else { continue }
            let acts = start == v || (max(start, v - 3)..<v).contains { t.subjects.contains(hashes[$0]) }
                || (v + 1 < end && t.subjects.contains(hashes[v + 1]))
            guard acts else { continue }
            for k in (v + 1)..<min(end, v + 12) {
                let length = entry.ends.match(tokens, at: k)
                guard length > 0 else { continue }
                let between = (v + 1)..<k
                if between.contains(where: { groups[$0] >= 0 || t.pronouns.contains(hashes[$0]) })
                    || (k + length..<min(end, k + length + 4)).contains(where: { groups[$0] >= 0 })
                {
                    return true
                }
            }
        }
        return false
    }
}
