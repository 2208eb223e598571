import Testing

@testable import CGClassifier

/// Dutch threats the Dutch model (trained on our own sentences only) missed: idioms of menace, body bags, a group
/// named in the singular or as a couple (0.02–0.38 before).
@Suite("Dutch threats")
struct DutchThreatTests {
    @Test(
        "idioms of menace said of a group",
        arguments: [
            "We laten de joden met bloed betalen.", "Elke Arabier in deze straat krijgt wat hij verdient.",
            "Tijd om deze stad voorgoed te zuiveren van moslims.", "Pak de joden op en voer ze af.",
            "Als er een homostel naast me komt wonen, gaan ze in een lijkzak weg.",
        ])
    func threats(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(r.hateful && !r.targets.isEmpty, "\(text): \(r.score)")
    }

    @Test(
        "the same words in ordinary sentences",
        arguments: [
            "De politie vond granaten in de kelder van een huis.",
            "Het homostel uit onze straat heeft een baby gekregen.",
            "Mijn buurman is een Arabier en hij kookt fantastisch.",
            "Elke vrijwilliger krijgt wat hij verdient: een warme maaltijd.",
        ])
    func ordinary(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(!r.hateful, "\(text): \(r.score)")
    }
}
