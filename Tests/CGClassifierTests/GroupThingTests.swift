import Testing

@testable import CGClassifier

/// Two neutral mentions the models flagged (2026-12-01, twelfth session): a group's word as the adjective of a
/// thing — its cooking, its shops ("Die Chinese supermarkt heeft de beste noedels" 0.95, "La cocina marroquí es
/// deliciosa" 0.82) — and a group said to be able or allowed to do something too ("Mannen mogen ook huilen"
/// 0.9988, "Los blancos también pueden sufrir discriminación" 0.76).
@Suite("A group's things; a group that may or can do something too")
struct GroupThingTests {
    /// The two rules, by the number the arguments below give.
    static func rule(_ number: Int) -> (FeatureExtractor, ModelBox) -> Bool {
        number == 0
            ? { $0.speaksOfGroupThing($1.expressions, language: $1.language) }
            : { $0.grantsGroupToo($1.expressions, language: $1.language) }
    }

    /// Held (`true`): the rule sees the message and holds the model's score just under the threshold.
    @Test(
        "what each rule holds and what it leaves",
        arguments: [
            // The adjective before or after a noun of a thing, nothing hostile.
            ("Die Chinese supermarkt heeft de beste noedels.", 0, true), ("La cocina marroquí es deliciosa.", 0, true),
            // A hostile word, the people named too, a verb that looks like a thing, a word that is "tea" elsewhere.
            ("Chinese food is disgusting.", 0, false),
            ("Die Chinese winkels verkopen hondenvlees, net als die Chinezen zelf.", 0, false),
            ("Die Chinezen eten honden en verspreiden ziektes.", 0, false), ("Un juif te trompera toujours.", 0, false),
            ("Isn't it time we got rid of the immigrants?", 0, false),
            // The group, a modal and "too" in its clause, nothing hostile.
            ("Mannen mogen ook huilen.", 1, true), ("Witte mensen kunnen ook slachtoffer zijn van discriminatie.", 1, true),
            ("Los hombres también pueden llorar.", 1, true),
            ("Los blancos también pueden sufrir discriminación.", 1, true),
            // A word of leaving, a hostile word, silence, a negation.
            ("Immigranten kunnen ook gewoon teruggaan naar hun eigen land.", 1, false),
            ("Moslims kunnen ook terroristen zijn.", 1, false), ("Vrouwen mogen ook eens hun mond houden.", 1, false),
            ("Vrouwen kunnen ook niet autorijden.", 1, false),
        ])
    func read(text: String, rule: Int, held: Bool) throws {
        try held
            ? HateExpressionTests.loweredByRule(text, Self.rule(rule))
            : HateExpressionTests.notSeenByBoxRule(text, Self.rule(rule))
    }
}
