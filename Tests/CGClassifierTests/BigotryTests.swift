import Testing

@testable import CGClassifier

/// A whole group branded with a prejudice ("White people are all racists"): the words that name a prejudice are
/// counter-speech cues, so the models read such messages as condemnation (0.12–0.26 before the rule).
@Suite("Groups branded with a prejudice")
struct BigotryTests {
    @Test(
        "a group, a copula and a prejudice word ending the clause, in four languages",
        arguments: [
            "Los blancos son todos racistas.", "Todos los blancos son racistas.", "Alle blanken zijn racistisch.",
            "Les Blancs sont tous des racistes.", "Men are all sexist.", "Muslims are antisemites.",
            "Los blancos son todos racistas y opresores.", "White people are all racists and oppressors.",
        ])
    func raised(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.brandsGroupAsBigots(box.expressions), "\(text)")
        let r = c.classify(text)
        #expect(r.hateful && !r.targets.isEmpty, "\(text): \(r.score)")
    }

    @Test(
        "part of a group, a negated or questioned claim, a victim of prejudice, a prejudice condemned",
        arguments: [
            "Some white people are racist.", "Not all men are sexist.", "White people are not all racist.",
            "Black people are victims of racist attacks.", "Are white people racist?",
            "Calling all Muslims terrorists is racist.", "Algunos blancos son racistas.",
            "Decir que los gitanos roban es racista.", "Les Blancs ne sont pas tous racistes.",
            "Sommige witte mensen zijn racistisch.", "\"Men are all sexist\", she wrote.",
            "Black people are victims of racist and violent attacks.",
        ])
    func notRaised(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.brandsGroupAsBigots(table) }
    }
}
