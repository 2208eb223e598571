import Testing

@testable import CGClassifier

/// Every member of a group branded in the singular ("Cada inmigrante es una rata" 0.44, "Chaque immigré est un
/// rat" 0.24, "Iedere moslim is een terrorist" 0.16): the models learned such claims from plural sentences. And
/// the same singular form affirming humanity ("Every Muslim is a human being" 0.81). 2026-12-01, tenth session.
@Suite("Every member of a group")
struct EveryMemberTests {
    @Test(
        "every member branded with a dehumanising or derogatory noun is hate",
        arguments: [
            ("Cada inmigrante es una rata.", FeatureExtractor.MemberBrand.dehumanising),
            ("Chaque immigré est un rat.", .dehumanising), ("Elke immigrant is een rat.", .dehumanising),
            ("Todo musulmán es un terrorista.", .derogatory), ("Tout musulman est un terroriste.", .derogatory),
            ("Iedere moslim is een terrorist.", .derogatory), ("Cada gay es un pervertido.", .derogatory),
            ("Elke homo is een viezerik.", .derogatory),
        ])
    func branded(text: String, brand: FeatureExtractor.MemberBrand) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(p < box.threshold, "the model alone: \(p)")
        #expect(extractor.brandsEveryMember(box.expressions) == brand)
        let r = c.classify(text)
        #expect(r.hateful && !r.targets.isEmpty, "\(r.score)")
        #expect(r.type == (brand == .dehumanising ? .dehumanisation : .derogation))
        #expect(c.makeSession().score(text) == r.score)
    }

    @Test(
        "a negated brand, a person, a quotation or a condemnation is not the rule's",
        arguments: [
            "Not every Muslim is a terrorist.", "Every Muslim is a human being.", "Cada inmigrante es una persona.",
            "\"Every Jew is a rat\" is what the graffiti said.", "Saying every Muslim is a terrorist is racist.",
            "Iedere moslim is geen terrorist.", "Every", "every Muslim", "cada gay es",
        ])
    func notBranded(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.brandsEveryMember(box.expressions) == nil, "\(text)")
    }

    @Test(
        "one member's humanity affirmed is not hate",
        arguments: ["Every Muslim is a human being.", "Chaque immigré est un être humain.", "Iedere moslim is een mens."])
    func humanity(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        #expect(!c.classify(text).hateful, "\(text)")
    }
}
