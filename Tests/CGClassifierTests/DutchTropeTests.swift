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
        ] {
            #expect(!c.classify(text).hateful, "\(text)")
        }
    }
}
