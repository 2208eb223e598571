extension Lexicon {
    // Words of ``FeatureExtractor/disclaimsThenDerogates()``: "I have nothing against ‹group›, but …" followed by
    // a hostile word ("Ik heb niets tegen homo's, maar ze zijn wel allemaal pedofielen"). Written normalised.

    /// Disclaimers of hostility that a group follows, right after or after an article.
    static let disclaimerPhrases: [String] = [
        "nothing against", "no problem with", "nada contra", "nada en contra", "ningun problema con", "rien contre",
        "aucun probleme avec", "niets tegen", "niks tegen", "geen probleem met", "inget emot", "res contra",
        "cap problema amb",
    ]

    /// Articles and prepositions between the disclaimer and the group ("nada en contra *de los* inmigrantes").
    static let disclaimerArticles: [String] = ["the", "los", "las", "les", "de", "del", "els", "die", "des", "of"]

    /// Words after the "but" that make the group what the clause speaks of: plural subject pronouns, words of all
    /// of them, plural copulas ("… maar ze zijn …", "… pero todos son …"). Without one the hostility may aim at
    /// something else ("Ik heb niets tegen moslims, maar ik haat terrorisme").
    static let disclaimerSubjects: [String] = [
        "they", "theyre", "all", "are", "ellos", "ellas", "todos", "todas", "son", "ils", "elles", "tous", "toutes",
        "sont", "ze", "zij", "allemaal", "zijn", "de", "dom", "alla", "ar",
    ]

    /// The tables of ``FeatureExtractor/disclaimsThenDerogates()``, built once.
    struct DisclaimerTables: Sendable {
        let phrases = PhraseTable(Lexicon.disclaimerPhrases)
        let articles = WordSet(Lexicon.disclaimerArticles)
        let subjects = WordSet(Lexicon.disclaimerSubjects)
    }

    static let disclaimers = DisclaimerTables()
}
