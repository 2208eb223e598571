extension Lexicon {
    /// The words of ``FeatureExtractor/affirmsGroup(_:)`` by word hash, the same in every language (see
    /// `Lexicon+Affirmations.swift`).
    struct AffirmationTable: Sendable {
        let claimVerbs = PhraseTable(Lexicon.claimVerbs)
        let modalVerbs = WordSet(Lexicon.modalClaimVerbs)
        let desertVerbs = WordSet(Lexicon.desertVerbs)
        let benefits = WordSet(Lexicon.benefitWords)
        let benefitVerbForms = WordSet(Lexicon.benefitVerbForms)
        let peopleNouns = WordSet(Lexicon.peopleNouns)
        let copulas = WordSet(Lexicon.copulaWords)
        let fillers = WordSet(Lexicon.affirmationFillers)
        let humanity = PhraseTable(Lexicon.humanityWords)
        let protectiveVerbs = WordSet(Lexicon.protectiveVerbs)
        let sources = WordSet(Lexicon.protectionSources)
        let humanityFollowers = WordSet(Lexicon.humanityFollowers)
        let reflexives = PhraseTable(Lexicon.reflexiveWords)
        let departures = PhraseTable(Lexicon.departureWords)
        let praiseBefore = PhraseTable(Lexicon.praiseBefore)
        let praiseAfter = PhraseTable(Lexicon.praiseAfter)
        let wantMore = PhraseTable(Lexicon.wantMore)
        let conditions = WordSet(Lexicon.conditionWords)
        let celebrations = WordSet(Lexicon.celebrationVerbs)
        let attacks = WordSet(Lexicon.attackWords)
        let concessions = WordSet(Lexicon.concessiveWords)
        let praisedPlaces = PhraseTable(Lexicon.praisedPlaces)
        let equality = PhraseTable(Lexicon.equalityMarkers)
        let whyOpeners = PhraseTable(Lexicon.whyOpeners)
        let suffering = WordSet(Lexicon.sufferingWords)
        let accompaniments = WordSet(Lexicon.accompanimentWords)
        let verbLastModals = WordSet(Lexicon.verbLastModals)
    }
}
