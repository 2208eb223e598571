extension Lexicon {
    // Words of ``FeatureExtractor/wishesPlaceWithoutGroup(_:)``: a place better without a group, or dreamt of
    // without it ("Dit land zou beter af zijn zonder moslims" 0.00, "Ce pays serait mieux sans les Roms" 0.15, "Je
    // rêve d'un pays sans Noirs" 0.29). Written normalised (lower case, no diacritics). 2026-11-30, ninth session.

    /// "Without" in the six languages.
    static let withoutWords: [String] = ["without", "sin", "sans", "zonder", "utan", "sense"]

    /// Words that make the place without the group a wish: better, safer, a paradise; to dream, to want, to
    /// imagine.
    static let withoutWishWords: [String] = [
        "better", "safer", "cleaner", "nicer", "paradise", "dream", "imagine", "want", "wish",
        "mejor", "mejores", "seguro", "segura", "limpio", "limpia", "paraiso", "sueno", "suenan", "imagina",
        "imaginad", "quiero", "queremos",
        "mieux", "meilleur", "meilleure", "sur", "propre", "paradis", "reve", "revons", "imaginez", "imagine",
        "veux", "voulons",
        "beter", "veiliger", "schoner", "paradijs", "droom", "dromen", "stel", "wil", "willen",
        "battre", "tryggare", "renare", "drommer", "tank", "vill",
        "millor", "somio", "vull", "volem",
    ]

    /// Possessives that may stand between "without" and the group: "Ce pays serait mieux sans *ses* immigrés"
    /// (0.25), "… better without *its* immigrants", "… mejor sin *sus* inmigrantes". 2026-12-01, twelfth session.
    static let withoutPossessives: [String] = [
        "its", "our", "sus", "nuestros", "nuestras", "ses", "nos", "zijn", "haar", "onze", "sina", "vara", "seus",
        "nostres",
    ]

    /// The tables of ``FeatureExtractor/wishesPlaceWithoutGroup(_:)``, built once.
    struct BetterWithoutTables: Sendable {
        let without = WordSet(Lexicon.withoutWords)
        let wishes = WordSet(Lexicon.withoutWishWords)
        let possessives = WordSet(Lexicon.withoutPossessives)
    }

    static let betterWithout = BetterWithoutTables()
}
