extension Lexicon {
    /// The tables of ``FeatureExtractor/ranksGroupBelowThings()``, built once.
    struct ComparisonTables: Sendable {
        let things = WordSet(Lexicon.comparisonThings)
        let comparatives = WordSet(Lexicon.rankingComparatives)
        let quantities = WordSet(Lexicon.quantityComparatives)
        let than = WordSet(Lexicon.rankingThanWords)
        let determiners = PhraseTable(Lexicon.comparisonDeterminers)
        let minds = WordSet(Lexicon.mindWords)
        let of = WordSet(Lexicon.ofWords)
        let victims = WordSet(Lexicon.comparisonVictimWords)
        let worth = WordSet(Lexicon.measuredWorthWords)
        let markers = PhraseTable(Lexicon.measureMarkers)
        let comparers = WordSet(Lexicon.measureComparers)
        let insults = WordSet(Lexicon.animalInsultWords)
        let insultStops = WordSet(Lexicon.animalInsultStops)
    }

    static let comparisons = ComparisonTables()
}
