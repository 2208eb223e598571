extension FeatureExtractor {
    /// Whether the last message names a group and its only words of violence stand in an idiom of success, devotion,
    /// delight or filming (``Lexicon/harmlessViolenceIdioms``: "killed it", "to die for", "shoot a documentary"), not
    /// negated and not followed in its clause by a word that turns it back into violence
    /// (``Lexicon/harmlessIdiomBreakers``: "kill it with fire"); no other hostile word, slur or insult in the message,
    /// and no quotation.
    func usesViolentWordsHarmlessly(_ language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, !holdsSlurOrInsult(language) else { return false }
        let t = Lexicon.harmlessIdioms
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue
        var idiom = false
        var k = 0
        while k < n {
            let length = t.idioms.match(tokens, at: k)
            guard length > 0 else {
                if cues[k] == hostile { return false }
                k += 1
                continue
            }
            if flags[k] & TokenFlags.negated.rawValue != 0 { return false }
            var after = k + length
            while after < min(n, k + length + 3), flags[after] & TokenFlags.breakBefore.rawValue == 0 {
                if t.breakers.contains(hashes[after]) { return false }
                after += 1
            }
            idiom = true
            k += length
        }
        return idiom
    }
}
