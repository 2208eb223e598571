extension FeatureExtractor {
    /// Whether the last message announces violence against a group it names, as the speaker's own intent: a frame
    /// of intent (``Lexicon/intentFrames``: "I want to", "I'm gonna", "we will") not negated, right after it a verb
    /// of violence (``Lexicon/intentViolenceVerbs``), and after that, in the clause, the group, with at most four
    /// articles, quantifiers or hostile words between (``Lexicon/intentBridges``: "I want to strangle every lesbian
    /// in this city" 0.36). Not when the message quotes or holds a word that condemns or reports ("He said he would
    /// kill all Muslims"), when anything else stands between the verb and the group ("I will hurt anyone who
    /// touches a refugee"), or when a noun after the group makes it an event or a thing
    /// (``Lexicon/intentObjectNouns``: "I'm going to shoot a gay wedding next week").
    func threatensWithIntent(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, !condemnsOrReports() else { return false }
        let t = Lexicon.intent
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        let hostile = Lexicon.Cue.negative.rawValue
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        let negated = TokenFlags.negated.rawValue | TokenFlags.negator.rawValue
        for i in 0..<n where flags[i] & negated == 0 {
            let frame = t.frames.match(tokens, at: i)
            guard frame > 0 else { continue }
            let v = i + frame
            guard v < n, !opens(v), flags[v] & negated == 0, t.verbs.contains(hashes[v]) else { continue }
            var k = v + 1
            while k < min(n, v + 5), !opens(k), groups[k] < 0,
                t.bridges.contains(hashes[k]) || tokens.cues[k] == hostile
            {
                k += 1
            }
            guard k < n, !opens(k), groups[k] >= 0, flags[k] & TokenFlags.negated.rawValue == 0 else { continue }
            let end = groupEnd(k)
            if end < n, !opens(end), t.objects.contains(hashes[end]) { continue }
            return true
        }
        return false
    }
}
