extension Lexicon {
    /// The words of six letters or more in the phrases of the rules that find hate — expressions of hatred
    /// ("desprecio profundamente a", "ik veracht"), threats, intent and violence endorsed ("colgar", "verbranden",
    /// "justificada"), tropes and insinuations, wishes, verdicts ("catastrophe"), exclusion, things a group is
    /// likened to ("goldfish", "cattle") — other than the groups' names.
    /// They are read through a swap of neighbouring letters, or a dropped letter inside words of nine letters or
    /// more (``SpellingVariants/innerVariants(of:)``), so that "Desprceio profundamente a los gitanos" and "Il
    /// faudrait pnedre les juifs" match the rule the word belongs to; before, a misspelt word of a rule's phrase
    /// left the message to the model alone (2026-12-02, seventeenth session). The phrases are written normalised,
    /// so these are folded words; words with other letters than a–z are left out.
    static var spelledRuleWords: [String] {
        let tables = [
            hateExpressionsBefore, hateExpressionsAfter, tropesAfter, threatsBefore, threatsAfter, hateExpressionBridges,
        ]
        let byLanguage = tables.flatMap { $0.values.flatMap { $0 } }
        let lists: [[String]] = [
            intentFrames, intentViolenceVerbs, intentObjectNouns, wishedHarmWords, wishFrames, hateExpressionAdverbs,
            pronounHateExpressions, rhetoricalOpeners, exclusionVerbs, violenceAgainstPhrases, violenceEndorsements,
            relativeClauseDeeds, comparisonThings, mindWords, asTheyArePhrases, objectNouns, treatmentVerbs,
            cullingVerbs, disposabilityWords, ruinWords, declinePhrases, inTheBloodPhrases, viceVerbs,
            sameSpeciesPhrases, badVerdicts, keepVerbs, awayPhrases, causePhrases, ruinPhrases, positionsAfter,
            rightsAfter, allowingBefore, crimeVerbs, offenderWords, verminWords, threatIdioms, weaponPhrases,
            refusalFrames, prejudiceNouns, veiledInsinuations, swarmPhrases, extremistSlogans, atrocityCalls,
            livestockWords, splitTropes, singularDehumanisingNouns, singularBrandNouns, withoutWishWords,
            encliticExclusionVerbs,
        ]
        let phrases = byLanguage + lists.flatMap { $0 }
        var seen = Set<String>()
        var out: [String] = []
        for phrase in phrases {
            for word in phrase.split(separator: " ") where word.utf8.count >= 6
                && word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) && seen.insert(String(word)).inserted
            {
                out.append(String(word))
            }
        }
        return out
    }
}

extension Lexicon {
    /// One-edit variants of ``spelledRuleWords`` and of the second words of two-word group terms ("people",
    /// "mensen": Catalan "menen", "mesen") that are words of the common word lists of our six languages
    /// (`/usr/share/dict`, found with `DisguiseTests.dictionaryWordsReadAsVariants`): no variant is made for these.
    static let ruleWordCollisions: Set<String> = [
        "abatuts", "acceptabel", "acceptable", "aceptable", "agreses", "agresser", "agressons", "allene", "apoderado",
        "appendre", "appendront", "aslander", "atacador", "atracadors", "avantage", "baeten", "banend", "barley",
        "batter", "bedreigen", "beediging", "beines", "berijpen", "betaal", "binees", "blasting", "bloedt", "brians",
        "cabriole", "cadavers", "cadavres", "calque", "cambrioler", "capabel", "carmer", "casteren", "cerbero",
        "chaira", "charis", "comandes", "commands", "commodites", "comprenent", "confise", "contar", "conter",
        "contribue", "corregiras", "coutas", "creaient", "crepes", "cunado", "definitie", "definities", "definitifs",
        "definitive", "degotent", "deperdicio", "deportaras", "deprecio", "deraient", "desparecer", "despecio",
        "detaches", "devaient", "devirons", "digens", "dignen", "dinges", "disparades", "dormen", "eliminaras",
        "emocionals", "emotionele", "encantara", "encerraras", "entenden", "entendes", "entendis", "enterr", "enterra",
        "envaixen", "equipent", "escarmento", "estasi", "etranger", "eutanasies", "exerce", "expulsaras", "expulsares",
        "expulsat", "exterminaras", "faibles", "failliet", "faillite", "fiable", "fiates", "foradare", "fouter",
        "grader", "gutsen", "homofobe", "impost", "incapabel", "inenting", "influenca", "influencai", "instoten",
        "justifie", "justifies", "kosten", "kotsen", "laisseras", "lardon", "lasserai", "lasserais", "legitiem",
        "lievre", "lisserai", "lisserais", "magnent", "mandra", "mascarar", "medisa", "memorie", "menen", "mense",
        "mesen", "meubel", "meubels", "ministre", "misogina", "misogyne", "morirem", "mortuaries", "mueble", "muerent",
        "muraient", "neutre", "paarde", "pagaries", "palats", "partires", "pedophile", "perdes", "permetre", "permette",
        "permettons", "peron", "personen", "persoon", "persson", "peson", "petiet", "picees", "planat", "planats",
        "planet", "planets", "plundered", "policai", "prefereras", "preferira", "premitir", "prender", "prenne",
        "profiter", "proper", "proprete", "psychiater", "psychiatre", "quedares", "rasion", "remplazar", "render",
        "replacent", "replacer", "restaurat", "reventes", "revients", "revintes", "revolent", "revotent", "romperes",
        "sabies", "sacred", "sacrificaras", "saginer", "saldar", "sanger", "seriat", "sevrent", "signeront", "singel",
        "somber", "stagna", "streven", "substituit", "subvencions", "subvenions", "supporteras", "systeem", "systeme",
        "tarites", "tartar", "terrorisa", "terrorisat", "terrorise", "threes", "tienne", "tolereras", "traitre",
        "transmetent", "triador", "triait", "triates", "trient", "troches", "tronar", "tronin", "varois", "vegetale",
        "vegetales", "verbeiden", "verdween", "vergonoso", "verguena", "verkrachte", "vervagen", "vienne", "warend",
        "wieger", "wreken", "xenofoba", "xenofobe", "zeikten",
    ]

    /// Words of the public corpora in `../shared/data/text` that are one of these edits from a word of
    /// ``spelledRuleWords`` (or from a second word of a group term) and words in their own right: inflections the
    /// Spanish word list lacks ("pierdas" is not "piedras", "podias" not "podais") and words of other languages
    /// ("semper", "islamophobe" is not French "islamophobie", French "perso" is not "person"). Derived from the
    /// corpora (words only, no rows), found with `DisguiseTests.corpusWordsReadAsRuleWords` and read by hand: plain
    /// typos it finds ("agaisnt", "goverment") stay out of the list and are read as the word. No variant is made
    /// for these.
    static let ruleWordCorpusCollisions: Set<String> = [
        "homofoba", "islamophobe", "perso", "pierdas", "podias", "semper", "transfoba", "transphobe", "trataras",
    ]
}
