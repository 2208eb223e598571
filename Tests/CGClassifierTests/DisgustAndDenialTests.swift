import Testing

@testable import CGClassifier

/// Fourteenth session (2026-12-01): being worn out by a group and bodily disgust at it, in French and Spanish; a
/// group kept from coming near; and the look-alikes that condemn — disgust at an act aimed at a group, a denial that
/// calls the prejudice a disease, a pay gap that goes on. Every sentence was written for this project, none is in
/// the probe files; the hateful ones and the first three of the others were decided wrongly before the change.
@Suite("Worn out and disgusted by a group; disgust at acts, prejudice and pay gaps that are not hate")
struct DisgustAndDenialTests {
    @Test(
        "worn out by a group, or bodily disgust at it, is hateful",
        arguments: [
            "Estoy hasta el moño de los gitanos",
            "Los musulmanes me dan grima",
        ])
    func disgust(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: 0.44 and 0.49, under the Spanish threshold.
        #expect(r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "disgust at an act aimed at a group, a prejudice called a disease, a pay gap that goes on: not hateful",
        arguments: [
            "Esos insultos contra las mujeres me dan asco",
            "Les gays ne sont pas malades, c'est l'homophobie qui est une maladie",
            "Las mujeres siguen ganando menos que los hombres",
            "Ces commentaires contre les musulmans me dégoûtent",
        ])
    func condemned(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: the first three 0.49, 0.49 and 0.89, hateful.
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "the same frames aimed at the group stay hateful",
        arguments: [
            // The disease is the group's own.
            "Les musulmans ne sont pas des terroristes, c'est leur haine qui est une maladie",
            // "Siguen" with no pay verb: a claim of worth, not a pay gap.
            "Las mujeres siguen siendo menos listas que los hombres",
            // Disgust at the group itself.
            "Los judíos me dan asco",
            "Nunca dejaré que un gitano se acerque a mis hijos",
        ])
    func stillHateful(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "a group called normal, a denied devil, intolerance declared: each read the right way",
        arguments: [
            ("Lesbians are normal", false),
            ("Muslims are not devils", false),
            ("I have no tolerance for Roma", true),
            // Guards: worth denied, the hostile word said, respect taken back.
            ("Lesbians are not normal", true),
            ("Jews are devils", true),
            ("I respect Muslims but they should all leave", true),
        ])
    func normalAndDevils(text: String, hateful: Bool) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: the first three 0.59 (read as French), 0.60 and 0.13, each decided the other way.
        #expect(r.hateful == hateful, "\(text): \(r.score)")
    }
}
