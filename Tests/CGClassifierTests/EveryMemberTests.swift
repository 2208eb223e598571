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
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.brandsEveryMember(table) != nil }
    }

    @Test(
        "a generic indefinite member, or one pointed at and said to be like the rest, brands the group",
        arguments: [
            ("Un gitano es una rata", FeatureExtractor.MemberBrand.dehumanising),
            ("Een zigeuner is een rat", .dehumanising), ("Ese moro es un ladrón como todos los suyos", .derogatory),
            ("Die Marokkaan is een dief net als de rest", .derogatory),
        ])
    func genericMember(text: String, brand: FeatureExtractor.MemberBrand) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.brandsEveryMember(box.expressions) == brand, "\(text)")
        #expect(c.classify(text).hateful, "\(text)")
    }

    @Test(
        "one member pointed at without a tail that extends it, or praised, is not the rule's",
        arguments: [
            "Ese moro es un ladrón", "Die Marokkaan is een dief", "Un gitano es un buen vecino",
            "Een moslim is een mens als ieder ander", "A Muslim is a human being like the rest of us",
        ])
    func oneMember(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.brandsEveryMember(table) != nil }
    }

    @Test(
        "one member's humanity affirmed is not hate",
        arguments: ["Every Muslim is a human being.", "Chaque immigré est un être humain.", "Iedere moslim is een mens."])
    func humanity(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        #expect(!c.classify(text).hateful, "\(text)")
    }
}

/// A group, or a pronoun for it, said plainly to be a hostile word after an opinion opener or in a second clause
/// ("Personnellement je pense que les musulmans sont des ordures" 0.21). 2026-12-01, tenth session.
@Suite("A group branded plainly")
struct PlainBrandTests {
    @Test(
        "after an opinion opener, the brand is hate",
        arguments: ["Personnellement je pense que les musulmans sont des ordures."])
    func opener(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.brandsGroupPlainly(table) }
    }

    @Test(
        "the rule reads a group or a pronoun for it, and the hostile word last in its clause",
        arguments: [
            "Creo que los musulmanes son escoria.", "I met some Muslims and they are scum.",
            "Personally, Muslims are scum.", "Je pense que les musulmans sont des ordures.",
            "I genuinely believe Roma are worthless", "lesbians are an infestation",
        ])
    func forms(text: String) throws {
        try HateExpressionTests.seenByRule(text) { extractor, table in extractor.brandsGroupPlainly(table) }
    }

    @Test(
        "a superlative with a word for people and where is the brand (eleventh session)",
        arguments: ["Gypsies are the filthiest people in the city."])
    func superlative(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.brandsGroupPlainly(table) }
    }

    @Test(
        "the superlative forms of each language are read",
        arguments: [
            "Les musulmans sont les gens les plus dangereux du monde.", "Moslims zijn de gevaarlijkste mensen ter wereld.",
            "Los gitanos son la gente más sucia de la ciudad.", "Muslims are the most dangerous people in the world.",
            "Women are the dumbest creatures on this planet.",
            // Whom the hostile word threatens.
            "Los musulmanes son una amenaza para nuestra civilización.", "Moslims zijn een bedreiging voor onze beschaving.",
        ])
    func superlativeForms(text: String) throws {
        try HateExpressionTests.seenByRule(text) { extractor, table in extractor.brandsGroupPlainly(table) }
    }

    @Test(
        "praise in a superlative, or a clause that goes on after where, is not the rule's",
        arguments: [
            "Refugees are the bravest people in the world.", "Vrouwen zijn de sterkste mensen die ik ken.",
            "Muslims are the most dangerous people in the world according to the tabloids.",
            "Les musulmans ne sont pas une menace pour notre société.",
        ])
    func superlativeNotSeen(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.brandsGroupPlainly(table) }
    }

    @Test(
        "someone else as subject, a word after the hostile one, negation, quotation or report is not the rule's",
        arguments: [
            "Je pense que les racistes qui attaquent les musulmans sont des ordures.",
            "Muslims are attacked and they are scared.", "Muslims are scum, says the graffiti.",
            "Muslims are not scum.", "Muslims are hated in some places.", "They are scum.",
        ])
    func notSeen(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.brandsGroupPlainly(table) }
    }
}
