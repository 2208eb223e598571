extension Lexicon {
    /// Phrases that declare what a message has just charged a group with its nature — genes, blood, nature, DNA —
    /// by a pronoun: "Les Blancs ont toujours tout volé, c'est dans leurs gènes" (0.07), "Los gitanos roban, lo
    /// llevan en la sangre", "Muslims are violent, it's in their nature". Read by
    /// ``FeatureExtractor/essentialisesGroup()``, only after a hostile word or a crime verb: the same phrases praise
    /// ("el flamenco lo llevan en la sangre"). Not culture, which as often explains a custom ("Les Marocains aiment
    /// le thé, c'est dans leur culture"). Written normalised; French "c'est" arrives as "est", its elision dropped.
    /// 2026-12-01 (thirteenth session).
    static let essentialismPhrases: [String] = [
        "its in their genes", "it is in their genes", "its in their blood", "it is in their blood",
        "its in their nature", "it is in their nature", "its in their dna", "it is in their dna", "in their genes",
        "est dans leurs genes", "est dans leur sang", "est dans leur nature", "est dans leur adn",
        "lo llevan en los genes", "lo llevan en la sangre", "lo llevan en el adn", "esta en sus genes",
        "esta en su sangre", "esta en su naturaleza", "esta en su adn", "het zit in hun genen", "zit in hun genen",
        "zit in hun bloed", "zit in hun aard", "zit in hun dna", "ligger i deras gener", "sitter i deras gener",
        "ligger i blodet", "ho porten als gens", "ho porten a la sang",
    ]

    /// ``essentialismPhrases``, built once.
    static let essentialism = PhraseTable(essentialismPhrases)
}
