extension Lexicon {
    /// Slurs that have no ordinary meaning and are not reclaimed in-group: a message that uses one, not negated,
    /// not quoted and with no word that condemns or reports, is hateful whatever else it says ("get lost, kikes").
    /// Words a group reclaims ("nigga", "queer", "dyke", "marica", Swedish "bög", which the demo's own neutral
    /// Swedish sentences use) and slurs that are also ordinary words are
    /// left out — "crackers", British "fag" (a cigarette), "chink" ("a chink in the armour"), "spic" ("spic and
    /// span"), Dutch "mietje" (a wimp) —: the model judges those. Written normalised (lower case, no diacritics), per language; English
    /// slurs are read in every language (``slurHashes``), as they are used everywhere.
    static let slurWords: [Language: [String]] = [
        .en: ["kike", "kikes", "paki", "pakis", "faggot", "faggots", "retard", "retards", "spics", "towelhead", "towelheads", "raghead", "ragheads", "gyppo", "gyppos", "pikey", "pikeys",
            "tranny", "trannies", "wog", "wogs", "gook", "gooks", "nigger", "niggers", "darkie",
            "darkies", "wetback", "wetbacks", "beaner", "beaners", "sandnigger", "sandniggers", "shemale", "shemales"],
        .es: ["sudaca", "sudacas", "maricon", "maricones", "panchito", "panchitos", "negrata", "negratas",
            "moromierda", "moromierdas", "subnormal", "subnormales"],
        .ca: ["xarnego", "xarnegos", "maricon", "maricons"],
        .fr: ["bougnoule", "bougnoules", "youpin", "youpins", "youtre", "youtres", "bicot", "bicots", "bamboula",
            "bamboulas", "pede", "pedes", "tarlouze", "tarlouzes", "negre", "negres", "brides"],
        .nl: ["kutmarokkaan", "kutmarokkanen", "poepchinees", "poepchinezen", "zwartjoekel", "zwartjoekels",
            "flikker", "flikkers", "kankerjood", "kankerjoden"],
        .sv: ["blatte", "blattar", "svartskalle", "svartskallar", "neger", "negrer"],
    ]

    /// English slurs that are ordinary words of another language, by language (checked against the word lists
    /// of all six languages in `/usr/share/dict`): French and Catalan "retard" is a delay.
    static let englishSlurCollisions: [Language: Set<String>] = [
        .fr: ["retard", "retards"], .ca: ["retard", "retards"],
    ]

    /// ``slurWords`` of each language and of English (less ``englishSlurCollisions``), by word hash, as the
    /// tokeniser hashes a word: a short English message is often read as another language ("get lost, kikes"
    /// as Spanish).
    static let slurHashes: [Language: Set<UInt64>] = Dictionary(uniqueKeysWithValues: Language.allCases.map { l in
        let english = (slurWords[.en] ?? []).filter { !(englishSlurCollisions[l] ?? []).contains($0) }
        return (l, Set(((slurWords[l] ?? []) + english).map { FNV.hash($0) }))
    })

    /// ``slurHashes`` as ``WordSet``s (a filter, then one probe): the check runs on every message the model scores
    /// under the threshold — most messages — and the filter turns most words away with one load, where a `Set`
    /// would hash each word.
    static let slurSets: [Language: WordSet] = slurHashes.mapValues { WordSet(hashes: $0) }
}
