import Testing

@testable import CGClassifier

/// A plain declaration of hatred, contempt or disgust for a group ("ik kan niet tegen moslims", "me repugnan los
/// gitanos", "these immigrants make me sick") is hateful whatever the model scored; the same words aimed at someone
/// else, negated, quoted, reported, condemned or said of the group as a victim are the model's to judge.
@Suite("A declared hatred of a group is hate")
struct HateExpressionTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    @Test("Dutch \"word\" (become) reports nothing: a slur beside it is used plainly")
    func dutchWordIsNoReport() throws {
        try Self.raisedByRule("Kankerjoden overal, ik word er ziek van") { extractor, _ in extractor.usesSlurPlainly(.nl) }
    }

    @Test(
        "declarations the model scored under the threshold are hateful",
        arguments: [
            "ik kan niet tegen moslims", "ik heb een hekel aan homo's", "ik ben klaar met homo's",
            "me repugnan los musulmanes", "estoy harto de los gitanos", "desprecio a los gays",
            "je méprise les gays", "I'm so done with trans people", "I'm repulsed by Muslims",
            "I'm fed up with trans people", "Jews always seem to end up owning everything",
            "Immigrants come here for the benefits, not to work", "Disabled people are just a burden on the taxpayer",
            // 2026-11-30, sixth session: an adverb of degree before the group, "de merde" after it, power and
            // understanding tropes.
            "Je méprise profondément les musulmans.", "Desprecio profundamente a los musulmanes.",
            "Ces immigrés de merde, j'en peux plus.", "Les juifs ont beaucoup trop de pouvoir.",
            "Les femmes ne comprennent rien à la politique.", "Los musulmanes tienen demasiados hijos.",
            // The Rotterdam trial's misses.
            "Transgenders zijn ziek in hun hoofd, blijf weg uit het zwembad", "Transgenders horen in een inrichting",
        ])
    func raised(text: String) throws {
        try Self.raisedByRule(text) { $0.expressesHatePlainly($1) }
    }

    @Test("an execution called for is hostile: 'Moslims zouden geëxecuteerd moeten worden' was 0.51 (threshold 0.55)")
    func executions() throws {
        let c = try #require(Self.classifier)
        #expect(c.classify("Moslims zouden geëxecuteerd moeten worden.").hateful)
        #expect(c.classify("Los musulmanes deberían ser ejecutados.").hateful)
        // And fanatics, and the puppet-master trope in Spanish.
        #expect(c.classify("Los musulmanes son todos unos fanáticos.").hateful)
        #expect(c.classify("Los judíos manejan el mundo.").hateful)
    }

    @Test(
        "a wish for harm to a group the model scored under the threshold is hateful, in four languages",
        arguments: [
            "It would be great if someone shot a few immigrants.",
            "Sería genial que alguien disparara a unos cuantos inmigrantes.",
            "Ce serait génial que tous les musulmans disparaissent.", "Het zou fijn zijn als alle moslims verdwenen.",
            // A wish in one word (2026-11-30, seventh session).
            "Ojalá revienten todos los inmigrantes en el mar",
            "Who wants to help me kill some immigrants this weekend?",
        ])
    func raisedByWish(text: String) throws {
        try Self.raisedByRule(text) { $0.wishesHarm($1) }
    }

    @Test(
        "a wish that a harm end, that nobody harm a group, or for its good is not the rule's",
        arguments: [
            "It would be great if people stopped attacking Muslims.", "It would be great if nobody hurt trans people.",
            "Het zou mooi zijn als niemand meer moslims aanviel.",
            "It would be great if someone helped a few immigrants.",
            "Sería genial que los inmigrantes dejaran de sufrir violencia.",
        ])
    func wishNotRaised(text: String) throws {
        try Self.notSeenByRule(text) { $0.wishesHarm($1) }
    }

    @Test(
        "an accusation that a group celebrates attacks the model scored under the threshold is hateful",
        arguments: ["Muslims celebrate every terror attack.", "Los musulmanes celebran cada atentado."])
    func raisedByCelebration(text: String) throws {
        try Self.raisedByRule(text) { $0.accusesOfCelebratingViolence($1) }
    }

    @Test(
        "celebrating a feast, a liberation, despite attacks, or denied, is not the rule's",
        arguments: [
            "Muslims celebrate Eid after Ramadan.", "Jews celebrate the liberation of Auschwitz.",
            "Muslims did not celebrate the attack, they condemned it.", "Gay people celebrate Pride despite attacks.",
        ])
    func celebrationNotRaised(text: String) throws {
        try Self.notSeenByRule(text) { $0.accusesOfCelebratingViolence($1) }
    }

    @Test(
        "a hatred declared by a pronoun after the group the model scored under the threshold is hateful",
        arguments: ["J'ai rencontré beaucoup de musulmans et je les déteste tous."])
    func raisedByPronoun(text: String) throws {
        try Self.raisedByRule(text) { $0.hatesGroupByPronoun($1) }
    }

    @Test(
        "a pronoun declaration negated, reported or with no group before it is not raised",
        arguments: [
            "I met many Muslims, not that I hate them", "Je les déteste tous, ces moustiques.",
            "He said: I met many Muslims and I hate them all",
        ])
    func pronounNotRaised(text: String) throws {
        try Self.notSeenByRule(text) { $0.hatesGroupByPronoun($1) }
    }

    static func notSeenByRule(_ text: String, _ rule: (FeatureExtractor, Lexicon.HateExpressionTable) -> Bool) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!rule(extractor, box.expressions), "\(text)")
    }

    /// Checks that `rule` sees `text` and that the classifier calls it hateful.
    static func seenByRule(_ text: String, _ rule: (FeatureExtractor, Lexicon.HateExpressionTable) -> Bool) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(rule(extractor, box.expressions), "\(text)")
        #expect(c.classify(text).hateful, "\(text)")
    }

    /// Checks that `rule`, given the message's model box, does not see `text`.
    static func notSeenByBoxRule(_ text: String, _ rule: (FeatureExtractor, ModelBox) -> Bool) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!rule(extractor, box), "\(text)")
    }

    /// Checks that the model alone scores `text` hateful, that `rule` sees it, and that the classifier holds it just
    /// under the threshold, naming no target, the same in a session.
    static func loweredByRule(_ text: String, _ rule: (FeatureExtractor, ModelBox) -> Bool) throws {
        let c = try #require(Self.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(p >= box.threshold, "the model alone: \(p)")
        #expect(rule(extractor, box), "\(text)")
        let r = c.classify(text)
        #expect(!r.hateful && r.score == box.threshold.nextDown && r.targets.isEmpty)
        #expect(c.makeSession().score(text) == r.score)
    }

    static func raisedByRule(_ text: String, _ rule: (FeatureExtractor, Lexicon.HateExpressionTable) -> Bool) throws {
        let c = try #require(Self.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(p < box.threshold, "the model alone: \(p)")
        #expect(rule(extractor, box.expressions))
        let r = c.classify(text)
        #expect(r.hateful && r.score == box.threshold)
        #expect(!r.targets.isEmpty)
        #expect(c.makeSession().score(text) == r.score)
    }

    @Test(
        "the rule sees the forms it is written for, in every language",
        arguments: [
            "I can't stand all these fucking immigrants", "these immigrants make me sick", "death to all Jews",
            "los gitanos me dan asco", "muerte a los moros", "les arabes me dégoûtent", "j'en ai marre des musulmans",
            "mort aux juifs", "die moslims kunnen doodvallen", "weg met de moslims", "jag hatar muslimer",
            "odio a los inmigrantes", "the Jews run the banks and the governments", "immigrants are replacing us",
            "les juifs contrôlent les médias", "los inmigrantes nos quitan el trabajo", "moslims nemen Europa over",
            "homo's zijn een gevaar voor kinderen", "los inmigrantes vienen a por las ayudas",
            "les immigrés viennent pour les allocs", "immigranten komen hier voor de uitkering",
            // A group kept out of public life, a trope said in the negative (2026-11-30, ninth session).
            "Les femmes n'ont rien à faire en politique", "Las mujeres no pintan nada en política",
            "Vrouwen horen niet in de politiek", "Zwarten hebben een lager IQ", "Binnenkort rekenen we af met de joden",
            // 2026-12-01 (tenth session).
            "Transgenders walgen me.", "Joden beheersen de banken en de media.",
            "Los musulmanes no tienen sitio en Europa.", "Las mujeres deben quedarse en la cocina.",
            "Les musulmans n'ont pas leur place en Europe.",
            // 2026-12-01 (twelfth session): rage, evolution denied, a danger to others, taxes lived off.
            "Refugees fill me with rage.", "Muslims make my blood boil.", "Arabs are barely evolved.",
            "Muslims are not fully human.", "Muslims are a danger to everyone.",
            "Immigrants are living off our taxes.",
        ])
    func recognised(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.expressesHatePlainly(box.expressions), "\(box.language)")
    }

    @Test(
        "negated, quoted, reported, condemning or victim-naming uses and other objects are not raised",
        arguments: [
            "not that I hate Muslims, but whatever", "I don't hate Jews",
            "he said \"I can't stand Muslims\" and got fired",
            "I'm sick of Muslims being blamed for everything", "I hate gay bashing",
            "I hate it when people insult Jews",
            "people who hate Muslims make me sick", "I'm sick of racists attacking Muslims",
            "De politie moet afrekenen met racisten die joden bedreigen",
            "I'm tired of trans people being attacked", "el odio a los musulmanes crece en Europa",
            "humillación y desprecio a las mujeres", "I hate bitches with bad eyebrows", "I'm done with Christianity",
            "i fucking hate you guys and your insurance policy", "fuera de casa hay muchos inmigrantes",
            "mi vecino dijo que odia a los gitanos y es racista",
            "it is a myth that Jews control the media", "immigrants are taking over jobs nobody else wants",
            // A Dutch negator after the trope denies it (2026-12-01, tenth session).
            "Joden beheersen de wereld niet.", "Joden beheersen de banken niet.",
        ])
    func notRaised(text: String) throws {
        let c = try #require(Self.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.expressesHatePlainly(box.expressions))
        #expect(c.classify(text).score <= max(p, box.threshold))
    }
}

