import Testing

@testable import CGClassifier

/// Threats said of a group without a frame of the speaker's intent — what the group deserves or should undergo, after
/// it or after a relative clause about it, and a weapon promised before it — are hateful; the same words aimed at
/// offenders, pests or idle time, and "die" as the Dutch relative pronoun, are not read as threats or as deaths
/// (2026-12-01, fifteenth session).
@Suite("Threats said of a group, and their look-alikes")
struct ThreatPhraseTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    @Test(
        "a threat after a relative clause about the group is seen by the rule",
        arguments: [
            "Vrouwen die hun mond opendoen verdienen een pak slaag", "Moslims die bidden verdienen klappen",
            "Women who talk back should get their teeth knocked out", "Las mujeres que hablan merecen un tiro",
            "Les femmes qui parlent méritent une balle",
            "Elke moslim die bij mij in de buurt komt belandt in het ziekenhuis",
        ])
    func relativeClause(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.expressesHatePlainly(box.expressions), "\(text)")
        let r = c.classify(text)
        #expect(r.hateful, "\(text)")
        #expect(!r.targets.isEmpty, "\(text)")
    }

    @Test(
        "what a group deserves or a weapon promised to it is hateful in every language",
        arguments: [
            "Vrouwen verdienen een pak slaag", "Une balle dans la tête pour chaque juif",
            "Los gitanos merecen la horca",
            "Refugees deserve a bullet", "Les migrants méritent la corde", "Een kogel voor elke moslim",
            "We gaan de joden een voor een pakken",
        ])
    func hateful(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(r.hateful, "\(text): \(r.score)")
        #expect(r.supportsViolence, "\(text)")
    }

    @Test(
        "a relative clause that names a deed, another group or a negation is not skipped",
        arguments: [
            "Men who rape children should be shot", "Muslims who attack gays should be shot",
            "Vrouwen die niet werken verdienen klappen",
        ])
    func relativeClauseNotSkipped(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        let n = extractor.tokens.count
        let skipped = (0..<n).contains { extractor.expressionAfterRelativeClause($0, box.expressions) != nil }
        #expect(!skipped, "\(text)")
    }

    @Test(
        "violent words aimed at hunger or idle time name no group: not hateful",
        arguments: [
            "Voy a matar el hambre con un bocadillo", "Je vais tuer le temps en lisant",
        ])
    func noGroup(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "Dutch \"die\" after a group is a relative pronoun, not a death reported",
        arguments: ["Moslims die bidden verdienen klappen", "Vrouwen die praten maken me ziek"])
    func dutchRelativeDie(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.reportsGroupAsVictim(box.expressions, language: .nl))
        #expect(c.classify(text).hateful)
    }

    @Test(
        "a death reported with a Dutch verb of dying is still a report",
        arguments: ["Vluchtelingen die verdrinken in de Middellandse Zee", "Migranten sterven op zee"])
    func dutchDeathsReported(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.reportsGroupAsVictim(box.expressions, language: .nl))
        #expect(!c.classify(text).hateful)
    }

    @Test(
        "a group the speaker knows, named in a relative clause, with nothing charged: not hateful",
        arguments: [
            "Zwarte mensen die ik ken houden van voetbal.",
            "Les musulmans que je connais habitent ici depuis longtemps",
        ])
    func knownGroup(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.speaksOfAcquaintances(box.expressions, language: box.language))
        #expect(!c.classify(text).hateful)
    }

    @Test(
        "a threat addressed to a group named before it is hateful, in every language",
        arguments: [
            "Every Jew in this city, watch your back", "Refugees, enjoy your last days",
            "Inmigrantes, disfrutad de vuestros últimos días", "Musulmans, vos jours sont comptés",
            "Moslims, jullie dagen zijn geteld", "Arabs should be hunted like dogs",
        ])
    func addressed(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(r.hateful, "\(text): \(r.score)")
        #expect(r.type == .threat && r.supportsViolence, "\(text)")
    }

    @Test(
        "the same idioms with no group, reported, or aimed at bigots before a group is named, are not threats",
        arguments: [
            "My exam days are numbered, thank god", "watch your back on the ice, it's slippery",
            "Los días del verano están contados", "De zomerdagen zijn geteld",
            "He wrote \"Muslims, your days are numbered\" and was arrested",
            "Nazis, your days are numbered: refugees are welcome here",
            "Racists, your days are numbered: Muslims are here to stay",
        ])
    func addressedLookAlikes(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, _, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.threatensByIdiom(), "\(text)")
        #expect(!c.classify(text).hateful, "\(text)")
    }

    @Test(
        "a group opening the clause of the speaker's opinion is read as opening the message",
        arguments: [
            "Je pense que les musulmans devraient disparaître", "Ik vind dat moslims moeten verdwijnen",
            "Creo que los gitanos deberían desaparecer",
        ])
    func opinion(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.expressesHatePlainly(box.expressions), "\(text)")
        #expect(c.classify(text).hateful, "\(text)")
    }

    @Test(
        "an opinion denied or reported is not the speaker's",
        arguments: [
            "Je ne pense pas que les musulmans devraient disparaître", "Ik vind niet dat moslims moeten verdwijnen",
            "Il a dit que les musulmans devraient disparaître",
        ])
    func opinionNotHeld(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.expressesHatePlainly(box.expressions), "\(text)")
    }

    @Test(
        "what a group should be able to do like anyone is no hate",
        arguments: [
            "Los gays deberían poder adoptar como cualquiera", "Homo's zouden net als iedereen moeten kunnen trouwen",
        ])
    func likeAnyone(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.grantsGroupToo(box.expressions, language: box.language), "\(text)")
        #expect(!c.classify(text).hateful, "\(text)")
    }

    @Test(
        "violence against a group endorsed, a final end promised or a sight wished for is a threat",
        arguments: [
            "Violence against Muslims is completely justified",
            "La violencia contra los gays está totalmente justificada",
            "La violence contre les juifs est légitime", "Geweld tegen vrouwen is volkomen gerechtvaardigd",
            "Somebody should do something permanent about Jews", "Ophangen is te goed voor moslims",
            "Ik zou homo's graag zien branden", "Me encantaría ver arder a los gitanos",
            "Les noirs doivent être rayés de la surface de la terre",
            "Un día se me irá la olla y dispararé a unos cuantos de los musulmanes",
            "Ik ga er persoonlijk voor zorgen dat moslims lijden",
        ])
    func endorsed(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(r.hateful && !r.targets.isEmpty, "\(text): \(r.score)")
    }

    @Test(
        "violence condemned, denied or reported, and wishes of good, are not threats",
        arguments: [
            "Violence against women is never justified", "La violencia contra los gays no está justificada",
            "Geweld tegen joden is nooit gerechtvaardigd", "Violence against trans people is a growing problem",
            "Saying violence against gays is justified is disgusting",
            "He claimed violence against migrants is justified and was charged",
            "Ik zou vrouwen graag zien slagen in de politiek", "Me encantaría ver a los gitanos bailar flamenco",
        ])
    func endorsedLookAlikes(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.endorsesViolenceAgainstGroup(box.expressions), "\(text)")
        #expect(!c.classify(text).hateful, "\(text)")
    }

    @Test(
        "a Dutch group described by a relative clause with nothing hostile is not hate; a threat after one is",
        arguments: [
            ("Vrouwen die nachtdiensten draaien verdienen meer loon", false),
            ("Vluchtelingen die hier aankomen krijgen een cursus Nederlands.", false),
            ("Moslims die bidden verdienen klappen", true), ("Vrouwen die praten maken me ziek", true),
        ])
    func dutchRelativeDescription(text: String, hateful: Bool) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.describesGroupByDutchRelative(box.expressions, language: .nl) == !hateful, "\(text)")
        #expect(c.classify(text).hateful == hateful, "\(text)")
    }
}
