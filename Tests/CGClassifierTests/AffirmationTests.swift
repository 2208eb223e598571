import Testing

@testable import CGClassifier

/// A right, respect or protection claimed for a group, or its humanity affirmed, with nothing hostile beside it
/// ("Women deserve the same pay as men", "Les trans sont des êtres humains comme les autres") is not hate, whatever
/// the model scored; the same frames carrying hostility, a negation, a push out or a claim about the group are the
/// model's to judge.
@Suite("An affirmation of a group's rights or humanity is not hate")
struct AffirmationTests {
    @Test(
        "affirmations the model scored hateful are not hateful, in every language",
        arguments: [
            "Women deserve the same pay as men.", "Gay people should be able to marry.",
            "Disabled people should have access to every building.", "Black people deserve justice.",
            "Gay couples should be allowed to adopt.", "Asylum seekers need our help.",
            "Gay people are human beings like you and me.",
            "Las mujeres merecen el mismo salario que los hombres.", "Los gays deberían poder casarse.",
            "Las personas trans son seres humanos como los demás.", "Hay que proteger a las mujeres de la violencia.",
            "Debemos proteger a las personas trans.",
            "Les femmes méritent les mêmes salaires que les hommes.", "Les trans sont des êtres humains comme les autres.",
            "Les immigrés méritent une vie digne.", "Les migrants devraient être accueillis dignement.",
            "Les personnes handicapées méritent l'égalité des chances.",
            "Vrouwen verdienen hetzelfde loon als mannen.", "Immigranten verdienen een waardig leven.",
            "Homo's zouden moeten kunnen trouwen.", "Homoseksuelen zijn ook gewoon mensen.",
            "We moeten vluchtelingen beschermen.", "Ik ben dol op moslims.", "Vluchtelingen verrijken onze samenleving.",
            "We need more women in positions of power.", "Il nous faut plus de femmes au pouvoir.",
            "Los refugiados enriquecen nuestra sociedad.", "Les réfugiés enrichissent notre société.",
            "Vrouwen zijn net zo slim als mannen.", "Les femmes sont aussi intelligentes que les hommes.",
            "Gehandicapten verdienen een toegankelijke stad.", "Moslims vieren vandaag het Offerfeest.",
            "Women are people, not property.", "Los inmigrantes son personas, no números.",
            "Les réfugiés sont des êtres humains, pas des chiffres.",
            // 2026-11-30 (fourth session): praise after a copula, belonging, nothing wrong with being.
            "Black women are inspiring.", "Muslims belong here.", "Moslims horen hier.", "Black lives matter.",
            "No hay nada malo en ser trans.", "Moslims vasten tijdens de ramadan.", "Muslims pray five times a day.",
            // Contributing, making the city richer (2026-11-30, seventh session).
            "Invandrare bidrar mycket till Sverige", "Migranten maken onze stad rijker",
            // No hatred held (2026-11-30, seventh session).
            "I have no hatred towards Jews",
            // What a group flees, before a claim; what two groups share (2026-12-01, tenth session).
            "Vluchtelingen die de oorlog ontvluchten verdienen bescherming.",
            "Los refugiados que huyen de la guerra merecen protección.",
            "Les réfugiés qui fuient la guerre méritent notre protection.",
            "Los árabes y los judíos comparten muchas tradiciones.",
            "Los judíos han aportado muchísimo a la cultura europea.",
            "Les personnes handicapées sont un exemple pour tous.",
            "Moslims zijn de aardigste mensen die ik ken.",
            // Shaping (2026-12-01, twelfth session).
            "Black people have shaped every part of American music.",
        ])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.affirmsGroup($1.expressions, language: $1.language) }
    }

    @Test(
        "hostility, negation, a push out, a claim about the group or a demand of it is not an affirmation",
        arguments: [
            // Hostile words, slurs and insults beside the frame.
            "Muslims deserve respect? They deserve deportation.", "Immigrants deserve nothing but a bullet.",
            // Thanks for something (2026-12-01, tenth session).
            "Thanks to the immigrants for ruining this country.", "Gracias a los inmigrantes por arruinar el país.",
            "Men have always gone to war to protect the women, and our children are trannies",
            // Negated, or "less".
            "Gay people should not be allowed to marry.", "Muslims deserve no rights.", "Trans people are not human beings.",
            "Women should be paid less than men.", "Las mujeres merecen menos salario.",
            "Les juifs ne sont pas des êtres humains.", "Vrouwen verdienen geen respect.",
            "Immigrants are humans? Don't make me laugh.",
            // A push out, a demand of the group, a claim about it.
            "Muslims have the right to leave.", "Women should respect their husbands.",
            "Gay people should be protected from themselves in camps.",
            "Black people need protection from their own violence.", "Gay people are humans with a mental disorder.",
            "Muslims are people who kill.", "Muslims are people too, but they should go back home.",
            // The group is the danger, not the protected; or the verb is not about a group.
            "We must protect our children from Muslims.", "Hay que proteger a España de los inmigrantes.",
            "es proteger a los inmigrantes que atacan con ácido a nuestros agentes",
            "the immigration support from the UKBA is absolute shit", "welcome Islam to your country",
            "women have depth in their love for their child, that is their role",
            // Praise that names no place of standing, mocks, is sarcastic or put on a condition.
            "We need more women in the kitchen.", "Immigrants enrich our streets with knives.",
            "We need more Muslims? Are you insane?", "I love Muslims. I love them even more when they live far away.",
            "I love Muslims, said no one ever.",
            // Equal in a hostile word, a worth measured with a hostile word, a celebration of violence.
            "Women are as stupid as men.", "Muslims are as good as dead.", "Muslims celebrate every terror attack.",
            "Women are not as smart as men.",
            // A short clause that denies the affirmation, or a longer one.
            "Immigrants are humans? Not really.", "Muslims are people, no doubt, but they should leave.",
            // Praise that goes on after its word, is negated, or a belonging denied or placed elsewhere.
            "Muslims are great at blowing things up.", "Women are wonderful in the kitchen.",
            "Muslims are wonderful people, when they stay in their own countries.", "Women are not brilliant.",
            "Vluchtelingen horen hier niet.", "Immigrants belong in a zoo.",
            "Refugees belong here? No, they belong in camps.", "There is nothing wrong with hating Muslims.",
            "Muslims pray for the death of all infidels.",
        ])
    func notAffirmed(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.affirmsGroup(box.expressions, language: box.language))
    }
}

