import Testing

@testable import CGClassifier

/// Tropes the Dutch model missed (work refused, cost, money, confusion, the vote denied: 0.02–0.41 before), and
/// the same tropes in the other languages (2026-11-30, eighth session).
@Suite("Tropes of work, cost and the vote")
struct DutchTropeTests {
    @Test(
        "a trope said of a group that opens its clause is hateful",
        arguments: [
            "Roma willen niet werken.", "Gehandicapten kosten de maatschappij te veel.",
            "Transgenders zijn gewoon in de war.", "Mannen zouden geen stemrecht moeten hebben.",
            "Zwarten kunnen niet met geld omgaan.", "Los gitanos no quieren trabajar.",
            "Disabled people cost society too much.", "Romer vill inte jobba.",
            // Treatment instead of rights, hygiene denied (2026-12-01, tenth session).
            "Transgenders hebben een psychiater nodig, geen rechten.", "Zigeuners weten niet wat een douche is.",
            "Les trans ont besoin d'un psychiatre, pas de droits.",
            // Segregation (2026-12-01, tenth session).
            "Jews should keep to their own kind.", "Los gitanos deberían quedarse con los suyos.",
            "Les immigrés devraient rester entre eux.", "Moslims moeten bij hun eigen soort blijven.",
            // Driving, nothing in their heads (2026-12-01, eleventh session).
            "Vrouwen kunnen niet autorijden, dat weet iedereen.", "Zwarte mensen hebben niks in hun hoofd.",
            "Los negros no tienen nada en la cabeza.", "Les Noirs n'ont rien dans la tête.",
            "Turken kunnen helemaal niks.", "Transgenders zijn een belediging voor de natuur.",
            // To get rid of a group; oppressors (2026-12-01, eleventh session).
            "Hay que librarse de los inmigrantes de una vez por todas.",
            "Witte mensen zijn allemaal racisten en onderdrukkers.",
        ])
    func tropes(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(r.hateful && !r.targets.isEmpty, "\(text): \(r.score)")
    }

    @Test("a trope condemned as a myth or a prejudice is not hateful")
    func condemned() throws {
        let c = try #require(GroupFormsTests.classifier)
        for text in [
            "It's a myth that disabled people cost society too much.",
            "Ik zeg niet dat Roma niet willen werken, dat is een vooroordeel.",
            "Het is een mythe dat vrouwen niet kunnen autorijden.",
            "Nadie debería intentar librarse de los inmigrantes.",
        ] {
            #expect(!c.classify(text).hateful, "\(text)")
        }
    }

    /// "niets dan" (nothing but) restricts; it used to negate the words after it, so "Joden zijn niets dan
    /// parasieten" scored 0.06 (2026-12-01, tenth session).
    @Test(
        "\"nothing but\" restricts, it does not negate",
        arguments: [
            "Joden zijn niets dan parasieten.", "Vluchtelingen zijn niks anders dan ongedierte.",
        ])
    func nothingBut(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let extractor = FeatureExtractor()
        extractor.extract(text, language: .nl)
        let tokens = extractor.tokens
        let last = tokens.count - 1
        #expect(TokenFlags(rawValue: tokens.flags[last]).isDisjoint(with: .negated), "\(text)")
        #expect(c.classify(text).hateful, "\(text)")
    }

    @Test("\"niets\" without \"dan\" still negates")
    func nothingNegates() {
        let extractor = FeatureExtractor()
        extractor.extract("Joden hebben niets verkeerd gedaan", language: .nl)
        let tokens = extractor.tokens
        #expect(TokenFlags(rawValue: tokens.flags[tokens.count - 1]).contains(.negated))
    }
}
