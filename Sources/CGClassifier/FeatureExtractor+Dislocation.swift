extension FeatureExtractor {
    /// The group (its index in `TargetGroup.allCases`) of a clause that only names a group and ends right before the
    /// clause holding `i` — "*Les Gitans*, faut les parquer", "*Immigrants*? Deport them" —, or nil. The set-apart
    /// clause may hold the group's words and ``Lexicon/hateExpressionBridges`` (articles, demonstratives: "*Ces*
    /// migrants, …") and nothing else. 2026-12-01 (thirteenth session).
    func setApartGroup(before i: Int, _ table: Lexicon.HateExpressionTable) -> Int8? {
        let hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { k == 0 || flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        var start = i
        while !opens(start) { start -= 1 }
        guard start > 0 else { return nil }
        var group: Int8?
        var k = start - 1
        while true {
            if groups[k] >= 0 {
                if table.excludedGroupWords.contains(hashes[k]) { return nil }
                group = group ?? groups[k]
            } else if !table.bridges.contains(hashes[k]) {
                return nil
            }
            if opens(k) { break }
            k -= 1
        }
        return group
    }

    /// Whether the exclusion verb at `i`, `length` words long, takes up a group set apart before its clause by an
    /// object pronoun — right before it ("faut *les* parquer"), right after it ("deport *them*") or joined to it
    /// ("echar*los*") — and its clause opens with it (an imperative) or an obligation stands before it.
    func excludesSetApartGroup(verbAt i: Int, length: Int, obliged: Bool, _ table: Lexicon.HateExpressionTable)
        -> Int8?
    {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        let t = Lexicon.dislocation
        let opensClause = i == 0 || flags[i] & TokenFlags.breakBefore.rawValue != 0
        guard obliged || opensClause else { return nil }
        let before = i > 0 && !opensClause && t.pronouns.contains(hashes[i - 1])
        let after = i + length < n && flags[i + length] & TokenFlags.breakBefore.rawValue == 0
            && t.pronouns.contains(hashes[i + length])
        guard before || after || t.enclitics.contains(hashes[i]) else { return nil }
        return setApartGroup(before: i, table)
    }
}
