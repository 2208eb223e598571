import Testing
@testable import CGClassifier

/// City names are dropped by the tokeniser: they say where a message was written, not whether it is hateful.
@Suite("City names carry no evidence")
struct PlaceNameTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    @Test("the tokeniser drops a city's name and keeps the clause break it carried")
    func dropped() {
        let buffer = TokenBuffer()
        buffer.tokenize("many people live in Stockholm. I hate London", language: .en)
        let words = (0..<buffer.count).map { buffer.string(at: $0) }
        #expect(words == ["many", "people", "live", "in", "i", "hate"])
        let i = words.firstIndex(of: "i") ?? 0
        #expect(TokenFlags(rawValue: buffer.flags[i]).contains(.breakBefore))
    }

    @Test(
        "a message scores the same with or without the city's name",
        arguments: [
            ("Jag hatar judar, de förstör", "Jag hatar judar, de förstör Stockholm"),
            ("I hate Muslims, they ruin", "I hate Muslims, they ruin London"),
            ("Muslims in are lovely neighbours", "Muslims in Manchester are lovely neighbours"),
            ("Odio a los gitanos de", "Odio a los gitanos de Barcelona"),
            ("Je déteste les juifs, ils détruisent", "Je déteste les juifs, ils détruisent Paris"),
            ("Die moslims verpesten", "Die moslims verpesten Rotterdam"),
        ])
    func sameScore(without: String, with: String) throws {
        let c = try #require(Self.classifier)
        let a = c.classify(without), b = c.classify(with)
        // The language is identified on the whole text; the pairs are chosen so that it is the same.
        try #require(a.language == b.language)
        #expect(a.score == b.score, "\(with)")
        #expect(a.hateful == b.hateful && a.targets == b.targets)
    }

    @Test("hate that names the city is found (it scored 0.16 when the name counted against it)")
    func stockholm() throws {
        let c = try #require(Self.classifier)
        let r = c.classify("Jag hatar judar, de förstör Stockholm")
        #expect(r.hateful && r.targets == [.jews], "\(r.score)")
    }
}
