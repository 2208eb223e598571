import Testing

@testable import CGClassifier

/// A group ranked below an animal or an object: dehumanisation without a dehumanising word, which the models
/// scored low in every language ("My cat is more civilised than Black people" 0.16, "Women are as useful as
/// furniture" 0.09).
@Suite("Groups ranked below things are dehumanised")
struct ComparisonTests {
    @Test(

        "a thing ranked above a group, a group with the mind of a thing, a group as useful as a thing, in four languages",
        arguments: [
            "My cat is more civilised than Black people.", "A rock has more feelings than trans people.",
            "Immigrants have the brains of a goldfish.", "Arabs are about as human as a toaster.",
            "Women are as useful as furniture.", "Mon chien est plus intelligent que n'importe quel musulman.",
            "Les immigrés ont le cerveau d'un poisson rouge.", "Een steen heeft meer gevoel dan transgenders.",
            "Una planta tiene más inteligencia que las mujeres.",
        ])
    func raised(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.ranksGroupBelowThings(table) }
        let r = try #require(HateExpressionTests.classifier).classify(text)
        #expect(r.type == .dehumanisation, "\(text)")
    }

    @Test(

        "a complaint about how a group is treated, a condemned or quoted comparison, a comparison with people or of things is not the rule's",
        arguments: [
            "My dog has more rights than refugees in this country.",
            "Our pets get better healthcare than disabled people here.",
            "Mi perro come mejor que los refugiados en los campos.", "Saying my dog is smarter than Muslims is racist.",
            "\"Women are as useful as furniture\", he wrote, and he was suspended.",
            "Black people are as human as anyone else.", "My Muslim neighbour's dog is better behaved than mine.",
            "Cats are more popular than dogs among young women.",
        ])
    func notRaised(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.ranksGroupBelowThings(table) }
    }
}
