import Testing
@testable import CGClassifier

/// Hate is hostility against a group: a message that names no group, holds no hostile word and in which the
/// target heads see no group is not hateful, whatever the letters of its words score.
@Suite("Hate needs a group or a hostile word")
struct HateAnchorTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    @Test(
        "city chatter the Catalan and Spanish models scored hateful is not",
        arguments: ["El metro va fatal avui", "Qué buen concierto anoche"])
    func chatter(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(!r.hateful && r.targets.isEmpty && r.type == nil, "\(r.score)")
        // Held just under the threshold, and the fast path agrees.
        #expect(r.score < 0.99 && r.score > 0.25)
        #expect(c.makeSession().score(text) == r.score)
    }

    @Test("the extractor's anchor: a group, or a hostile word that is not negated")
    func anchor() {
        let extractor = FeatureExtractor()
        func anchored(_ text: String, _ language: Language) -> Bool {
            extractor.extract(text, language: language)
            return extractor.hasHateAnchor
        }
        #expect(anchored("muslims live here", .en))
        #expect(anchored("they are vermin", .en))
        #expect(!anchored("they are not vermin", .en))
        #expect(!anchored("what a lovely day", .en))
    }

    @Test("hostility that names no group is still judged by the model")
    func stillHateful() throws {
        let c = try #require(Self.classifier)
        let r = c.classify("those animals should be shot")
        #expect(r.hateful && r.targets.isEmpty, "\(r.score)")
    }
}
