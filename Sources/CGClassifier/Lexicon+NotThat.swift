extension Lexicon {
    // Words of ``FeatureExtractor/deniesGoodByNotThat()``: "it is not that ‹group› are ‹good›" ("Het is niet zo dat
    // moslims te vertrouwen zijn", "No es que los musulmanes sean de fiar"). Written normalised.

    /// Openers that deny what follows them.
    static let notThatOpeners: [String] = [
        "its not that", "it is not that", "its not like", "it is not like", "not that", "no es que", "no es como si",
        "ni que", "ce nest pas que", "ce n est pas que", "ce nest pas comme si", "ce n est pas comme si",
        "het is niet zo dat", "het is niet alsof", "niet dat", "det ar inte sa att", "no es que", "no es com si",
    ]

    /// Predicates of trust that the cue lists do not hold as warm words.
    static let trustPredicates: [String] = [
        "trustworthy", "to be trusted", "de fiar", "fiables", "confiables", "dignes de confiance", "fiables",
        "te vertrouwen", "betrouwbaar", "att lita pa", "palitliga", "de confianca",
    ]

    /// The tables of ``FeatureExtractor/deniesGoodByNotThat()``, built once.
    struct NotThatTables: Sendable {
        let openers = PhraseTable(Lexicon.notThatOpeners)
        let trust = PhraseTable(Lexicon.trustPredicates)
    }

    static let notThat = NotThatTables()
}
