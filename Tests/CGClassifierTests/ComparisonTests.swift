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

/// A comparison with an animal called unfair to the animal: the joke ranks the group below the animal, and the
/// models read its naming frame ("Calling … is …") as counter-speech (0.00–0.16 before the rule).
@Suite("Comparisons called an insult to the animal are dehumanising")
struct AnimalInsultTests {
    @Test(
        "an insult or unfairness to the animal a group was compared with, in five languages",
        arguments: [
            "Calling immigrants animals is an insult to animals.", "Comparing refugees to rats is unfair to rats.",
            "It's an insult to rats to compare them to Jews.",
            "I won't call Black people apes, that would be unfair to apes.",
            "Traiter les immigrés d'animaux, c'est insulter les animaux.",
            "Llamar animales a los inmigrantes es un insulto para los animales.",
            "Moslims varkens noemen is een belediging voor varkens.",
            "Att kalla invandrare för råttor är en förolämpning mot råttor.",
        ])
    func raised(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, _ in extractor.sparesAnimalsComparedToGroup() }
        let r = try #require(HateExpressionTests.classifier).classify(text)
        #expect(r.hateful && r.type == .dehumanisation, "\(text): \(r.score) \(String(describing: r.type))")
    }

    @Test(
        "a comparison condemned, an insult to the group or to people, a denied insult, no group",
        arguments: [
            "Calling immigrants animals is disgusting.", "Calling Muslims rats is an insult to Muslims.",
            "Comparing refugees to rats is an insult to all of us.", "Calling my dog an animal is not an insult.",
            "That advert is an insult to dog owners and to immigrants.", "It's an insult to rats, this weather.",
            "Llamar animales a los inmigrantes es inaceptable.",
        ])
    func notRaised(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, _ in extractor.sparesAnimalsComparedToGroup() }
    }
}
