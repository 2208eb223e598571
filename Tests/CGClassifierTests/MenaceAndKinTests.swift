import Testing

@testable import CGClassifier

/// Thirteenth session (2026-12-01): menace said without a violent word, hate of majority groups by names the lexicon
/// lacked, a group's flight from war read as a report, and one's own kin as a target that is no group. Every
/// sentence was written for this project; the hateful ones of the first three tests and the flight and kin ones
/// in French and Spanish failed before the change they test (the rest guard against over-reach).
@Suite("Menace without violent words, majority-group names, flight and kin")
struct MenaceAndKinTests {
    @Test(
        "menace with no violent word against a group is hateful",
        arguments: [
            "Christians, enjoy your Sunday mass while you still can.",
            "Watch what happens to the next Asian who opens a shop here.",
            "Cualquier trans que entre aquí sale en una ambulancia.",
            "Como vea a otro moro en mi calle le rajo la cara.",
            "Vrouwen die te veel praten verdienen een klap in hun gezicht.",
            "The next gay couple holding hands on my street gets a brick through the window.",
            "Me encantaría ver a los inmigrantes colgados de las farolas.",
            "Ya es hora de que alguien queme el campamento de los gitanos.",
            "Als ik vanavond een Marokkaan tegenkom, ligt hij morgen in het ziekenhuis.",
            "Elke Turk in deze stad moet bang zijn, want we komen eraan.",
        ])
    func menace(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: 0.05–0.34, not hateful.
        #expect(r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "the same idioms with no group, or condemned, stay not hateful",
        arguments: [
            "Enjoy the sunshine while you still can, rain is coming.",
            "Nobody should tell Christians to enjoy mass while they still can.",
            "The match was so rough that one player left in an ambulance.",
            "Me encantaría ver a los inmigrantes mejor acogidos en esta ciudad.",
            "Ya es hora de que alguien limpie el parque de basura.",
        ])
    func idiomsHarmless(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "majority groups by slang and denomination are named and their haters flagged",
        arguments: [
            ("Los payos son todos unos racistas asquerosos.", TargetGroup.white),
            ("Les cathos sont une bande d'hypocrites dégoûtants.", .christians),
            ("Los evangélicos son una plaga.", .christians),
            ("Blanke mensen hebben geen cultuur, ze stelen die van anderen.", .white),
        ])
    func majority(text: String, group: TargetGroup) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: 0.27–0.30, no group named.
        #expect(r.hateful && r.targets.contains(group), "\(text): \(r.score) \(r.targets)")
    }

    @Test("French \"pays\" (country) is no misspelt \"payos\"")
    func paysIsCountry() throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify("Ce pays est magnifique au printemps.")
        #expect(!r.hateful && r.targets.isEmpty, "\(r.score) \(r.targets)")
    }

    @Test(
        "a group fleeing war is reported, not threatened",
        arguments: [
            "Refugees fled bombs and bullets to reach safety here.",
            "Los refugiados huyen de la guerra y merecen protección.",
            "Vluchtelingen ontvluchten de oorlog.",
        ])
    func flight(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: 0.64 and 0.71, hateful threats.
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test("fleeing is no shield for a hostile claim after it")
    func flightThenHate() throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify("Refugees fled the war and now they are parasites living off us.")
        #expect(r.hateful, "\(r.score)")
    }

    @Test(
        "anger at one's own kin is no hate",
        arguments: [
            "Je vais tuer mon frère s'il finit encore le gâteau.",
            "Voy a matar a mi hermano si vuelve a coger mi coche.",
            "Ik vermoord mijn broer als hij weer mijn fiets leent.",
        ])
    func kin(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "death wished on a thing is no hate; on a group it is",
        arguments: [
            ("Muerte al aburrimiento: hoy vamos al cine.", false),
            ("Dood aan de verveling, we gaan naar het strand.", false),
            ("Death to boredom, we're going to the seaside.", false), ("Muerte a los judíos.", true),
            ("Dood aan de joden.", true), ("Death to the Jews.", true),
        ])
    func deathSlogan(text: String, hateful: Bool) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: the first three 0.50–0.999, hateful.
        #expect(r.hateful == hateful, "\(text): \(r.score)")
    }

    @Test(
        "a group denied its culture, morals or manners is derogated; a culture praised is not",
        arguments: [
            ("White people have no culture, just stolen food and bad music.", true),
            ("Les Blancs n'ont aucune culture, ils volent celle des autres.", true),
            ("Moslims hebben geen fatsoen.", true), ("Gays have no morals.", true),
            ("Immigrants have a rich culture.", false),
            ("There is no shame in being gay.", false),
        ])
    func worthDenied(text: String, hateful: Bool) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: the French one 0.04, the English one 0.17.
        #expect(r.hateful == hateful, "\(text): \(r.score)")
    }

    @Test(
        // Before: "Sale babtou …" and "Los moracos …" not hateful, "Mocro's …" read as against Muslims.
        "street names, compounds and families of groups are read as the groups they name",
        arguments: [
            ("Les reubeus sont tous des voleurs.", TargetGroup.arabs), ("Les feujs contrôlent tout.", .jews),
            ("Sale babtou, rentre chez toi.", .white), ("Mocro's zijn tuig.", .arabs),
            ("Los moracos son escoria.", .arabs),
            ("Laat een zwart gezin in de straat wonen en zie de huizenprijzen dalen.", .black),
            ("Een transvrouw is evenveel waard als een oude sok.", .trans),
        ])
    func streetNames(text: String, group: TargetGroup) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(r.hateful && r.targets.contains(group), "\(text): \(r.score) \(r.targets)")
    }

    @Test(
        "Catalan \"rebeu\" and Spanish \"moco\" are words, not groups",
        arguments: ["Rebeu una salutació de tots nosaltres.", "Tengo mocos y fiebre desde ayer."])
    func streetNameLookAlikes(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(!r.hateful && r.targets.isEmpty, "\(text): \(r.score) \(r.targets)")
    }

    @Test(
        "a charge declared the group's nature is hateful; a custom or gift so declared, or the claim condemned, is not",
        arguments: [
            ("Les Blancs ont toujours tout volé, c'est dans leurs gènes.", true),
            ("Gitanos roban, lo llevan en la sangre.", true),
            ("Muslims? They steal, it's in their blood.", true),
            ("Los gitanos cantan flamenco, lo llevan en la sangre.", false),
            ("Les Marocains aiment le thé, c'est dans leur culture.", false),
            ("Dire que la violence est dans leurs gènes, c'est du racisme contre les Noirs.", false),
        ])
    func essentialism(text: String, hateful: Bool) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: the French one 0.07, the Spanish one 0.49 (under its threshold).
        #expect(r.hateful == hateful, "\(text): \(r.score)")
    }

    @Test(
        "tropes of cost, control, food and intelligence",
        arguments: [
            ("Ces handicapés nous coûtent une fortune pour rien, franchement.", true),
            ("Ces Juifs ont la main sur toutes les banques, faut pas être naïf.", true),
            ("Les musulmans ont la main sur le cœur quand ils prient.", false),
            ("Los chinos comen perros y huele fatal en todo el edificio.", true),
            ("Chinezen eten honden en het stinkt in de hele flat.", true),
            ("Los negros tienen el coeficiente más bajo, es ciencia.", true),
            ("In Korea some people eat dogs, which is now banned.", false),
            ("Les femmes c'est fait pour la cuisine.", true), ("I went to Asia last year.", false),
            ("Les trisomiques, faudrait les euthanasier.", true), ("Los moros deben irse de aquí.", true),
            ("Los refugiados deben irse de la zona de guerra para sobrevivir.", false),
            ("Transen zijn walgelijk.", true),
        ])
    func tropes(text: String, hateful: Bool) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(r.hateful == hateful, "\(text): \(r.score)")
    }

    @Test(
        "a group set apart and taken up by a pronoun: its exclusion called for, or refused",
        arguments: [
            ("Les Gitans, faut les parquer loin des honnêtes gens.", true),
            ("Los moros, hay que echarlos a todos.", true),
            ("Les réfugiés, il ne faut pas les expulser.", false),
            ("Los refugiados, no hay que echarlos.", false),
            ("Les réfugiés, il faut les accueillir.", false),
        ])
    func setApart(text: String, hateful: Bool) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: the first 0.01; the refusals 0.82 and 0.67, hateful.
        #expect(r.hateful == hateful, "\(text): \(r.score)")
    }

    @Test(
        "praise after a verb of having, as after a copula",
        arguments: [
            ("Roma hebben een ongelooflijke muziektraditie.", false), ("Les Roms ont une musique magnifique.", false),
            ("Roma hebben een ongelooflijke muziektraditie, maar het zijn dieven.", true),
        ])
    func possession(text: String, hateful: Bool) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: the Dutch one 0.99, hateful.
        #expect(r.hateful == hateful, "\(text): \(r.score)")
    }
}
