import Testing
@testable import CGClassifier

/// The words of the rules' phrases read through a swap of neighbouring letters, or a dropped letter in long words
/// (2026-12-02, seventeenth session), and the words in their own right that stay as written.
@Suite("Spelling variants of the rules' words")
struct RuleWordSpellingTests {
    @Test("a misspelt word of a rule's phrase reads as the word", arguments: [
        ("desprceio profundamente a los gitanos", Language.es, "desprecio"),
        ("desprecio profundamnte a los gitanos", .es, "profundamente"),
        ("il faudrait pnedre les juifs", .fr, "pendre"),
        ("ik wil alle moslims verbrnaden", .nl, "verbranden"),
        ("treat them like the catlte they are", .en, "cattle"),
        ("the brains of a goldfsih", .en, "goldfish"),
        ("totally jsutified violence", .en, "justified"),
        // The word for people after a group's adjective.
        ("gay poeple are disgusting", .en, "people"),
        ("zwarte mesnen zijn ratten", .nl, "mensen"),
    ] as [(String, Language, String)])
    func reads(_ text: String, _ language: Language, _ word: String) {
        #expect(TextNormalizer.words(text, language: language).contains(word), "\(text)")
    }

    @Test("inflections and names one edit from a rule's word stay as written", arguments: [
        ("no puedo decir que respete a nadie", Language.es, "respete"),
        ("ella merecia todo", .es, "merecia"),
        ("que tiene una mujer", .es, "tiene"),
        ("quien quiera mandarme la solicitud", .es, "quiera"),
        ("before I met Matt Parrott", .en, "parrott"),
        ("no me pierdas de vista", .es, "pierdas"),
        ("another Soros paid activist", .en, "soros"),
        ("c'est trop perso pour moi", .fr, "perso"),
    ] as [(String, Language, String)])
    func staysAsWritten(_ text: String, _ language: Language, _ word: String) {
        #expect(TextNormalizer.words(text, language: language).contains(word), "\(text)")
    }

    @Test("the rules' words are long words of a–z, and none is a group's name")
    func wordList() {
        let words = Lexicon.spelledRuleWords
        #expect(words.count > 500)
        #expect(words.allSatisfy { $0.utf8.count >= 6 && $0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } })
        #expect(Set(words).count == words.count)
        #expect(words.contains("desprecio") && words.contains("goldfish"))
    }

    @Test("a misspelt threat or expression of hatred is still found", arguments: [
        "Desprceio profundamente a los gitanos",
        "Il faudrait pnedre les juifs sur la place du village",
        "Jews have the brains of a goldfsih",
        "Treat immigrants like the catlte they are",
    ])
    func classified(_ text: String) throws {
        let classifier = try #require(HateClassifier.loadDefault() as HateClassifier?)
        #expect(classifier.classify(text).hateful, "\(text)")
    }
}