/// Denying a group its worth ("vrouwen zijn niet slim", "ningún inmigrante es buena persona") is derogation
/// whatever the model scored; a worth word denied of something else, or with its opposite, is the model's to judge.
@Suite("Denying a group its worth is hate")
struct GroupWorthTests {
    @Test(
        "denials the model scored under the threshold are hateful",
        arguments: [
            "vrouwen zijn niet slim", "ningún inmigrante es buena persona", "aucun immigré n'est une bonne personne",
            "there is nothing good about immigrants",
        ])
    func raised(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(p < box.threshold, "the model alone: \(p)")
        #expect(extractor.deniesGroupWorth(box.expressions))
        let r = c.classify(text)
        #expect(r.hateful && r.score == box.threshold && !r.targets.isEmpty)
    }

    @Test(
        "other negations, other subjects, reports and 'not good or bad' are not raised",
        arguments: [
            "Muslims are not happy about the new law", "women are not safe in this city",
            "Muslims are not good or bad, they are people", "refugees are not welcome in Hungary, a report says",
            "it is not good that Muslims are attacked", "immigrants are not the problem",
            "Pero desde el momento en que un país expulsa refugiados y no migrantes la cosa no está normal",
            "los inmigrantes no son ni buenos ni malos",
        ])
    func notRaised(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.deniesGroupWorth(box.expressions))
    }
}

