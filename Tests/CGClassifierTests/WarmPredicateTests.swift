import Testing

@testable import CGClassifier

/// A group praised in a short predicate after a copula, cheered, or supported in the first person plural: the
/// models expected an insult after "… son", "… sont" and scored these hateful (2026-11-30, sixth session).
@Suite("Warm predicates and cheers affirm a group")
struct WarmPredicateTests {
    @Test(
        "a warm word in a predicate, a cheer or a plural call of support is not hate, in two languages",
        arguments: [
            "Les immigrés sont une chance pour la France.", "Los musulmanes son nuestros hermanos.",
            "Les Asiatiques sont super.", "Los judíos son una parte valiosa de nuestra sociedad.",
            "¡Vivan las mujeres!", "Apoyemos a los gitanos.", "Jewish comedians are so funny.",
            // Credit and congratulations, with Dutch "die" (that) beside the group (the Rotterdam trial).
            "Wat knap van die vrouwen van de brandweer",
            // A short phrase that places the group before the copula (2026-11-30, seventh session).
            "Les femmes de mon équipe sont brillantes",
            // Helping, after a placing phrase (2026-11-30, eighth session, the Paris trial).
            "Les Roms du quartier ont aidé à nettoyer le square", "Los gitanos del barrio ayudaron a limpiar la plaza.",
        ])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.affirmsGroup(box.expressions, language: box.language)
        }
    }

    @Test(
        "thanks and congratulations before a Dutch relative \"die\": the rule sees them, and they are not hate",
        arguments: ["Gefeliciteerd aan alle vrouwen die vandaag zijn afgestudeerd", "dank aan de Marokkanen die vandaag hielpen"])
    func relativeDie(text: String) throws {
        // The model alone scored them 0.62 and 0.73 while "die" was a hostile cue here too; since the eleventh
        // session the relative pronoun is none (``TokenizerCore/demoteRelativeDie()``) and the model alone agrees.
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.affirmsGroup(box.expressions, language: box.language))
        #expect(!c.classify(text).hateful)
    }

    @Test(
        "a thing in the predicate, a lament, sarcasm, hostility or a negator is not the rule's",
        arguments: [
            "Women are only a step above the family dog.", "Muslims are the future of Europe, sadly.",
            "Muslims are great at blowing things up.", "Les immigrés sont une chance pour les criminels violents.",
            "Los gitanos no son nuestros hermanos.",
            "Embaucher des handicapés, c'est jeter l'argent par les fenêtres.",
            "Jews are doing great at disrupting our society", "whites are better than blacks",
            "Trans people are much less intelligent compared to the general population",
            "bisexuals are all fauxbians I love that term", "Roma are incapable of honest work",
            // A placing phrase with a hostile word or an animal in it.
            "The Muslims in this filthy city are great", "Women in the kennel with the dogs are wonderful",
            "Los gitanos del barrio ayudaron a robar la tienda.",
        ])
    func notAffirmed(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.affirmsGroup(box.expressions, language: box.language), "\(text)")
    }
}
