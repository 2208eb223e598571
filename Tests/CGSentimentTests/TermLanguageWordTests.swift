import CGClassifier
@testable import CGSentiment
import Testing

/// The stop words read by the message's language: a function word of one language that is a content word of another
/// (Dutch "die", English "die") stays in a message of the language where it carries meaning.
@Suite("Term bags: a word that is a function word in one language and a content word in another")
struct TermLanguageWordTests {
    @Test("an English message keeps the threat word 'die'; a Dutch message drops 'die' (that, those)")
    func englishDieDutchDie() {
        let english = TermExtractor.terms("Muslims should die", language: .en)
        #expect(english.contains("die"), "\(english)")
        #expect(english.contains("muslims"), "\(english)")
        // "should" is a stop word: it ends the phrase, so no "should die" nor "muslims die".
        #expect(!english.contains { $0.contains(" ") }, "\(english)")
        #expect(TermExtractor.terms("Die Muslims", language: .en).contains("die muslims"))

        let dutch = TermExtractor.terms("Die moslims moeten weg uit die wijk", language: .nl)
        #expect(!dutch.contains { $0.split(separator: " ").contains("die") }, "\(dutch)")
        #expect(dutch.contains("moslims"), "\(dutch)")
        #expect(dutch.contains("wijk"), "\(dutch)")
    }

    @Test("each content word of a language stays in that language and goes in the others")
    func contentWordsByLanguage() {
        for (language, words) in TermExtractor.contentWords {
            for word in words {
                #expect(TermExtractor.stopWords.contains(word), "\(word) is no shared stop word: the entry does nothing")
                #expect(TermExtractor.terms(word, language: language) == [word], "\(language): \(word)")
                for other in Language.allCases
                where TermExtractor.contentWords[other]?.contains(word) != true {
                    #expect(TermExtractor.terms(word, language: other).isEmpty, "\(other): \(word)")
                }
            }
        }
    }

    @Test("a function word of one language only goes in that language: Dutch 'hoe' (how), not English 'hoe'")
    func languageStopWords() {
        for (language, words) in TermExtractor.languageStopWords {
            for word in words {
                #expect(!TermExtractor.stopWords.contains(word), "\(word) is already a shared stop word")
                #expect(TermExtractor.terms(word, language: language).isEmpty, "\(language): \(word)")
            }
        }
        #expect(TermExtractor.terms("Hoe kan dat", language: .nl).isEmpty)
        #expect(TermExtractor.terms("stupid hoe", language: .en).contains("hoe"))
    }

    @Test("Swedish 'åk hem' and gender ('kön') keep their words; English 'Muslim men' keeps 'men'")
    func otherCollisions() {
        #expect(TermExtractor.terms("Åk hem till ert land", language: .sv).contains("hem"))
        #expect(TermExtractor.terms("Det finns bara två kön", language: .sv).contains("kön"))
        #expect(TermExtractor.terms("Muslim men are a threat", language: .en).contains("muslim men"))
        // The same words as function words of their own languages.
        #expect(TermExtractor.terms("Men heeft hem niet", language: .nl).isEmpty)
        #expect(TermExtractor.terms("Jag vill, men jag kan inte", language: .sv).isEmpty)
    }
}