/// A call to exclude a group — deport, expel, ban, close all its places of worship — after a word of obligation is
/// hate whatever the model scored, aimed at the group even when only its places are named.
@Suite("A call to exclude a group is hate")
struct ExclusionCallTests {
    @Test(
        "calls the models left not hateful are hateful, aimed at the group",
        arguments: [
            ("habría que echar a todos los moros", TargetGroup.muslims), ("we moeten alle moskeeën sluiten", .muslims),
            ("on devrait fermer toutes les mosquées", .muslims), ("los inmigrantes deben ser expulsados", .immigrants),
        ])
    func raised(text: String, group: TargetGroup) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(p < box.threshold || ClassificationSession.needsGroupCheck(extractor, box: box), "\(p)")
        // The passive form ("… deben ser expulsados") is one of the phrases after a group.
        #expect(extractor.callsForExclusion(box.expressions) || extractor.expressesHatePlainly(box.expressions))
        let r = c.classify(text)
        #expect(r.hateful && r.targets == [group], "\(r)")
    }

    @Test(
        "negated calls, one place, news, other objects and condemnation are not the rule's",
        arguments: [
            "we must not deport refugees", "we should close the mosque early today because of the snow",
            "the government deported 300 migrants last year", "we should ban hate speech against Muslims",
            "it is shameful that some say we should deport Muslims",
            "de gemeente moet de moskee sluiten wegens verbouwing",
        ])
    func notRaised(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.callsForExclusion(box.expressions))
    }
}

