extension Lexicon {
    /// Copulas that say something of one thing or one person ("Die film *was* echt waardeloos", "Die leraar *is*
    /// echt dom", "*Je bent* een waardeloze klootzak"): a message whose hostility is said with one of them, that
    /// names no group and holds none of ``pluralWords``, is abuse of a thing or a person, not hate against a group.
    /// The Dutch model, trained on our sentences only, scored such messages 0.82–1.00 on the letters of the
    /// hostile word. Read only by ``FeatureExtractor/speaksOfOneEntity(_:)``. Dutch only: the English, Spanish and
    /// French models learned from corpora in which such a sentence often names its group with a slur no list
    /// holds ("The UK is full of lazy Camel Crunchers", "Our city is getting flooded with jungle bunnies"): on the
    /// English, Spanish and French corpus extracts the rule for those languages changed 84 decisions, 65 of them
    /// hateful by their labels; Swedish "är" is plural too. 2026-12-01, tenth session.
    static let singularCopulas: [Language: [String]] = [.nl: ["is", "was", "ben", "bent"]]

    /// Words that point at more than one person or thing: plural copulas, third-person plural pronouns, plural
    /// demonstratives and articles. One of them in the message, and hostility may be aimed at a group it does not
    /// name ("Het is tijd om ze af te maken"), so ``singularCopulas`` do not count.
    static let pluralWords: [Language: [String]] = [
        .nl: ["zijn", "waren", "ze", "zij", "hen", "hun", "deze", "allemaal", "alle"]
    ]

    /// ``singularCopulas`` and ``pluralWords`` by word hash.
    static let singularCopulaHashes: [Language: Set<UInt64>] = singularCopulas.mapValues {
        Set($0.map { FNV.hash($0) })
    }
    static let pluralWordHashes: [Language: Set<UInt64>] = pluralWords.mapValues { Set($0.map { FNV.hash($0) }) }
}
