import Testing
@testable import CGClassifier

/// Hate is hostility against a group: a message that names no group, holds no hostile word and in which the
/// target heads see no group is not hateful, whatever the letters of its words score.
@Suite("Hate needs a group or a hostile word")
struct HateAnchorTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    /// Whether `text` read as `language` has a group or hostile word, and whether it has an anchor word.
    static func anchors(_ text: String, _ language: Language) -> (groupOrHostile: Bool, word: Bool) {
        let extractor = FeatureExtractor()
        extractor.extract(text, language: language)
        return (extractor.hasHateAnchor, extractor.hasAnchorWord(language))
    }

    @Test(
        "city chatter the Catalan and Spanish models scored hateful is not",
        arguments: [
            "El metro va fatal avui", "Qué buen concierto anoche", "Goedemorgen allemaal!", "Bon dia a tothom!",
            "Bona nit a tothom", "Hallo allemaal, fijne dag", "mi perra es preciosa", "la zorra se comió las gallinas",
            "he sacado a pasear a la perra",
        ])
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

    @Test(
        "a group the lists lack, read by the target heads, keeps a Dutch score hateful",
        // "Marokkanen" itself is a group word since 2026-11-30 (eighth session); its diminutive is not.
        arguments: ["Marokkaantjes deugen nergens voor", "Marokkaantjes verknoeien elke buurt waar ze wonen"])
    func impliedGroup(text: String) throws {
        let c = try #require(Self.classifier)
        let a = Self.anchors(text, .nl)
        #expect(!a.groupOrHostile && !a.word)
        let r = c.classify(text)
        #expect(r.language == .nl && r.hateful && r.targets == [.arabs], "\(r.score) \(r.targets)")
    }

    @Test("hostility that names no group is still judged by the model")
    func stillHateful() throws {
        let c = try #require(Self.classifier)
        let r = c.classify("those animals should be shot")
        #expect(r.hateful && r.targets.isEmpty, "\(r.score)")
    }

    @Test("English keeps the model's judgement: its model learned from real messages")
    func englishNotHeld() throws {
        let c = try #require(Self.classifier)
        let text = "those hill folk should go back where they came from"
        let a = Self.anchors(text, .en)
        #expect(!a.groupOrHostile && !a.word)
        let r = c.classify(text)
        #expect(r.language == .en && r.hateful, "\(r.score)")
        #expect(c.box(for: .en).needsAnchor == false && c.box(for: .es).needsAnchor)
    }

    @Test(
        "an insult aimed at one woman, or a slur the group lists lack, lets a Spanish score stand",
        arguments: ["vete de aquí, perra", "otro sudaca más en el barrio"])
    func anchorWord(text: String) throws {
        let c = try #require(Self.classifier)
        let a = Self.anchors(text, .es)
        #expect(!a.groupOrHostile && a.word)
        let r = c.classify(text)
        #expect(r.language == .es && r.hateful, "\(r.score)")
        #expect(c.makeSession().score(text) == r.score)
    }
}
