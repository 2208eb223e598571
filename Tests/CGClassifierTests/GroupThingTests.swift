import Testing

@testable import CGClassifier

/// A group's word as the adjective of a thing — its cooking, its shops — is no mention of its people (2026-12-01,
/// twelfth session): "Die Chinese supermarkt heeft de beste noedels" scored 0.95, "La cocina marroquí es
/// deliciosa" 0.82.
@Suite("A group's things")
struct GroupThingTests {
    static func rule(_ extractor: FeatureExtractor, _ box: ModelBox) -> Bool {
        extractor.speaksOfGroupThing(box.expressions, language: box.language)
    }

    @Test(
        "the adjective before or after a noun of a thing, nothing hostile: held under the threshold",
        arguments: ["Die Chinese supermarkt heeft de beste noedels.", "La cocina marroquí es deliciosa."])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text, Self.rule)
    }

    @Test(
        "a hostile word, the people named too, a verb that looks like a thing: not the rule's",
        arguments: [
            "Chinese food is disgusting.", "Die Chinese winkels verkopen hondenvlees, net als die Chinezen zelf.",
            "Die Chinezen eten honden en verspreiden ziektes.", "Un juif te trompera toujours.",
            "Isn't it time we got rid of the immigrants?",
        ])
    func notLowered(text: String) throws {
        try HateExpressionTests.notSeenByBoxRule(text, Self.rule)
    }
}
