import Foundation
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

    @Test("every language's slurs are read in every language, less the ones that are ordinary words there")
    func everyLanguage() {
        let kikes = FNV.hash("kikes"), retard = FNV.hash("retard"), maricones = FNV.hash("maricones")
        for l in Language.allCases {
            #expect(Lexicon.slurHashes[l]?.contains(kikes) == true, "\(l)")
            #expect(Lexicon.slurHashes[l]?.contains(maricones) == true, "\(l)")
        }
        #expect(Lexicon.slurHashes[.fr]?.contains(retard) == false && Lexicon.slurHashes[.en]?.contains(retard) == true)
        #expect(Lexicon.slurHashes[.ca]?.contains(FNV.hash("negre")) == false)
        #expect(Lexicon.slurHashes[.en]?.contains(FNV.hash("brides")) == false)
    }

    @Test(
        "a Spanish or Dutch slur in a message read as another language",
        arguments: ["m4ric0nes de mierda", "n1kk3rs rot op"])
    func readAcrossLanguages(text: String) throws {
        let c = try #require(Self.classifier)
        let (p, box, extractor) = Self.modelScore(c, text)
        #expect(p < box.threshold, "the model alone: \(p)")
        #expect(extractor.usesSlurPlainly(box.language))
        #expect(c.classify(text).hateful)
    }

    /// Every slur that is an ordinary word of another language (in that language's word list under
    /// `/usr/share/dict`) is listed in ``Lexicon/slurCollisions`` for that language. Skips a language whose word
    /// list is not installed.
    @Test("slurs that are ordinary words elsewhere are listed as collisions")
    func collisionsListed() throws {
        let lists: [Language: [String]] = [
            .en: ["american-english", "british-english"], .es: ["spanish"], .ca: ["catala"], .fr: ["french"],
            .nl: ["dutch"], .sv: ["swedish"],
        ]
        for (language, files) in lists {
            var words = Set<String>()
            for file in files {
                guard let text = try? String(contentsOfFile: "/usr/share/dict/" + file, encoding: .utf8) else { continue }
                for line in text.split(separator: "\n") { words.insert(String(line).lowercased().folding(options: .diacriticInsensitive, locale: nil)) }
            }
            guard !words.isEmpty else { continue }
            let own = Set(Lexicon.slurWords[language] ?? [])
            for (other, slurs) in Lexicon.slurWords where other != language {
                for slur in slurs where words.contains(slur) && !own.contains(slur) {
                    #expect(
                        Lexicon.slurCollisions[language]?.contains(slur) == true,
                        "\(other) slur \(slur) is a \(language) word")
                }
            }
        }
    }
}
