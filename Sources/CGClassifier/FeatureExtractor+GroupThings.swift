extension FeatureExtractor {
    /// Whether the last message names its groups only as the adjective of a thing (``Lexicon/groupThingNouns``),
    /// right before the noun or right after it ("De Marokkaanse keuken is heerlijk" 0.56, "Die Chinese supermarkt
    /// heeft de beste noedels" 0.95, "La cocina marroquí es deliciosa" 0.82), and holds no hostile word but a
    /// Dutch demonstrative "die" (which points at the thing there), no slur or insult of `language`, no quotation
    /// and no declared hatred or trope. The models learnt a people's adjective from what is said of its people;
    /// said of its cooking or its shops it is a neutral or warm mention (2026-12-01, twelfth session).
    func speaksOfGroupThing(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyQuote else { return false }
        let nouns = Lexicon.groupThings.nouns
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let cues = tokens.cues
        let negative = Lexicon.Cue.negative.rawValue
        func joined(_ a: Int, _ b: Int) -> Bool { b < n && flags[b] & TokenFlags.breakBefore.rawValue == 0 }
        var any = false
        for i in 0..<n {
            if cues[i] == negative && flags[i] & TokenFlags.negated.rawValue == 0
                && hashes[i] != TokenizerCore.dutchDie
            {
                return false
            }
            guard groups[i] >= 0 else { continue }
            // One word of a group term: the thing's noun stands right before or right after it.
            let before = i > 0 && joined(i - 1, i) && nouns.contains(hashes[i - 1]) && groups[i - 1] < 0
            let after = i + 1 < n && joined(i, i + 1) && nouns.contains(hashes[i + 1]) && groups[i + 1] < 0
            guard before || after else { return false }
            any = true
        }
        return any && !holdsSlurOrInsult(language) && !expressesHatePlainly(table)
    }
}
