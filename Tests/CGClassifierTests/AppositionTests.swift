import Testing

@testable import CGClassifier

/// A group set off by commas beside "those people" says of the group what the clause says (2026-12-01, twelfth
/// session): "Esa gente, los gitanos, no merece ninguna compasión" scored 0.36.
@Suite("A group in apposition to \"those people\"")
struct AppositionTests {
    @Test(
        "the pair is dropped and the group joins its predicate, before or after the group; a kind predicate stays kind",
        arguments: [
            ("Esa gente, los gitanos, no merece ninguna compasión.", true),
            ("Los gitanos, esa gente, no merecen ninguna compasión.", true),
            ("Those people, the Roma, deserve no pity.", true), ("Ces gens, les Roms, ne méritent aucune pitié.", true),
            ("Esa gente, los gitanos, siempre me ha tratado bien.", false),
            ("Die mensen, de vluchtelingen, verdienen onze steun.", false),
        ])
    func decided(text: String, hateful: Bool) throws {
        let r = try #require(HateExpressionTests.classifier).classify(text)
        #expect(r.hateful == hateful, "\(text): \(r.score)")
    }

    @Test("the tokens: the demonstrative and its noun go, the comma after the group goes, other commas stay")
    func tokens() {
        let buffer = TokenBuffer()
        buffer.tokenize("Esa gente, los gitanos, no merece compasión.", language: .es)
        #expect((0..<buffer.count).map(buffer.string(at:)) == ["los", "gitanos", "no", "merece", "compasion"])
        #expect((1..<buffer.count).allSatisfy { buffer.flags[$0] & TokenFlags.breakBefore.rawValue == 0 })
        buffer.tokenize("Esa gente, la de ayer, no vino.", language: .es)
        #expect(buffer.count == 7)
        buffer.tokenize("Esa gente, los gitanos y los judíos, no vino.", language: .es)
        #expect(buffer.string(at: 0) == "esa")
    }
}
