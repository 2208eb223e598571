extension FeatureExtractor {
    /// Whether the last message charges a group with something and then declares it the group's nature
    /// (``Lexicon/essentialismPhrases``: "Les Roms volent, c'est dans leur culture"): a group named, then a hostile
    /// word or a crime verb (``Lexicon/crimeVerbs``), neither negated, then the phrase, not negated. No quotation and
    /// no word that condemns or reports ("Dire que la violence est dans leurs gènes, c'est du racisme"). The charge
    /// may be a pronoun's ("Muslims? They steal, it's in their blood"); the models read the phrase's ordinary words.
    /// 2026-12-01 (thirteenth session).
    func essentialisesGroup() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else { return false }
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let crimes = Lexicon.stereotypes.crimeVerbs
        let hostile = Lexicon.Cue.negative.rawValue
        var named = false, charged = false
        for i in 0..<n {
            let negated = flags[i] & TokenFlags.negated.rawValue != 0
            if groups[i] >= 0 {
                named = true
                continue
            }
            guard named, !negated else { continue }
            if charged, Lexicon.essentialism.match(tokens, at: i) > 0 { return true }
            if cues[i] == hostile || crimes.contains(hashes[i]) { charged = true }
        }
        return false
    }
}
