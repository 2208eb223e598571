extension Lexicon {
    /// Words that let a hateful score stand where the models of ``ModelBox/anchorLanguages`` would otherwise be
    /// held under the threshold for naming no group and holding no hostile word: insults aimed at one woman or
    /// one man of a group (the group lists hold only the plurals, "perras", "salopes", so that "callate perra"
    /// names no group), and slurs and group names the group lists leave out ("sudaca", "negrata",
    /// "subsaharianos"). They are read only by that rule, never as features: listed as groups or cues they
    /// would change what every shipped model sees. Per language, as the gate is per model: Swedish "hora" is
    /// Spanish "hour", English "hoe" Dutch "how", French "negro" Spanish "black". Written normalised (lower case,
    /// no diacritics).
    static let anchorWords: [Language: [String]] = [
        .en: ["bitch", "whore", "slut", "hoe", "skank", "thot", "paki", "wog", "gyppo", "pikey", "raghead"],
        .es: ["perra", "zorra", "puta", "guarra", "golfa", "furcia", "ramera", "sudaca", "negrata", "moromierda",
            "moromierdas", "subsahariano", "subsaharianos", "subsahariana", "subsaharianas", "indocumentado",
            "indocumentados", "indocumentada", "indocumentadas", "mantero", "manteros", "panchito", "machirulo",
            "machirulos", "marimacho"],
        .ca: ["puta", "bagassa", "meuca", "xarnego", "xarnegos", "subsaharians"],
        .fr: ["salope", "pute", "chienne", "petasse", "connasse", "grognasse", "bicot", "negro", "bamboula",
            "subsahariens", "clandos"],
        .nl: ["hoer", "slet", "teef", "kutwijf", "kankerhoer", "kutmarokkaan", "kutmarokkanen", "zwartjoekel"],
        .sv: ["hora", "slyna", "subba", "luder", "blatte", "blattar", "svartskalle", "svartskallar"],
    ]

    /// Anchor words that also name an animal ("mi perra es preciosa", "la zorra se comió las gallinas"), by
    /// language, and the words that right before one make it the animal: an article or a possessive. An insult
    /// is addressed ("cállate perra", "eres una zorra") or stands alone; HatEval's dev messages lose 0.07
    /// macro-F1 without these two words, and Barcelona's chatter about dogs is flagged with them unguarded.
    static let animalAnchors: [Language: (words: Set<UInt64>, determiners: Set<UInt64>)] = [
        .es: (
            Set(["perra", "zorra"].map { FNV.hash($0) }),
            Set(["la", "las", "el", "mi", "mis", "tu", "tus", "su", "sus", "nuestra", "vuestra", "esta", "esa", "aquella"]
                .map { FNV.hash($0) })
        ),
    ]

    /// ``anchorWords`` by word hash, as the tokeniser hashes a word.
    static let anchorHashes: [Language: Set<UInt64>] = anchorWords.mapValues { Set($0.map { FNV.hash($0) }) }
}
