import Testing

@testable import CGClassifier

/// Fourteenth session (2026-12-01): threats, insinuations and mockery in Spanish, French and Dutch said with no
/// hostile word — a lesson or mercy promised, leaving alive denied, mock wonder at "every" case, lateness "in the
/// blood", "what could go wrong" and "no comment" after a group, work said foreign to a group. Every sentence was
/// written for this project and differs from the probe files (`h_es8`, `h_fr11`, `h_nl8`).
@Suite("Veiled threats, insinuations and mockery in Spanish, French and Dutch")
struct VeiledHateTests {
    @Test(
        "a threat by idiom, its negator its own, is seen by the idiom rule and hateful",
        arguments: [
            "Los gitanos del mercado van a saber lo que es bueno esta noche.",
            "Que se preparen los judíos, no habrá piedad.",
            "Los refugiados del albergue no van a salir vivos.",
            "Ces juifs ne sortiront pas vivants de la ville.",
            "Ce soir on va donner une leçon aux gays du parc.",
            "Les musulmans du quartier, cette fois pas de pitié.",
            "Die homo's komen hier niet levend weg.",
            "Die Marokkanen gaan merken wat goed is als ze hier blijven.",
        ])
    func threat(text: String) throws {
        try HateExpressionTests.seenByRule(text) { extractor, _ in
            extractor.mayHoldStereotype() && extractor.threatensByIdiom()
        }
    }

    @Test(
        "a stereotype insinuated by a phrase beside a group is raised by its rule",
        arguments: [
            "La nueva jefa es gitana, seguro que por la cuota.",
            "De nieuwe directeur is een moslim, vast voor het quotum.",
            "Los gitanos corren mucho, sobre todo cuando viene la policía.",
        ])
    func insinuatedByPhrase(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, _ in extractor.insinuatesByPhrase() }
    }

    @Test(
        "a place said to swarm with a group is raised by its rule, as dehumanisation",
        arguments: ["Le métro grouille de migrants le soir.", "La plaza está infestada de gitanos."])
    func swarms(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, _ in extractor.swarmsWithGroup() }
        #expect(try #require(HateExpressionTests.classifier).classify(text).type == .dehumanisation, "\(text)")
    }

    @Test(
        "no group, a quota denied, a condemnation: the new rules do not see them",
        arguments: [
            "La plage grouille de touristes.", "Het krioelt van de mieren in de tuin.",
            "Las mujeres no entraron por la cuota sino por mérito.",
            "Es racista decir que la nueva jefa negra entró por la cuota.",
        ])
    func notSeen(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, _ in
            extractor.insinuatesByPhrase() || extractor.swarmsWithGroup()
        }
    }

    @Test(
        "insinuation and mockery beside a group are hateful; the frames with no group or a gift in the blood are not",
        arguments: [
            ("Qué curioso que en cada pelea del pueblo haya un gitano.", true),
            ("Curieusement, dans chaque bagarre il y a un arabe.", true),
            ("Gek genoeg zit er bij elke ruzie een Marokkaan.", true),
            ("Los rumanos siempre llegan tarde, lo llevan en la sangre.", true),
            ("Un gay de entrenador, ¿qué podría salir mal?", true), ("Une femme pilote, no comment.", true),
            ("Los rumanos y el trabajo no se conocen.", true),
            ("Mis alumnos van a saber lo que es bueno cuando prueben esta paella.", false),
            ("Los mineros atrapados no salieron vivos de la mina.", false),
            ("De zieke patiënten kwamen niet levend uit het ziekenhuis.", false),
            ("Qué curioso que en cada boda del pueblo llueva.", false),
            ("Los gitanos cantan flamenco, lo llevan en la sangre.", false),
            ("Ma sœur arrive toujours en retard, c'est dans son sang.", false),
        ])
    func decided(text: String, hateful: Bool) throws {
        let r = try #require(HateExpressionTests.classifier).classify(text)
        #expect(r.hateful == hateful, "\(text): \(r.score)")
    }
}
