import Testing

@testable import CGClassifier

/// Two ways of saying hostility behind a negation the models read as kind (2026-12-01, twelfth session): "I have
/// nothing against ‹group›, but …" and a hostile word after the "but" ("No tengo nada contra los gays, pero todos
/// son pedófilos" 0.26, "Ik heb niets tegen homo's, maar ze zijn wel allemaal pedofielen" 0.19), and "it is not that
/// ‹group› are ‹good›" ("No es que los musulmanes sean de fiar" 0.07, "Het is niet zo dat moslims te vertrouwen
/// zijn" 0.31).
@Suite("A disclaimer, then hostility; something good denied with \"it is not that\"")
struct DisclaimerTests {
    /// The two rules, by the number the arguments below give.
    static func rule(_ number: Int) -> (FeatureExtractor, Lexicon.HateExpressionTable) -> Bool {
        number == 0
            ? { extractor, _ in extractor.disclaimsThenDerogates() }
            : { extractor, _ in extractor.deniesGoodByNotThat() }
    }

    /// Seen (`true`): raised to the threshold, hateful. Not seen: the hostility aims at something else, nothing
    /// hostile follows, negated hate, a second clause.
    @Test(
        "what each rule reads and what it leaves",
        arguments: [
            ("No tengo nada contra los gays, pero todos son pedófilos.", 0, true),
            ("Ik heb niets tegen homo's, maar ze zijn wel allemaal pedofielen.", 0, true),
            // "against" is a counter-speech cue of its own; a preposition and an article before the group.
            ("I have nothing against Jews, but they are all greedy parasites.", 0, true),
            ("No tengo nada en contra de los inmigrantes, pero son todos unos parásitos.", 0, true),
            ("Ik heb niets tegen moslims, maar wel tegen extremisten die geweld gebruiken.", 0, false),
            ("Ik heb niets tegen moslims, maar ik haat terrorisme.", 0, false),
            ("Ik heb niets tegen vluchtelingen, maar het beleid is een ramp.", 0, false),
            ("I have nothing against gay people and they are lovely.", 0, false),
            ("No es que los musulmanes sean de fiar.", 1, true),
            ("Het is niet zo dat moslims te vertrouwen zijn.", 1, true),
            ("No es que los musulmanes sean peligrosos.", 1, false),
            ("It's not that women are better, it's that men are worse.", 1, false),
        ])
    func read(text: String, rule: Int, seen: Bool) throws {
        try seen
            ? HateExpressionTests.raisedByRule(text, Self.rule(rule))
            : HateExpressionTests.notSeenByRule(text, Self.rule(rule))
    }
}
