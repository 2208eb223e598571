import Testing

@testable import CGClassifier

/// Implicit derogation with no hostile word: a group paired with the thing an old trope pairs it with, praise
/// confined to one thing, laughter or surprise feigned after a group, advice to guard one's things beside a warm
/// Dutch "hou" (2026-12-01, fifteenth session).
@Suite("Implicit derogation by trope, confined praise and feigned surprise")
struct ImplicitTropeTests {
    @Test(
        "a group paired with its trope's thing is hate",
        arguments: [
            "Los judíos y el dinero, una historia de amor", "Les juifs et l'argent, une longue histoire d'amour",
            "Joden en geld, een gouden combinatie", "Jews and money, name a more iconic duo",
        ])
    func pairedTrope(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, _, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.pairsGroupWithTrope(), "\(text)")
        #expect(c.classify(text).hateful, "\(text)")
    }

    @Test(
        "the pair condemned, negated, in a longer clause or with another group's thing is not the rule's",
        arguments: [
            "The myth of Jews and money is antisemitic", "Jews and money is an antisemitic myth, not a fact",
            "Jews and Muslims marched together", "Women and money: how to invest", "Joden en geld? Dat is een mythe",
        ])
    func pairedTropeNot(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, _ in extractor.pairsGroupWithTrope() }
    }

    @Test(
        "praise confined to one thing, feigned surprise or laughter, and advice to guard one's things are hate",
        arguments: [
            "Black people are good at sport and not much else", "Zwarten zijn goed in sport, in iets anders niet",
            "Otra vez un marroquí en las noticias, qué sorpresa", "Een vrouw als premier? Laat me niet lachen",
            "Als je een zigeuner ziet, hou je portemonnee vast", "Cuenta tus cucharas cuando venga un gitano",
            "Immigrants come here to live off our benefits",
        ])
    func hateful(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let r = c.classify(text)
        #expect(r.hateful && !r.targets.isEmpty, "\(text): \(r.score)")
    }

    @Test(
        "their look-alikes are not hate",
        arguments: [
            "Otra vez un marroquí gana la maratón, enhorabuena", "Cuenta tus cucharas antes de poner la mesa",
            "Black people are good at sport and at science", "Ik hou van mijn Marokkaanse buren",
        ])
    func lookAlikes(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        #expect(!c.classify(text).hateful, "\(text)")
    }

    @Test(
        "a group declared unwanted, unemployable or owing gratitude for being let live here is hate",
        arguments: [
            "We don't need any more Muslims in this town", "No necesitamos más gitanos en este pueblo",
            "Je n'embaucherais jamais les musulmans", "We hebben niet nog meer vluchtelingen nodig",
            "Immigrants should be grateful we even let them live here",
            "Grappig hoe moslims altijd achter de problemen zitten",
            "Of course Muslims complain again, what else is new",
        ])
    func unwanted(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let r = c.classify(text)
        #expect(r.hateful && !r.targets.isEmpty, "\(text): \(r.score)")
    }

    @Test(
        "the same words of need aimed at things, of who is there, or refusing harm, are not the rule's",
        arguments: [
            "We don't need any more parking in this town", "We hebben geen moslims in de klas",
            "We willen geen vrouwen discrimineren", "No necesitamos más coches en el centro",
        ])
    func unwantedLookAlikes(text: String) throws {
        // The Dutch model alone flags the two Dutch sentences (0.66, 0.93): the rule must not add to that.
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.expressesHatePlainly(table) }
    }

    @Test(
        "a group likened to the animal it is said to be, or denied to be human, is dehumanised",
        arguments: [
            "Treat gay people like the cattle they are", "Tratad a los musulmanes como el ganado que son",
            "Traitez les juifs comme le bétail qu'ils sont", "Behandel homo's als de beesten die ze zijn",
            "Zwarten zijn niet eens menselijk", "Los judíos son una infestación en este país",
        ])
    func asTheyAre(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let r = c.classify(text)
        #expect(r.hateful && !r.targets.isEmpty, "\(text): \(r.score)")
    }

    @Test(
        "people treated as animals, reported or condemned, and humanity affirmed, are not the rules'",
        arguments: [
            "Refugees are treated like the animals they are not", "Zwarten zijn menselijk, net als iedereen",
            "Stop treating Muslims like cattle", "\"Treat gays like the animals they are\" he wrote, and was banned",
        ])
    func asTheyAreLookAlikes(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.likensGroupToWhatItIs(table) }
    }
}
