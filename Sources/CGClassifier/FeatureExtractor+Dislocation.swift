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
        let opensClause = i == 0 || tokens.flags[i] & TokenFlags.breakBefore.rawValue != 0
        guard obliged || opensClause, takesUpByPronoun(verbAt: i, length: length) else { return nil }
        return setApartGroup(before: i, table)
    }

    /// Whether an object pronoun (``Lexicon/resumptiveObjectPronouns``) stands right before the verb at `i`,
    /// `length` words long, or right after it, in its clause ("les expulser", "deport them"), or is joined to it
    /// ("echarlos", ``Lexicon/encliticExclusionVerbs``).
    func takesUpByPronoun(verbAt i: Int, length: Int = 1) -> Bool {
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        let t = Lexicon.dislocation
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        return t.enclitics.contains(hashes[i])
            || (i > 0 && !opens(i) && t.pronouns.contains(hashes[i - 1]))
            || (i + length < n && !opens(i + length) && t.pronouns.contains(hashes[i + length]))
    }
}
