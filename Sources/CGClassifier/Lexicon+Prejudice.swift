extension Lexicon {
    /// Nouns that name a prejudice: a hostile word in a clause about one is aimed at the prejudice, not at a group
    /// ("Les trans ne sont pas malades, c'est la transphobie qui est une maladie" 0.94, "Los trans no son enfermos,
    /// la enfermedad es la transfobia" 0.95; 2026-12-01, fourteenth session). Written normalised.
    static let prejudiceNouns: [String] = [
        "racism", "sexism", "homophobia", "transphobia", "xenophobia", "antisemitism", "islamophobia", "misogyny",
        "bigotry", "hatred", "intolerance", "racismo", "sexismo", "machismo", "homofobia", "transfobia",
        "xenofobia", "antisemitismo", "islamofobia", "misoginia", "intolerancia", "racisme", "sexisme",
        "homophobie", "transphobie", "xenophobie", "antisemitisme", "islamophobie", "misogynie", "haine",
        "seksisme", "homofobie", "transfobie", "xenofobie", "vrouwenhaat", "haat", "onverdraagzaamheid", "rasism",
        "homofobi", "transfobi", "fientlighet", "masclisme",
    ]

    /// Possessives that make such a noun a group's own ("c'est *leur* haine qui est une maladie" says something of
    /// the group): the clause is then no clause about a prejudice.
    static let groupPossessives: [String] = [
        "their", "leur", "leurs", "su", "sus", "hun", "deras", "llur", "llurs", "its",
    ]

    /// The words of ``FeatureExtractor/clauseAimsAtPrejudice(_:)``, built once.
    struct PrejudiceTables: Sendable {
        let nouns = WordSet(Lexicon.prejudiceNouns)
        let possessives = WordSet(Lexicon.groupPossessives)
    }

    static let prejudice = PrejudiceTables()
}
