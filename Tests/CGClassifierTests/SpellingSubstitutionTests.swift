import Foundation
import Testing
@testable import CGClassifier

/// Spelling variants added 2026-12-01 (thirteenth session): a letter replaced in long identity terms, a vowel in
/// long hostile words, swaps in short identity terms and hostile words, the first word of a two-word term, the
/// other forms of the groups' names, and leetspeak among spaced-out letters — and the real words that look like
/// them and must stay what they are.
@Suite("Spelling: substituted letters, short words, spaced leetspeak")
struct SpellingSubstitutionTests {
    @Test("a letter replaced by a vowel, a key next to it or a letter of the same sound reads as the term")
    func substituted() {
        #expect(TextNormalizer.words("muslams should leave") == ["muslims", "should", "leave"])
        #expect(TextNormalizer.words("refugess are parasites") == ["refugees", "are", "parasites"])
        #expect(TextNormalizer.words("los inmigrentes son ratas", language: .es)
            == ["los", "inmigrantes", "son", "ratas"])
        #expect(TextNormalizer.words("los sudakas", language: .es) == ["los", "sudacas"])
        // A double on the wrong letter.
        #expect(TextNormalizer.words("marrokanen zijn criminelen", language: .nl)
            == ["marokkanen", "zijn", "criminelen"])
        // Hostile words of eight letters or more: a vowel only.
        #expect(TextNormalizer.words("jews are parasotes") == ["jews", "are", "parasites"])
    }

    @Test("short identity terms and hostile words read through a swap of neighbouring letters")
    func shortSwaps() {
        #expect(TextNormalizer.words("gas the jwes") == ["gas", "the", "jews"])
        #expect(TextNormalizer.words("gasy are sick") == ["gays", "are", "sick"])
        #expect(TextNormalizer.words("they are sucm") == ["they", "are", "scum"])
        #expect(TextNormalizer.words("pure filht") == ["pure", "filth"])
    }

    @Test("the first word of a two-word term and the other forms of a group's name are misspelt as terms are")
    func firstWordsAndForms() {
        #expect(TextNormalizer.words("blakc people are animals") == ["black", "people", "are", "animals"])
        #expect(TextNormalizer.words("de allochtnen zijn tuig", language: .nl)
            == ["de", "allochtonen", "zijn", "tuig"])
        #expect(TextNormalizer.words("tukren zijn uitschot", language: .nl) == ["turken", "zijn", "uitschot"])
    }

    @Test("a leetspeak digit among spaced-out letters is read as its letter only when that makes the word")
    func spacedLeet() {
        #expect(TextNormalizer.words("all m u s l 1 m s are vermin") == ["all", "muslims", "are", "vermin"])
        #expect(TextNormalizer.words("j.3.w.s are rats") == ["jews", "are", "rats"])
        #expect(TextNormalizer.words("all m-u-s-l-1-m-s are vermin") == ["all", "muslims", "are", "vermin"])
        #expect(TextNormalizer.words("k 1 l l them") == ["kill", "them"])
        // Numbers stay numbers.
        #expect(TextNormalizer.words("I have 3 cats") == ["i", "have", "3", "cats"])
        #expect(TextNormalizer.words("i am 5 years old") == ["i", "am", "5", "years", "old"])
        #expect(TextNormalizer.words("a 1 b c d") == ["a", "1", "bcd"])
        #expect(TextNormalizer.words("a 19-year-old man") == ["a", "19", "year", "old", "man"])
    }

    @Test("real words one edit from a term or a hostile word stay what they are")
    func lookAlikes() {
        for word in ["jaws", "roam", "apse", "hose", "regards", "batches", "naive", "back", "bakc", "blancas"] {
            #expect(TextNormalizer.words(word) == [word], "\(word)")
        }
        #expect(TextNormalizer.words("muchos machos", language: .es) == ["muchos", "machos"])
        #expect(TextNormalizer.words("la fiesta de moros y cristianos", language: .es)
            == ["la", "fiesta", "de", "moros", "y", "cristianos"])
        #expect(TextNormalizer.words("de blonden keerden terug", language: .nl)
            == ["de", "blonden", "keerden", "terug"])
        #expect(TextNormalizer.words("les maroquins et les étranges", language: .fr)
            == ["les", "maroquins", "et", "les", "etranges"])
        // A variant two words give reads as the word of the surer edit: a dropped letter before a replaced one.
        #expect(TextNormalizer.words("lesbienns", language: .fr) == ["lesbiennes"])
    }

    @Test("disguised hate is found, and the look-alikes said kindly are not hate")
    func classified() throws {
        let session = try HateClassifier.loadDefault().makeSession()
        for text in [
            "I hate jwes.", "Refugess are nothing but parasites.", "Blakc people are animals.",
            "All m-u-s-l-1-m-s are vermin.", "Los inmigrentes son ratas.",
        ] {
            #expect(session.classify(text).hateful, "\(text)")
        }
        for text in [
            "Jaws is a great film.", "The bakc of the bus was quiet.",
            "Las fiestas de moros y cristianos son en abril.",
        ] {
            #expect(!session.classify(text).hateful, "\(text)")
        }
    }
}