/// A group denied its rights or respect ("los musulmanes no merecen ningún derecho") is derogation whatever the
/// model scored; the denial reported, condemned or said of a vulgar word for one person is the model's to judge.
@Suite("Denying a group its rights is hate")
struct RightsDenialTests {
    @Test(
        "denials the model scored under the threshold are hateful",
        arguments: [
            "los musulmanes no merecen ningún derecho", "vrouwen verdienen helemaal geen rechten",
            // Pity and mercy (2026-12-01, eleventh session).
            "Gypsies deserve no pity.",
        ])
    func raised(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(p < box.threshold, "the model alone: \(p)")
        #expect(extractor.deniesGroupRights(box.expressions))
        let r = c.classify(text)
        #expect(r.hateful && r.score == box.threshold && !r.targets.isEmpty)
        #expect(c.makeSession().score(text) == r.score)
    }

    @Test(
        "the rule reads its forms in every language",
        arguments: [
            "women deserve no respect", "les juifs ne méritent aucun respect", "moslims verdienen geen respect",
            "Les Roms ne méritent aucune pitié.",
        ])
    func forms(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.deniesGroupRights(box.expressions))
    }

    @Test(
        "reported, condemned, affirmed or vulgar-word denials are not the rule's",
        arguments: [
            "You hoes don't deserve the respect you ask for", "nobody says immigrants deserve no rights",
            "es falso que los gitanos no merecen derechos", "Muslims deserve respect",
            "Muslims don't deserve to be insulted", "Refugees deserve our pity and our help.",
        ])
    func notRaised(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.deniesGroupRights(box.expressions))
    }
}

/// A question why harm befalls a group ("Why are Black people killed by police?") is not hate, whatever the model
/// learnt from "why are …" in hateful questions; a resentful question, one answered with hate, or one whose group
/// is the doer is the model's to judge.
@Suite("A question why a group suffers is not hate")
struct WhyQuestionTests {
    @Test(
        "questions about harm the model scored hateful are not hateful",
        arguments: [
            "Why are Black people killed by police?", "Why do gay people face violence at school?",
            "Why are refugees fleeing Syria?", "Why are Muslims blamed for terrorism?",
            "Pourquoi les musulmans sont-ils victimes de haine ?", "¿Por qué los refugiados huyen de la guerra?",
            // The harm others do named in the opener (2026-12-01, twelfth session).
            "Why do some people hate gay people?",
        ])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.asksWhyGroupSuffers($1.expressions, language: $1.language) }
    }

    @Test(
        "resentment, an answer in hate, a negated harm or the group as the doer is not the rule's",
        arguments: [
            "Why do Jews get everything handed to them?", "Why are gays being pushed on our kids?",
            "Why are Jews killed? Because they deserve it.",
            "Why are immigrants attacked? They bring it on themselves, the filthy rats.",
            "Why are Muslims never blamed for anything?", "Why do Muslims always play the victim?",
            "Why do immigrants always commit crimes?",
            "Why do people hate Muslims? Because they are terrorists.",
            "Why do people hate Jews so much, they are vermin.",
        ])
    func notLowered(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.asksWhyGroupSuffers(box.expressions, language: box.language))
    }
}
