extension Lexicon {
    /// Groups named with the thing an old trope pairs them with, as a message's whole subject: "Los judíos y el
    /// dinero, una historia de amor" (0.34), "Les juifs et l'argent, une longue histoire d'amour" (0.26), "Joden en
    /// geld, een gouden combinatie" (0.06), "Jews and money, name a more iconic duo" (0.29). The pairing alone
    /// carries the trope; no hostile word is needed. Written normalised. 2026-12-01 (fifteenth session).
    static let pairedTropes: [(group: TargetGroup, nouns: [String])] = [
        (.jews, ["money", "dinero", "pasta", "argent", "fric", "pognon", "geld", "pengar", "diners"])
    ]

    /// Conjunctions between a group and its trope, and the articles that may stand before the trope.
    static let pairedTropeJoins: [String] = ["and", "y", "e", "et", "en", "och", "i", "&"]
    static let pairedTropeArticles: [String] = ["the", "el", "la", "l", "le", "het", "de", "los", "les"]

    /// Words that call the pairing what it is, anywhere in the message ("Joden en geld? Dat is een mythe").
    static let pairedTropeDenials: [String] = [
        "myth", "myths", "mito", "mitos", "mythe", "mythes", "cliche", "cliches", "stereotype", "stereotypes",
        "estereotipo", "estereotipos", "prejuicio", "prejuicios", "prejuge", "prejuges", "vooroordeel",
        "vooroordelen", "antisemitic", "antisemitism", "antisemita", "antisemitismo", "antisemite", "antisemitisme",
        "antisemitisch",
    ]

    /// The tables of ``FeatureExtractor/pairsGroupWithTrope()``, built once.
    struct PairedTropeTables: Sendable {
        /// Trope noun hash → the index of its group in `TargetGroup.allCases`.
        let nouns: [UInt64: Int8] = Dictionary(
            Lexicon.pairedTropes.flatMap { entry in
                entry.nouns.map { (FNV.hash($0), Int8(TargetGroup.allCases.firstIndex(of: entry.group) ?? 0)) }
            },
            uniquingKeysWith: { a, _ in a })
        let joins = WordSet(Lexicon.pairedTropeJoins)
        let articles = WordSet(Lexicon.pairedTropeArticles)
        let denials = WordSet(Lexicon.pairedTropeDenials)
    }

    static let pairedTropeTables = PairedTropeTables()
}
