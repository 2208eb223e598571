extension FeatureExtractor {
    /// Whether the clause holding token `k` is about a prejudice: it names one of ``Lexicon/prejudiceNouns``
    /// (not a group's own, after ``Lexicon/groupPossessives``) and no group. A hostile word there condemns the
    /// prejudice ("… c'est la transphobie qui est une maladie"), so a denial beside it stays a denial.
    func clauseAimsAtPrejudice(_ k: Int) -> Bool {
        let t = Lexicon.prejudice
        let hashes = tokens.hashes, groups = tokens.groups
        let (start, end) = clause(around: k)
        var named = false
        for m in start..<end {
            if groups[m] >= 0 { return false }
            if t.nouns.contains(hashes[m]), m == start || !t.possessives.contains(hashes[m - 1]) { named = true }
        }
        return named
    }
}
