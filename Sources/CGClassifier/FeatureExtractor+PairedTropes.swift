extension FeatureExtractor {
    /// Whether the last message opens with a group, a conjunction and the thing an old trope pairs that group with
    /// (``Lexicon/pairedTropes``: "Joden en geld, een gouden combinatie"), the pair ending its clause: at most two
    /// words before the group (articles), an article before the thing. Not when the message negates, quotes, holds
    /// a word that condemns or reports, or calls the pairing a myth (``Lexicon/pairedTropeDenials``).
    func pairsGroupWithTrope() -> Bool {
        guard groupMask != 0, !tokens.anyNegator, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else {
            return false
        }
        let t = Lexicon.pairedTropeTables
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups
        func opens(_ k: Int) -> Bool { k < n && flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        guard let g = (0..<min(n, 3)).first(where: { groups[$0] >= 0 }),
            !(0..<g).contains(where: { !t.articles.contains(hashes[$0]) })
        else { return false }
        var k = groupEnd(g)
        guard k < n - 1, !opens(k), t.joins.contains(hashes[k]) else { return false }
        k += 1
        if k < n - 1, !opens(k), t.articles.contains(hashes[k]) { k += 1 }
        guard k < n, !opens(k), t.nouns[hashes[k]] == groups[g], k + 1 == n || opens(k + 1) else { return false }
        return !(0..<n).contains { t.denials.contains(hashes[$0]) }
    }
}
