import Testing

@testable import CGClassifier

/// Support for a violent extremist movement of any ideology — a slogan, praise of a movement, leader or attacker,
/// a call for another atrocity — and Holocaust denial are hate, even when they name no group; the same names in
/// news, history, condemnation or negation are the model's to judge.
@Suite("Support for extremism and Holocaust denial")
struct ExtremismTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    @Test(
        "messages the models left not hateful are hateful, with the rule's type",
        arguments: [
            ("Tarrant is a hero, saint Tarrant", HateType.support), ("ISIS fighters are heroes, join the caliphate", .support),
            ("we need another Auschwitz", .support), ("long live the caliphate", .support),
            ("proud supporter of the Ku Klux Klan", .support),
            ("Hitler tenía razón", .support), ("Hitler hade rätt", .support), ("Hitler had gelijk", .support),
            ("Breivik was een held", .support),
            ("the Holocaust never happened", .derogation),
        ])
    func raised(text: String, type: HateType) throws {
        let c = try #require(Self.classifier)
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        // Under the threshold, or over it with no group, which the group check holds for these models.
        #expect(p < box.threshold || ClassificationSession.needsGroupCheck(extractor, box: box), "\(p)")
        #expect(extractor.extremismShown() == type)
        let r = c.classify(text)
        #expect(r.hateful && r.type == type, "\(r)")
        #expect(r.score >= box.threshold)
    }

    @Test(
        "slogans, praise, calls and denial in every language",
        arguments: [
            "sieg heil", "Heil Hitler!", "white power! 14 words", "Breivik did nothing wrong", "saint Tarrant",
            "Hitler avait raison", "los nazis eran héroes", "il faut une nouvelle Shoah", "la Shoah est un mensonge",
            "el Holocausto es un invento", "de Holocaust is nooit gebeurd", "lang leve het kalifaat",
        ])
    func recognised(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, _, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.extremismShown() != nil)
    }

    @Test(
        "history, news, condemnation, negation and other senses are not the rule's",
        arguments: [
            "ISIS held the city for three years", "the Nazis had the right to march, the court said",
            "we must prevent another Holocaust", "a new Holocaust museum opens in Paris", "the Holocaust is not a myth",
            "people who say Hitler was right are dangerous", "Hitler was not a hero", "antifa are heroes for fighting Nazis",
            "the far right wing nazis marched again", "my grandfather fought the Nazis, he was a hero",
            "the Nazis were right there in the square", "I'm reading a book about Hitler's rise to power",
            "\"sieg heil\" is what they shouted, and it is disgusting and racist",
        ])
    func notShown(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, _, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.extremismShown() == nil)
    }

    @Test("every name, slogan and atrocity holds a trigger word, so the quick check never skips one")
    func triggersCoverEveryPhrase() {
        let t = Lexicon.extremism
        for phrase in Lexicon.extremistNames + Lexicon.extremistSlogans + Lexicon.atrocities {
            #expect(phrase.split(separator: " ").contains { t.triggers(FNV.hash(String($0))) }, "\(phrase)")
        }
        #expect(!t.triggers(FNV.hash("the")) && !t.triggers(FNV.hash("white")))
    }
}
