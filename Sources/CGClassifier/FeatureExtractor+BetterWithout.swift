extension FeatureExtractor {
    /// Whether the last message wishes a place rid of a group: "without" (``Lexicon/withoutWords``) right before
    /// the group (after bridge words: "sans les Roms"), and in the same clause before it a word that makes the
    /// group's absence a wish (``Lexicon/withoutWishWords``: better, safer, a paradise, to dream, to want) — "Dit
    /// land zou beter af zijn zonder moslims" (0.00), "Sverige vore bättre utan invandrare" (0.03), "Ce pays serait
    /// mieux sans les Roms" (0.15), "Je rêve d'un pays sans Noirs" (0.29). Or the group, then the wish word after it
    /// in the clause ("A world without Jews would be paradise"). The models read "without" as absence, not
    /// exclusion. Not when the message holds a negator ("It would not be better without …"), quotes, or holds a
    /// word that condemns or reports; not when a word that is not a bridge stands between "without" and the group
    /// ("a world without hatred of Jews").
    func wishesPlaceWithoutGroup(_ table: Lexicon.HateExpressionTable) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, !condemnsOrReports() else { return false }
        let t = Lexicon.betterWithout
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        func opens(_ k: Int) -> Bool { flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        // "Without" is itself a negator of the tokeniser ("sin", "zonder"); any other negator turns the wish.
        let negator = TokenFlags.negator.rawValue
        for k in 0..<n where flags[k] & negator != 0 && !t.without.contains(hashes[k]) { return false }
        for w in 0..<n where t.without.contains(hashes[w]) {
            let own = w + 1 < n && !opens(w + 1) && t.possessives.contains(hashes[w + 1])
            guard let named = groupFollowing(own ? w + 2 : w + 1, table) else { continue }
            var k = w
            while k > 0, !opens(k) {
                k -= 1
                if t.wishes.contains(hashes[k]) { return true }
            }
            k = named.upperBound
            while k < n, !opens(k) {
                if t.wishes.contains(hashes[k]) { return true }
                k += 1
            }
        }
        return false
    }
}
