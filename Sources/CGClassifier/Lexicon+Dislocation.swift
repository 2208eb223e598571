extension Lexicon {
    // Words of ``FeatureExtractor/setApartGroup(before:_:)``: a group named in a clause of its own and taken up by a
    // pronoun in the next ("Les Gitans, faut les parquer loin des honnêtes gens" 0.01, "Immigrants? Deport them
    // all", "Los moros, hay que echarlos a todos"). Written normalised. 2026-12-01 (thirteenth session).

    /// Object pronouns that take up a group set apart: before the verb in French, Spanish and Catalan, after it in
    /// English, Dutch and Swedish.
    static let resumptiveObjectPronouns: [String] = ["les", "los", "las", "them", "ze", "hen", "dem", "els"]

    /// Spanish and Catalan verbs of exclusion with the object pronoun joined to them ("echarlos", "expulsar-les"
    /// arrives as "expulsarles"); ``exclusionVerbs`` ends with them.
    static let encliticExclusionVerbs: [String] = [
        "echarlos", "echarlas", "expulsarlos", "expulsarlas", "deportarlos", "deportarlas", "encerrarlos",
        "encerrarlas", "sacarlos", "sacarlas", "eliminarlos", "eliminarlas", "exterminarlos", "exterminarlas",
        "expulsarles", "fotrels", "tancarlos",
    ]

    /// ``resumptiveObjectPronouns`` and ``encliticExclusionVerbs``, built once.
    struct DislocationTables: Sendable {
        let pronouns = WordSet(Lexicon.resumptiveObjectPronouns)
        let enclitics = WordSet(Lexicon.encliticExclusionVerbs)
    }

    static let dislocation = DislocationTables()
}
