extension Lexicon {
    /// The tables of ``FeatureExtractor/condemnsReportedHate(_:)``, built once.
    struct ReportedHateTables: Sendable {
        let reactions = PhraseTable(Lexicon.reportReactions)
        let denials = PhraseTable(Lexicon.reportDenials)
        let endorsements = PhraseTable(Lexicon.reportEndorsements)
        let firstPersons = WordSet(Lexicon.firstPersonSpeakers)
        let weakCounters = WordSet(Lexicon.weakCounterWords)
    }

    static let reportedHate = ReportedHateTables()
}
