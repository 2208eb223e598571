extension Lexicon {
    // Words of `TokenizerCore.dropAppositionPeople()`: a group set off by commas beside "those people" ("Esa gente,
    // los gitanos, no merece ninguna compasión"). Written normalised (lower case, no diacritics).

    /// Demonstratives before a word for people.
    static let appositionDemonstratives: [String] = [
        "those", "these", "that", "esa", "esta", "aquella", "esos", "estos", "aquellos", "ces", "cette", "ce", "die",
        "deze", "dat", "dit", "aquesta", "aquests", "aquella", "dessa", "de", "det",
    ]

    /// Words for people, or a lot of them, that a demonstrative makes a pointer to the group beside them.
    static let appositionPeople: [String] = [
        "people", "lot", "folks", "bunch", "gente", "gentuza", "tipos", "individuos", "gens", "individus", "mensen",
        "lui", "volk", "tuig", "gent", "folk", "manniskor", "typerna",
    ]

    /// Articles that may open the group phrase between the commas ("los gitanos", "the Roma").
    static let appositionArticles: [String] = [
        "the", "los", "las", "les", "de", "het", "els", "la", "el", "le",
    ]

    /// The tables of `TokenizerCore.dropAppositionPeople()`, built once.
    struct AppositionTables: Sendable {
        let demonstratives = WordSet(Lexicon.appositionDemonstratives)
        let people = WordSet(Lexicon.appositionPeople)
        let articles = WordSet(Lexicon.appositionArticles)
    }

    static let appositions = AppositionTables()
}
