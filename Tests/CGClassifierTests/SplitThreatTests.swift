import Testing

@testable import CGClassifier

/// A Dutch verb of violence split around the group it threatens (2026-12-01, twelfth session): "Ik snij de keel
/// door van elke jood die ik tegenkom" scored 0.01, "Ik zou elke homo die ik zie een klap verkopen" 0.009.
@Suite("Dutch threats with a split verb")
struct SplitThreatTests {
    static func rule(_ extractor: FeatureExtractor, _: Lexicon.HateExpressionTable) -> Bool {
        extractor.threatensBySplitVerb()
    }

    @Test(
        "the speaker's verb, the group, and the particle or object that makes it violence: a threat the model missed",
        arguments: [
            "Ik snij de keel door van elke jood die ik tegenkom.", "Ik zou elke homo die ik zie een klap verkopen.",
            "Ik geef elke homo een klap.",
        ])
    func raised(text: String) throws {
        try HateExpressionTests.raisedByRule(text, Self.rule)
        #expect(try #require(HateExpressionTests.classifier).classify(text).type == .threat, "\(text)")
    }

    /// Seen (`true`): an auxiliary before the infinitive, a pronoun for a group named before. Not seen: no group, a
    /// negated clause, a report of the past, a kind object, a threat quoted to condemn it.
    @Test(
        "what the rule reads and what it leaves",
        arguments: [
            ("Ik ga elke homo de keel doorsnijden.", true), ("Die moslims? Ik maak ze allemaal af.", true),
            ("Ik snij de keel door van die kip voor het kerstdiner.", false),
            ("Ik zou nooit een homo een klap geven.", false), ("Hij sloeg de moslim in elkaar.", false),
            ("Ik geef elke transvrouw een knuffel.", false), ("Wie zegt \"ik maak die joden af\" is een racist.", false),
        ])
    func read(text: String, seen: Bool) throws {
        try seen ? HateExpressionTests.seenByRule(text, Self.rule) : HateExpressionTests.notSeenByRule(text, Self.rule)
    }
}