/// A hateful claim about a group inside a rhetorical question or an appeal to what everyone knows is hate: the
/// opener's negator ("isn't it obvious that …") does not negate the claim.
@Suite("A hateful claim in a rhetorical question is hate")
struct RhetoricalQuestionTests {
    @Test(
        "claims the model scored under the threshold are hateful",
        arguments: [
            "isn't it obvious that women are less intelligent?", "don't you think gays are disgusting?",
            "who else thinks trans people are freaks?",
            "n'est-il pas évident que les femmes sont moins intelligentes ?",
            "is het niet duidelijk dat vrouwen minder slim zijn?", "waarom zijn moslims altijd zo crimineel?",
        ])
    func raised(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(p < box.threshold, "the model alone: \(p)")
        #expect(extractor.asksHatefulQuestion(box.expressions))
        let r = c.classify(text)
        #expect(r.hateful && r.score == box.threshold && !r.targets.isEmpty)
    }

    @Test(
        "negated claims, condemnation, praise and plain questions are not the rule's",
        arguments: [
            "isn't it obvious that Muslims are not terrorists?", "don't you think calling gays disgusting is wrong?",
            "don't you think women are amazing?", "everyone knows that Jews celebrate Hanukkah",
            "is it true that Jews celebrate Hanukkah in winter?", "why are there so many Muslims in this town?",
            "No es verdad que los gitanos sean ladrones.",
        ])
    func notRaised(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.asksHatefulQuestion(box.expressions))
    }
    @Test("a Spanish opener that also denies asserts with the indicative and denies with the subjunctive")
    func indicativeAsserts() throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, "¿No es verdad que los gitanos son ladrones?")
        #expect(extractor.asksHatefulQuestion(box.expressions))
        let (_, _, denial) = SlurTests.modelScore(c, "No es verdad que los gitanos sean ladrones.")
        #expect(!denial.asksHatefulQuestion(box.expressions))
        #expect(!c.classify("No es verdad que los gitanos sean ladrones.").hateful)
    }

}

/// A hostile claim about a group put in someone else's mouth to rebut it ("if you think Muslims are scum, you are
/// the scum") is counter-speech whatever the model scored; a frame around a claim that is not hostile, or an
/// endorsed one, is the model's to judge.
@Suite("A rebutted hateful claim is counter-speech")
struct RebuttalTests {
    @Test(
        "rebuttals the model scored hateful are not hateful",
        arguments: [
            "If you think Muslims are scum, you are the scum",
            "People who think gays are disgusting are the real problem",
            "Si crees que los gitanos son ladrones, el problema eres tú",
            "Si tu penses que les musulmans sont des terroristes, c'est toi le problème",
            "Stop pretending that black people are dangerous", "Stop blaming refugees for everything.",
            "Arrêtez d'accuser les réfugiés de tout.",
            "I'm so tired of people treating trans people like they're dangerous.",
            // Saying, put to the reader (2026-11-30, seventh session).
            "Si dices que los gitanos son ladrones, el problema eres tú",
            "I never want to hear that Muslims are terrorists again",
            // A trope as the claim (2026-12-01, twelfth session).
            "If you think women belong in the kitchen, you're the problem.",
            "No one should ever say Black people are monkeys.",
        ])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.rebutsHatefulClaim($1.expressions) }
    }

    @Test(
        "a denied claim the model left under the threshold is not raised by the rules that read the claim",
        arguments: ["It's a myth that immigrants are criminals", "Es falso que los gitanos sean ladrones."])
    func notRaised(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(p < box.threshold, "the model alone: \(p)")
        #expect(extractor.rebutsHatefulClaim(box.expressions))
        #expect(!c.classify(text).hateful)
    }

    @Test(
        "a frame around a claim that is not hostile, an endorsed claim and plain hate are not the rule's",
        arguments: [
            "If you think Muslims are peaceful, you're an idiot", "If you think Muslims are scum, you're right",
            "Muslims are scum", "people who think immigrants are welcome here are traitors",
            "stop letting refugees into our country", "blaming refugees for everything is fair",
        ])
    func notLowered(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.rebutsHatefulClaim(box.expressions))
    }
}
