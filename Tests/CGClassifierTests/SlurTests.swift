import Testing

@testable import CGClassifier

/// A slur used plainly — not negated, not quoted, with no word that condemns or reports — is hateful whatever the
/// model's score ("get lost, kikes" scored 0.17); reclaimed slurs and words with an ordinary meaning are the
/// model's to judge.
@Suite("A slur used plainly is hate")
struct SlurTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    /// The model's own score of `text`, before the rules.
    static func modelScore(_ c: HateClassifier, _ text: String) -> (Double, ModelBox, FeatureExtractor) {
        let language = c.identifier.identify(text)
        let box = c.box(for: language)
        let extractor = FeatureExtractor()
        extractor.extract(text, language: language)
        return (sigmoid(box.plattA * Double(box.model.mainLogit(extractor.features)) + box.plattB), box, extractor)
    }

    @Test(
        "slurs the model scored under the threshold are hateful",
        arguments: ["get lost, kikes", "get lost, pakis", "get lost, faggots", "get lost, retards"])
    func raised(text: String) throws {
        let c = try #require(Self.classifier)
        let (p, box, extractor) = Self.modelScore(c, text)
        #expect(p < box.threshold, "the model alone: \(p)")
        #expect(extractor.usesSlurPlainly(box.language))
        let r = c.classify(text)
        #expect(r.hateful && r.score == box.threshold)
        #expect(c.makeSession().score(text) == r.score)
    }

    @Test(
        "negated, quoted, condemned or reported slurs, reclaimed slurs and ordinary words are not raised",
        arguments: [
            "nobody here would ever call them kikes", "\"get lost, pakis\" is what he shouted, and it is racist",
            "calling people faggots is disgusting and unacceptable", "my niggas came through for me",
            "le train a du retard ce matin", "I need a fag and a coffee", "there's a chink in their armour",
            "cheese and crackers for lunch", "Trevlig kväll med våra grannar som är bögar",
        ])
    func notRaised(text: String) throws {
        let c = try #require(Self.classifier)
        let (p, box, extractor) = Self.modelScore(c, text)
        #expect(!extractor.usesSlurPlainly(box.language))
        // The rule leaves the score as the model (and the other rules) made it.
        #expect(c.classify(text).score <= max(p, box.threshold))
    }

    @Test("English slurs are read in every language, less the ones that are ordinary words there")
    func everyLanguage() {
        let kikes = FNV.hash("kikes"), retard = FNV.hash("retard")
        for l in Language.allCases { #expect(Lexicon.slurHashes[l]?.contains(kikes) == true, "\(l)") }
        #expect(Lexicon.slurHashes[.fr]?.contains(retard) == false && Lexicon.slurHashes[.en]?.contains(retard) == true)
    }
}
