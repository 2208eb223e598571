import Testing

@testable import CGClassifier

/// What 125 fresh French sentences showed (2026-12-01, twelfth session), and the rules it led to, which hold in
/// every language: a quantifier inside a phrase, a victim who "can be" one or whose suffering is the verb, things
/// denied ("… ne sont pas des objets"), a group protected with what it flees, a place better without "its" group,
/// and a trope that starts with a verb of praise.
@Suite("French findings of the twelfth session")
struct FrenchFindingsTests {
    @Test("a phrase meets one quantifier inserted after its first word or in an article's place")
    func quantifierInPhrase() {
        let table = PhraseTable(["control the banks", "take our jobs", "controleren de banken"])
        func length(_ text: String, _ language: Language) -> Int {
            let buffer = TokenBuffer()
            buffer.tokenize(text, language: language)
            return table.match(buffer, at: 0)
        }
        #expect(length("control the banks", .en) == 3)
        #expect(length("control all the banks", .en) == 4)
        #expect(length("control all banks", .en) == 3)
        #expect(length("take all our jobs", .en) == 4)
        #expect(length("controleren alle banken", .nl) == 3)
        // One quantifier, and only a quantifier.
        #expect(length("control all all the banks", .en) == 0)
        #expect(length("control some the banks", .en) == 0)
        #expect(length("take our own jobs", .en) == 0)
    }

    @Test(
        "hate the fresh sentences showed the rules missing is flagged, with its group",
        arguments: [
            ("Jews control all the banks", TargetGroup.jews), ("Les juifs contrôlent toutes les banques", .jews),
            ("Los judíos controlan todos los bancos", .jews), ("Ce pays serait mieux sans ses immigrés", .immigrants),
            ("This city would be better without its immigrants", .immigrants),
            ("Les migrants apportent des maladies et la criminalité", .immigrants), ("Women are objects", .women),
            ("Muslims die like the rats they are", .muslims),
            // The second fresh set: a future of violence, a beating deserved, a negated question with "tous".
            ("Un jour on brûlera vos synagogues", .jews), ("Les féministes méritent une bonne raclée", .women),
            ("Les musulmans ne sont-ils pas tous des terroristes ?", .muslims),
        ])
    func flagged(text: String, group: TargetGroup) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: 0.24–0.38, or held by a rule ("apportent" read as praise).
        #expect(r.hateful && r.targets == [group], "\(text): \(r.score) \(r.targets)")
    }

    @Test(
        "reports, denials and protection the models flagged stay not hateful",
        arguments: [
            "Les hommes aussi peuvent être victimes de violences conjugales", "Women can be victims too",
            "Les migrants meurent en Méditerranée dans l'indifférence", "Refugees die at sea every week",
            "Los refugiados mueren en el mar", "Les femmes ne sont pas des objets", "Women are not objects",
            "Las mujeres no son objetos", "Il faut protéger les réfugiés qui fuient la guerre",
            "Hay que proteger a los refugiados que huyen de la guerra", "Les migrants apportent beaucoup à notre pays",
            // The second fresh set: a question by inversion, a cliché named as one.
            "Les musulmans sont-ils bien accueillis en France ?", "Les femmes gagnent-elles autant que les hommes ?",
            "« Les juifs sont avares » est un vieux cliché antisémite",
            // A group set apart and taken up by "c'est" or a pronoun.
            "Les migrants, c'est une chance pour la France", "Immigrants, they are a blessing",
        ])
    func notHateful(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: 0.46–0.92, hateful.
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "a wish or need before the passive, hostility after a verb of suffering or after what is fled keeps the hate",
        arguments: [
            "Muslims need to be attacked", "Gays should be beaten", "Migrants should die",
            "Il faut protéger les réfugiés qui fuient la guerre, ces parasites",
            "Les Arabes, c'est tous des voleurs", "Les juifs, c'est une chance pour la France, mais ce sont des rats",
        ])
    func stillHateful(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "a slur of one language said alone or after an insult's frame is read in its language, for its group",
        arguments: [
            ("Espèce de gouine", Language.fr, TargetGroup.lgb), ("Espèce de tarlouze", .fr, .lgb),
            ("Puto moro", .es, .muslims), ("Kankerjood", .nl, .jews),
        ])
    func slurAlone(text: String, language: Language, group: TargetGroup) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: read as Spanish, French (no group), English and Swedish, none hateful.
        #expect(r.language == language && r.hateful && r.targets == [group], "\(text): \(r.language) \(r.score)")
    }
}
