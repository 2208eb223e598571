extension Lexicon {
    // Words of the warm predicate of ``FeatureExtractor/affirmsGroup(_:language:)``: a group, a copula, and a
    // predicate holding a warm word. The models scored "Les immigrés sont une chance pour la France" 0.84, "Los
    // musulmanes son nuestros hermanos" 0.95, "Les juifs sont une partie précieuse de notre société" 0.88 and "Les
    // Asiatiques sont super" 0.94: after a group and a copula they expect an insult. Written normalised (accents
    // stripped), as the tokeniser reads words.

    /// Nouns that praise a group in a predicate: a chance, a gift, the future, family, role models.
    static let warmNouns: [String] = [
        "chance", "opportunity", "opportunities", "asset", "assets", "gift", "blessing", "treasure", "future",
        "brothers", "sisters", "family", "models", "heroes", "oportunidad", "oportunidades", "futuro", "regalo",
        "bendicion", "tesoro", "hermanos", "hermanas", "familia", "modelos", "heroes", "riqueza", "opportunite",
        "avenir", "atout", "atouts", "cadeau", "benediction", "tresor", "freres", "soeurs", "famille", "modeles",
        "richesse", "kans", "kansen", "toekomst", "aanwinst", "geschenk", "zegen", "schat", "broeders", "broers",
        "zussen", "zusters", "familie", "voorbeelden", "rolmodellen", "helden", "verrijking", "mojlighet", "tillgang",
        "gava", "valsignelse", "skatt", "broder", "systrar", "familj", "forebilder", "framtid", "hjaltar",
        "oportunitat", "futur", "regal", "germans", "germanes", "models", "riquesa",
    ]

    /// Two-word praise in a predicate: "good people", "buena gente", "des gens bien", "goede mensen".
    static let warmPhrases: [String] = [
        "good people", "great people", "buena gente", "gente buena", "gente maja", "gens bien", "bonnes personnes",
        "goede mensen", "fijne mensen", "bra manniskor", "fina manniskor", "bona gent",
    ]

    /// Words of regret that make a warm-sounding predicate a lament ("Muslims are the future of Europe, sadly").
    static let regretWords: [String] = [
        "sadly", "unfortunately", "alas", "lamentablemente", "desgraciadamente", "desafortunadamente",
        "tristemente", "malheureusement", "tristement", "helaas", "jammer", "tyvarr", "dessverre", "malauradament",
    ]

    /// Words in a predicate that deny the warm word after them: "… are incapable of honest work", "… lack any
    /// decency", "… are far from kind".
    static let privativeWords: [String] = [
        "incapable", "unable", "unfit", "lack", "lacking", "devoid", "far from", "anything but", "incapaces",
        "incapables", "carecen", "carentes", "lejos de", "loin de", "depourvus", "manquent", "ongeschikt",
        "niet in staat", "missen", "verre van", "oformogna", "saknar", "langt ifran", "incapacos",
    ]

    /// Cheers before a group: "long live …", "¡vivan …!", "vive …", "leve …".
    static let cheers: [String] = [
        "long live", "viva", "vivan", "larga vida a", "vive", "vivent", "longue vie a", "longue vie aux", "visca",
        "lang leve", "leve", "lange leve",
    ]
}
