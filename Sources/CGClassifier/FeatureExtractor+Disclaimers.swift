extension FeatureExtractor {
    /// Whether the last message disclaims hostility to a group and then, after a word of contrast, says something
    /// hostile: a disclaimer (``Lexicon/disclaimerPhrases``) with the group right after it or after at most two
    /// articles or prepositions,
    /// then "but" ("maar", "pero", "mais") later in the message, after it the group, a pronoun for it or a word of all
    /// of them (``Lexicon/disclaimerSubjects``) and then a hostile word that is not negated
    /// ("Ik heb niets tegen homo's, maar ze zijn wel allemaal pedofielen" 0.19, "No tengo nada contra los gays,
    /// pero todos son pedófilos" 0.26). The disclaimer is the negation the models learnt as kind; what follows
    /// "but" is what the message says. Not when the message quotes or holds a word that condemns or reports
    /// (2026-12-01, twelfth session).
    func disclaimsThenDerogates() -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let t = Lexicon.disclaimers
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let cues = tokens.cues
        let counter = Lexicon.Cue.counter.rawValue, report = Lexicon.Cue.report.rawValue
        for i in 0..<n {
            let length = t.phrases.match(tokens, at: i)
            guard length > 0 else { continue }
            // A word that condemns or reports, outside the disclaimer ("against" is a counter-speech cue).
            for k in 0..<n where (k < i || k >= i + length) && (cues[k] == counter || cues[k] == report) {
                return false
            }
            // At most two articles or prepositions before the group ("nada en contra de los inmigrantes").
            var g = i + length
            while g < min(n, i + length + 2), t.articles.contains(hashes[g]) { g += 1 }
            guard g < n, groups[g] >= 0,
                let but = (g + 1..<n).first(where: { flags[$0] & TokenFlags.contrast.rawValue != 0 })
            else { continue }
            // The group, a pronoun for it or a word of all of them first, then the hostile word.
            guard let s = (but + 1..<n).first(where: { t.subjects.contains(hashes[$0]) || groups[$0] >= 0 }) else {
                return false
            }
            return (s + 1..<n).contains {
                cues[$0] == Lexicon.Cue.negative.rawValue && flags[$0] & TokenFlags.negated.rawValue == 0
            }
        }
        return false
    }
}
