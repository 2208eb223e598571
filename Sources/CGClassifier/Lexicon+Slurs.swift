extension Lexicon {
    /// Slurs that have no ordinary meaning and are not reclaimed in-group: a message that uses one, not negated,
    /// not quoted and with no word that condemns or reports, is hateful whatever else it says ("get lost, kikes").
    /// Words a group reclaims ("nigga", "queer", "dyke", "marica", Swedish "bög", which the demo's own neutral
    /// Swedish sentences use) and slurs that are also ordinary words are
    /// left out — "crackers", British "fag" (a cigarette), "chink" ("a chink in the armour"), "spic" ("spic and
    /// span"), Dutch "mietje" (a wimp) —: the model judges those. Written normalised (lower case, no diacritics), per
    /// language; every language's slurs are read in every language (``slurHashes``).
    static let slurWords: [Language: [String]] = [
        .en: ["kike", "kikes", "paki", "pakis", "faggot", "faggots", "retard", "retards", "spics", "towelhead", "towelheads", "raghead", "ragheads", "gyppo", "gyppos", "pikey", "pikeys",
            "tranny", "trannies", "wog", "wogs", "gook", "gooks", "nigger", "niggers", "darkie",
            "darkies", "wetback", "wetbacks", "beaner", "beaners", "sandnigger", "sandniggers", "shemale", "shemales",
            "muzzie", "muzzies", "shitskin", "shitskins", "slanteye", "slanteyes", "nignog", "nignogs", "jigaboo",
            "jigaboos"],
        .es: ["sudaca", "sudacas", "maricon", "maricones", "panchito", "panchitos", "negrata", "negratas",
            "moromierda", "moromierdas", "subnormal", "subnormales"],
        .ca: ["xarnego", "xarnegos", "maricon", "maricons"],
        .fr: ["bougnoule", "bougnoules", "youpin", "youpins", "youtre", "youtres", "bicot", "bicots", "bamboula",
            "bamboulas", "pede", "pedes", "tarlouze", "tarlouzes", "negre", "negres", "brides", "chintok", "chintoks",
            "niakoue", "niakoues"],
        .nl: ["kutmarokkaan", "kutmarokkanen", "poepchinees", "poepchinezen", "zwartjoekel", "zwartjoekels",
            "flikker", "flikkers", "kankerjood", "kankerjoden", "nikker", "nikkers", "geitenneuker", "geitenneukers",
            "zandneger", "zandnegers", "roetmop", "roetmoppen", "spleetoog", "spleetogen"],
        .sv: ["blatte", "blattar", "svartskalle", "svartskallar", "neger", "negrer"],
    ]

    /// Slurs that are ordinary words of another language, by the language where they are (checked against the word
    /// lists of all six languages in `/usr/share/dict`, `SlurTests.collisionsListed`): French and Catalan "retard"
    /// is a delay, English "brides" are married, Catalan "negre" is black, French "blatte" a cockroach.
    static let slurCollisions: [Language: Set<String>] = [
        .en: ["subnormal", "brides"],
        .ca: ["retard", "retards", "subnormal", "negre", "negres", "negrer", "brides"],
        .fr: ["retard", "retards", "blatte"],
        .nl: ["pede", "neger"],
    ]

    /// ``slurWords`` of every language (less ``slurCollisions``), by word hash, as the tokeniser hashes a word: a
    /// short message is often read as another language ("get lost, kikes" as Spanish, "m4ric0nes de mierda" as
    /// French), and slurs travel ("sudaca" in a Catalan message).
    static let slurHashes: [Language: Set<UInt64>] = Dictionary(uniqueKeysWithValues: Language.allCases.map { l in
        let collisions = slurCollisions[l] ?? []
        let words = slurWords.values.joined().filter { !collisions.contains($0) }
        return (l, Set(words.map { FNV.hash($0) }))
    })

    /// ``slurHashes`` as ``WordSet``s (a filter, then one probe): the check runs on every message the model scores
    /// under the threshold — most messages — and the filter turns most words away with one load, where a `Set`
    /// would hash each word.
    static let slurSets: [Language: WordSet] = slurHashes.mapValues { WordSet(hashes: $0) }
}
