import Testing

@testable import CGClassifier

/// Implicit derogation that holds no hostile word: a crime blamed on a group as the expected thing ("Of course the
/// rapist was a refugee"), a group's company refused ("I refuse to rent my flat to immigrants"), stereotypes after a
/// group with an adverb between ("Jews always find a way to end up in charge of the banks"). The models scored
/// them under the threshold; the same words said of a victim, with a second negation, quoted or condemned are the
/// model's to judge.
@Suite("Stereotypes without a hostile word")
struct StereotypeTests {
    @Test(
        "a crime blamed on a group as the expected thing is hateful, in four languages",
        arguments: [
            "Of course the rapist was a refugee.", "Como siempre, el delincuente era inmigrante.",
            "Encore un criminel immigré, quelle surprise.", "Of course the shoplifter turned out to be an immigrant.",
            // A weapon for the offender (2026-12-01, eleventh session).
            "Encore un musulman qui pose une bombe, quelle surprise.", "Weer een moslim met een bom, wat een verrassing.",
        ])
    func crimeBlamed(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, _ in extractor.blamesCrimeOnGroup() }
    }

    @Test(
        "a crime against a group, a marker without an offender, or a quoted or condemned claim is not the rule's",
        arguments: [
            "Once again a thief robbed an immigrant in the park.", "Of course the refugees helped clean up after the flood.",
            "Again the police arrested a thief who attacked a Muslim woman.",
            "Encore une bombe contre des musulmans.", "Once again a man with a knife threatened a Jewish family.",
            "Saying that of course the thief was an immigrant is racist.",
            "\"Of course the thief was an immigrant\", they said. Shameful.",
        ])
    func crimeNotBlamed(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, _ in extractor.blamesCrimeOnGroup() }
    }

    @Test(
        "a group's company refused is hateful, in four languages",
        arguments: [
            "I refuse to rent my flat to immigrants.", "Nunca contrataría a una mujer.",
            "Jamais je n'embaucherais une femme.", "I'd never eat food cooked by a Roma.",
            // Death preferred, nobody sane (2026-12-01, tenth session).
            "Preferiría morir antes que tener un vecino musulmán.",
            "Nadie en su sano juicio contrataría a un discapacitado.",
            "Personne de sensé n'embaucherait un handicapé.",
        ])
    func contactRefused(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, _ in extractor.refusesContactWithGroup() }
    }

    @Test(
        "a refusal to harm or judge, a second negation, contact far from the group, or a condemned refusal is not the rule's",
        arguments: [
            "I would never hurt a refugee.", "I would never judge a Muslim for their faith.",
            "I don't want to live in a world where gay people can't marry.",
            "Ik zou nooit een vluchteling uitschelden.", "People who say they'd never hire a woman are sexist.",
            "I refuse to believe that my neighbours in the new building across the street hate Muslims.",
        ])
    func contactNotRefused(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, _ in extractor.refusesContactWithGroup() }
    }

    @Test(
        "an idiom of menace said to a group is a threat, in three languages (Dutch scored it hateful already)",
        arguments: [
            "Immigrants, your days are numbered.", "Inmigrantes, tenéis los días contados.",
            "Immigrés, vos jours sont comptés.",
            // A beating promised (2026-11-30, seventh session).
            "Any lesbian in my street will get her teeth kicked in",
            // The hospital promised, a neighbourhood cleansed (2026-12-01, tenth session).
            "Cualquier inmigrante que pise mi barrio acabará en el hospital.",
            "Tout immigré qui met les pieds dans mon quartier finira à l'hôpital.",
            "Een dezer dagen zuiveren we de wijk van zwarten.",
        ])
    func idiomThreat(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, _ in extractor.threatensByIdiom() }
        #expect(try #require(HateExpressionTests.classifier).classify(text).type == .threat)
    }

    @Test(
        "an idiom before the group, said to others, with warm words, quoted or negated is not the rule's",
        arguments: [
            "Racists, your days are numbered: Muslims are here to stay.",
            "The days are numbered until the refugees arrive, we're ready to welcome them.",
            "\"Immigrants, your days are numbered\" was sprayed on the mosque. Shameful.",
            "Immigrants, your days are not numbered, you are home.",
            "Two Muslims ended up in hospital after the attack.", "Un homosexuel agressé à coups de poing à Paris.",
            "De kaarsen zullen branden voor de joodse slachtoffers.",
        ])
    func idiomNotThreat(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, _ in extractor.threatensByIdiom() }
    }

    @Test(
        "metaphors of weeds, mould and pests are hostile words: these were under the threshold",
        arguments: [
            "Muslims are the weeds in our garden.", "Immigrants are like mould, they spread everywhere.",
            "Arabs are like a fungus on Europe.", "Roma are the rubbish of the human race.",
        ])
    func hostileMetaphors(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        #expect(c.classify(text).hateful, "\(text)")
    }

    @Test(
        "hate against a majority group that calls it racist stays hateful ('racists' is not a counter-speech cue)",
        arguments: ["White people are all racists.", "Les Blancs sont tous des racistes."])
    func racistsCalled(text: String) throws {
        #expect(try #require(HateExpressionTests.classifier).classify(text).hateful, "\(text)")
    }

    @Test(
        "a stereotype after a group and an adverb is read as after the group",
        arguments: [
            "Jews always find a way to end up in charge of the banks.",
            "Refugees come here for the free money, not for safety.", "Muslims can never be trusted.",
        ])
    func adverbBetween(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.expressesHatePlainly(box.expressions), "\(text)")
        #expect(c.classify(text).hateful)
    }

    @Test(
        "Dutch and Swedish negators after the verb negate it: 'Ik haat geen moslims' was 0.90, 'Ik haat moslims niet' raised",
        arguments: [
            "Ik haat geen moslims.", "Ik haat moslims niet.", "Ik haat homo's niet.", "Ik haat ze niet, ik ken ze.",
            "Ik haat die niet meer.",
        ])
    func negatorAfterVerb(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        #expect(!c.classify(text).hateful, "\(text)")
    }

    @Test("a hostile word with other words before a negator keeps its hostility")
    func negatorFarFromVerb() throws {
        let c = try #require(HateExpressionTests.classifier)
        #expect(c.classify("Moslims zijn tuig en niet welkom.").hateful)
        #expect(c.classify("Ik haat moslims.").hateful)
    }

    @Test(
        "Dutch \"die\" before a negator with more of the clause after it opens a relative clause: the hostile word stays",
        arguments: ["Arabieren zijn barbaren die niet in Europa horen.", "Vrouwen zijn idioten die niets snappen."])
    func relativeDieBeforeNegator(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        #expect(c.classify(text).hateful, "\(text)")
    }

    @Test(
        "an idiom of menace with the group right after it is a threat",
        arguments: ["Un jour on réglera leur compte aux juifs."])
    func idiomBeforeGroup(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, _ in extractor.threatensByIdiom() }
        #expect(try #require(HateExpressionTests.classifier).classify(text).type == .threat)
    }

    /// 2026-12-01 (twelfth session): bodies broken, throats cut.
    @Test(
        "a body broken or a throat cut, promised to a member of a group, is a threat",
        arguments: ["I'm gonna break every bone in that cripple's body."])
    func bodyBroken(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, _ in extractor.threatensByIdiom() }
    }

    @Test(
        "regret and blood promised to a group, and a call to arms against it, are threats",
        arguments: [
            "The women who march tomorrow will regret it.", "Every Jew in this city will pay in blood.",
            "It's time to take up arms against the immigrants.",
        ])
    func moreThreats(text: String) throws {
        #expect(try #require(HateExpressionTests.classifier).classify(text).hateful, "\(text)")
    }

    @Test(
        "a group likened to vermin is dehumanisation, in four languages",
        arguments: [
            "Les musulmans grouillent comme des rats dans nos banlieues.",
            "Refugees behave like animals wherever they go.", "Los gitanos viven como cerdos.",
            "Die vluchtelingen gedragen zich als beesten.",
        ])
    func verminSimile(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.comparesGroupToVermin(box.expressions), "\(text)")
        let r = c.classify(text)
        #expect(r.hateful && !r.targets.isEmpty)
        if p < box.threshold { #expect(r.type == .dehumanisation && r.score == box.threshold) }
    }

    @Test(
        "a group wronged like animals, some of its people, a compliment, a verb 'like', a condemned or negated simile is not the rule's",
        arguments: [
            "Refugees are treated like animals in the camps.", "Los refugiados son tratados como animales.",
            "It's amazing how a group of men behaving like animals got away with it.",
            "My Muslim colleagues work like dogs every Ramadan.", "Muslims like dogs as much as anyone.",
            "Saying Muslims breed like rats is racist.", "Les réfugiés sont chassés comme des bêtes.",
            "Vluchtelingen worden behandeld als beesten.", "Immigrants are not like rats, they are people.",
            "Et ça ne dérange personne que l'on parque les migrants comme du bétail ?",
            "Homo's werden als beesten opgejaagd in de jaren vijftig.",
        ])
    func notVerminSimile(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.comparesGroupToVermin(table) }
    }

    @Test(
        "a capability denied, power held and work never done are tropes after a group, in four languages",
        arguments: [
            "Women just aren't made for leadership roles.", "Les femmes ne sont pas faites pour diriger.",
            "Vrouwen zijn niet geschikt om leiding te geven.", "Les juifs tiennent les banques, tout le monde le sait.",
            "Joden hebben overal de touwtjes in handen.", "Disabled people milk the system.",
            "Los gitanos no saben lo que es trabajar.", "Immigrants infest every corner of this city.",
            // Generosity exploited, a faith imposed (2026-11-30, seventh session).
            "Les réfugiés profitent de notre générosité", "Los musulmanes quieren imponer la sharia en España",
            // Catalan (seventh session).
            "Els jueus dominen el món de les finances", "Les dones haurien de tornar a la cuina",
        ])
    func moreTropes(text: String) throws {
        try HateExpressionTests.seenByRule(text) { extractor, table in extractor.expressesHatePlainly(table) }
    }

    @Test(
        "Dutch word order that puts the verb before the group, or last in a clause, keeps the expression after it",
        arguments: [
            "Helaas zijn gehandicapten een last voor iedereen.", "Tegenwoordig zijn joden overal de baas.",
            "Ik vind dat vluchtelingen ratten zijn.", "Ik denk dat moslims een gevaar zijn.",
        ])
    func invertedOrder(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.expressesHatePlainly(table) }
    }

    @Test(
        "an inverted clause that denies, praises or asks is not hate",
        arguments: [
            "Gelukkig zijn gehandicapten geen last voor iemand.", "Vandaag zijn moslims welkom in de moskee.",
            "Zijn joden overal de baas?", "Volgens sommigen zijn joden overal de baas, maar dat zijn leugens.",
            "Ik denk niet dat moslims een gevaar zijn.", "Het is onzin dat vluchtelingen ratten zijn.",
        ])
    func invertedNotHate(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.expressesHatePlainly(table) }
    }
}
