import Testing

@testable import CGClassifier

/// Words of violence in idioms of success, devotion, delight or filming ("The trans actress is killing it on
/// Broadway" 0.79): the models read "kill" and "die" beside a group as a threat (2026-12-01, twelfth session).
@Suite("Words of violence in harmless idioms")
struct HarmlessIdiomTests {
    @Test(
        "success, devotion and delight beside a group are held under the threshold",
        arguments: [
            "Our gay choir absolutely killed it last night.", "The trans actress is killing it on Broadway.",
            "I'd happily die for my gay brother.", "The bagels at the Jewish bakery are to die for.",
        ])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.usesViolentWordsHarmlessly(box.language)
        }
    }

    @Test(
        "an idiom turned back into violence, a wish of death, another hostile word, a slur",
        arguments: [
            "Muslims? Kill it with fire.", "Muslims should die for what they did.",
            "The Muslim killed it and then he killed the Jews.", "Those filthy gays killed it, sadly.",
            "I would die for my country, not for these faggots.",
        ])
    func notLowered(text: String) throws {
        try HateExpressionTests.notSeenByBoxRule(text) { extractor, box in
            extractor.usesViolentWordsHarmlessly(box.language)
        }
    }
}
