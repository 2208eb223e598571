extension FeatureExtractor {
    /// Whether the last message names a group and holds a phrase that insinuates a stereotype with no hostile word
    /// (``Lexicon/veiledInsinuations``: a job owed to a quota, a mosque on every corner, "especially when the police
    /// come", taxes unpaid): "Ils ont embauché une noire, sûrement pour les quotas" (0.09). The phrase not negated
    /// from outside (its own negator, "no pagan impuestos", is the trope's); no quotation, no warm word, no word that
    /// condemns or reports. 2026-12-01 (fourteenth session).
    func insinuatesByPhrase() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & (Self.counterOrReportBits | Self.cueBit(.positive)) == 0
        else { return false }
        let t = Lexicon.veiledHate, flags = tokens.flags
        for k in 0..<tokens.count {
            // A negated first word that is not itself the trope's negator denies the trope ("no es verdad que …" is
            // read by the rebuttal rules; "not because of the quota").
            if flags[k] & TokenFlags.negated.rawValue != 0, flags[k] & TokenFlags.negator.rawValue == 0 { continue }
            if t.insinuations.match(tokens, at: k) > 0 { return true }
        }
        return false
    }

    /// Whether the last message tells a place full of a group by a verb of vermin (``Lexicon/swarmPhrases``): the
    /// group within two words after it, in its clause, only articles between ("Ça grouille de chinois dans ce
    /// quartier" 0.07, "Het krioelt hier van de Marokkanen"). Not negated, no quotation, no word that condemns or
    /// reports; "La plage grouille de touristes" names no group. 2026-12-01 (fourteenth session).
    func swarmsWithGroup() -> Bool {
        guard groupMask != 0, !tokens.anyQuote, cueMask & Self.counterOrReportBits == 0 else { return false }
        let t = Lexicon.veiledHate, n = tokens.count, flags = tokens.flags, groups = tokens.groups
        let hashes = tokens.hashes
        for k in 0..<n where flags[k] & TokenFlags.negated.rawValue == 0 {
            let length = t.swarms.match(tokens, at: k)
            guard length > 0 else { continue }
            var g = k + length
            while g < min(n, k + length + 2), flags[g] & TokenFlags.breakBefore.rawValue == 0, groups[g] < 0,
                t.bridges.contains(hashes[g])
            {
                g += 1
            }
            if g < n, flags[g] & TokenFlags.breakBefore.rawValue == 0, groups[g] >= 0 { return true }
        }
        return false
    }
}
