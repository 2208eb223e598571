import Testing

@testable import CGClassifier

/// "I have nothing against ‹group›, but …" and a hostile word after the "but" (2026-12-01, twelfth session): "No
/// tengo nada contra los gays, pero todos son pedófilos" scored 0.26, "Ik heb niets tegen homo's, maar ze zijn wel
/// allemaal pedofielen" 0.19.
@Suite("A disclaimer, then hostility")
struct DisclaimerTests {
    /// Seen (`true`): raised to the threshold, hateful. Not seen: the hostility aims at something else, nothing
    /// hostile follows, or no "but".
    @Test(
        "what the rule reads and what it leaves",
        arguments: [
            ("No tengo nada contra los gays, pero todos son pedófilos.", true),
            ("Ik heb niets tegen homo's, maar ze zijn wel allemaal pedofielen.", true),
            ("Ik heb niets tegen moslims, maar ik haat terrorisme.", false),
            ("Ik heb niets tegen vluchtelingen, maar het beleid is een ramp.", false),
            ("I have nothing against gay people and they are lovely.", false),
        ])
    func read(text: String, seen: Bool) throws {
        let rule: (FeatureExtractor, Lexicon.HateExpressionTable) -> Bool = { extractor, _ in
            extractor.disclaimsThenDerogates()
        }
        try seen ? HateExpressionTests.raisedByRule(text, rule) : HateExpressionTests.notSeenByRule(text, rule)
    }
}
