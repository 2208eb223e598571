extension Lexicon {
    /// Negators that deny what follows them in a clause about a group: "Jewish people do *not* control the banks",
    /// "les migrants ne sont *pas* des voleurs". Words that deny by quantity ("no", "geen", "aucun", "nothing":
    /// "Muslims have no soul") or for all time ("never": "Muslims never integrate") say something of the group
    /// themselves and are left out. Read by ``FeatureExtractor/deniesHostileClaim(_:)``. Written normalised.
    static let claimNegators: [String] = [
        "not", "dont", "doesnt", "arent", "isnt", "wont", "didnt", "werent", "wasnt", "cant", "cannot", "no", "ne",
        "n", "pas", "niet", "inte", "ej",
    ]

    /// The English "no" is a determiner ("have no soul"); it denies a claim only in the languages where it is the
    /// sentence's negator (Spanish, Catalan).
    static let determinerNegatorLanguages: Set<Language> = [.en, .nl, .sv, .fr]

    /// Words after which a denial goes on to say more than it denies ("Muslims won't stop *until* …", "I would
    /// never hit a woman *but* …").
    static let denialBlockers: [String] = [
        "until", "unless", "till", "hasta", "jusqu", "jusqua", "tant", "tot", "totdat", "tills", "fins", "but",
        "however", "pero", "mais", "maar", "echter", "dock",
    ]

    /// Harms a speaker may refuse to do to a group — hurt, judge, insult, mock, exclude, hate — and their passive
    /// forms ("je ne veux pas que les musulmans soient *stigmatisés*"), in every language: "I would never judge a
    /// Muslim for their faith" (0.51) refuses harm, not company (``FeatureExtractor/refusesHarmToGroup()``).
    static let harmVerbs: [String] = [
        "hurt", "harm", "violence", "violencia", "geweld", "detester", "detesterait", "detesteraient", "hating",
        "judge", "insult", "mock", "offend", "attack", "hit",
        "harass", "bully", "discriminate",
        "exclude", "hate", "blame", "stereotype", "stigmatise", "stigmatize", "humiliate", "abuse", "threaten",
        "insulted", "mocked", "attacked", "harassed", "bullied", "excluded", "blamed", "stigmatised",
        "stigmatized", "humiliated", "abused", "threatened", "judged", "hated", "treated",
        "herir", "danar", "juzgar", "insultar", "burlarme", "atacar", "pegar", "acosar", "discriminar", "excluir",
        "odiar", "culpar", "estigmatizar", "humillar", "amenazar", "insultados", "atacados", "discriminados",
        "excluidos", "estigmatizados", "humillados", "juzgados", "tratados", "blesser", "juger", "insulter",
        "moquer", "attaquer", "frapper", "harceler", "discriminer", "exclure", "hair", "blamer", "stigmatiser",
        "humilier", "menacer", "insultes", "attaques", "harceles", "discrimines", "exclus", "stigmatises",
        "humilies", "juges", "traites", "pijn", "kwetsen", "veroordelen", "beledigen", "uitschelden", "bespotten",
        "aanvallen", "slaan", "pesten", "haat", "discrimineren", "uitsluiten", "haten", "beschuldigen", "stigmatiseren",
        "vernederen", "bedreigen", "beledigd", "aangevallen", "gepest", "gediscrimineerd", "uitgesloten",
        "gestigmatiseerd", "behandeld", "skada", "doma", "forolampa", "hana", "attackera", "sla", "trakassera",
        "diskriminera", "utesluta", "hata", "ferir", "jutjar", "insultar", "discriminar",
        // 2026-12-01 (tenth session): "hacer daño", "faire du mal", "fear" ("Aquí nadie quiere hacer daño a los
        // judíos" 0.65, "there's no reason to fear …").
        "dano", "mal", "fear", "temer", "craindre", "vrezen",
        // 2026-12-01 (thirteenth session): expulsion refused ("Les réfugiés, il ne faut pas les expulser" 0.82).
        "expel", "deport", "expulser", "expulsar", "deportar", "echar", "uitzetten", "deporteren", "utvisa",
        "echarlos", "echarlas", "expulsarlos", "expulsarlas", "deportarlos", "deportarlas",
        // Present forms, for "people who …" (``harmDoerPhrases``).
        "insults", "attacks", "harasses", "bullies", "insulta", "insultan", "ataca", "atacan", "odia", "odian",
        "acosa", "acosan", "discrimina", "discriminan", "maltrata", "maltratan", "insulte", "insultent", "attaque",
        "attaquent", "deteste", "detestent", "harcele", "harcelent", "scheldt", "schelden", "aanvalt", "pest",
        "trakasserar", "attackerar", "insulten", "ataquen", "odias", "detestes", "hais", "hates",
        // Subjunctives and nouns after "it's a shame that" (2026-11-30, eighth session).
        "ataque", "agreda", "agredan", "agresse", "agressent", "agressions", "agresiones", "discrimine",
        // Driving out and mistreating (2026-11-30, sixth session): "Je ne veux pas que les Roms soient expulsés"
        // (0.78), "Les
        // femmes ne méritent pas d'être maltraitées" (0.49), "Pas question de rejeter les migrants" (0.72).
        "expel", "expelled", "reject", "rejected", "mistreat", "mistreated", "expulsar", "expulsados", "expulsadas",
        "rechazar", "rechazados", "maltratar", "maltratados", "maltratadas", "burlados", "expulser", "expulses",
        "expulsees", "rejeter", "rejetes", "chasser", "chasses", "maltraiter", "maltraites", "maltraitees", "moques",
        "moquees", "uitzetten", "uitgezet", "verstoten", "mishandelen", "mishandeld", "bespot", "utvisa", "utvisade",
        "misshandla", "misshandlade", "hanade", "maltractar", "frappe", "frappent",
    ]

    /// Words a denial may deny after a group that are not hostile cues (adding them to the cues would move every
    /// score): "Les gays ne sont pas des malades" (0.52), "Les trans ne sont pas un danger pour les enfants" (0.53).
    static let deniableWords: [String] = [
        "malades", "malade", "enfermos", "enfermas", "ziek", "zieken", "sjuka", "danger", "dangers", "peligro",
        "gevaar", "fara", "fardeau", "carga", "last", "borda", "perill", "burden", "poids", "soumises", "soumis",
        "sumisas", "sumisos", "onderdanig", "roban", "quitan",
        // Blame (2026-11-30, seventh session): "Les réfugiés ne sont en rien responsables de la crise".
        "responsables", "responsable", "responsible", "coupables", "culpables", "guilty", "verantwoordelijk",
        "schuldig", "ansvariga", "skyldiga",
    ]

    /// A French trope's verb and the "pas" that splits it from the rest of the trope ("Les juifs ne contrôlent
    /// *pas* le monde" 0.48, "Non, les migrants ne volent pas nos emplois" 0.63): denied, the phrase is read up to
    /// "pas".
    static let splitTropes: [String] = [
        "controlent pas", "dirigent pas", "possedent pas", "volent pas", "prennent pas", "profitent pas",
        "envahissent pas", "remplacent pas", "menacent pas", "abusent pas", "detruisent pas", "ruinent pas",
    ]

    /// Participles that make a group the one wronged in a simile with animals: treated, herded, caged, hunted
    /// (``FeatureExtractor/reportsGroupTreatedAsAnimals(_:)``). Passive forms only: "treat them like …" is a call.
    static let simileWrongs: [String] = [
        "treated", "herded", "hunted", "slaughtered", "caged", "locked", "crammed", "packed", "penned", "sold",
        "tratados", "tratadas", "cazados", "masacrados", "encerrados", "hacinados", "vendidos", "traites",
        "traitees", "chasses", "massacres", "enfermes", "entasses", "parques", "vendus", "behandeld", "opgejaagd",
        "afgeslacht", "opgesloten", "opgehokt", "verkocht", "behandlas", "behandlade", "jagade", "slaktade",
        "tractats", "tancats",
    ]

    /// Livestock, which only a wrong done to a group likens it to ("treated like cattle").
    static let livestockWords: [String] = [
        "cattle", "livestock", "sheep", "ganado", "ovejas", "reses", "betail", "moutons", "vee", "schapen", "boskap",
        "far", "bestiar",
    ]

    /// Words of desert that make a wrong a wish ("they deserve to be treated like dogs").
    static let desertWords: [String] = [
        "deserve", "deserves", "merecen", "merece", "meritent", "merite", "verdienen", "verdient", "fortjanar",
        "mereixen",
    ]

    /// Phrases that open a relative clause about the people who do something ("people who", "la gente que",
    /// "ceux qui", "mensen die"), or a condition put to the reader ("if you hate"): hostility in the message is then
    /// aimed at those people, and a group inside the clause is the one they harm
    /// (``FeatureExtractor/condemnsThoseWhoHarm(_:)``). Written normalised.
    static let harmDoerPhrases: [String] = [
        "people who", "those who", "anyone who", "everyone who", "people that", "anybody who", "racists who",
        "if you hate", "if you think", "la gente que", "las personas que", "los que", "quienes", "quien", "todo el que",
        "si odias a", "si odias", "si piensas que", "les gens qui", "ceux qui", "celles qui", "quiconque",
        "si tu detestes",
        "si tu hais", "si vous detestez", "mensen die", "iedereen die", "degenen die", "wie", "als je", "de som",
        "folk som", "alla som", "den som", "la gent que", "els que",
    ]

    /// Verbs of belief or speech: in a clause about the people who do something, a hostile word with one of these
    /// is their view of the group ("mensen die vrouwen minderwaardig *vinden*"), not the speaker's.
    static let beliefVerbs: [String] = [
        "believe", "believes", "think", "thinks", "say", "says", "call", "calls", "claim", "claims", "creen", "cree",
        "piensan", "piensa", "dicen", "dice", "llaman", "llama", "croient", "croit", "pensent", "pense", "disent",
        "dit", "appellent", "traitent", "vinden", "vindt", "denken", "denkt", "zeggen", "zegt", "noemen", "noemt",
        "tycker", "tror", "sager", "kallar", "creuen", "diuen",
    ]

    /// Slogans that affirm every person, whatever their status: "no human is illegal", "ningún ser humano es
    /// ilegal", "geen mens is illegaal". Written normalised.
    static let humanitySlogans: [String] = [
        "no human is illegal", "no human being is illegal", "no one is illegal", "nobody is illegal",
        "ningun ser humano es ilegal", "ninguna persona es ilegal", "nadie es ilegal",
        "aucun etre humain n est illegal",
        "personne n est illegal", "geen mens is illegaal", "niemand is illegaal", "ingen manniska ar illegal",
        "cap esser huma es il legal", "ningu es il legal",
    ]

    /// Refusals to believe what follows: "I refuse to believe (that) women are less capable", "je refuse de croire
    /// que …", "me niego a creer que …", "ik weiger te geloven dat …", and not thinking or believing it.
    static let disbeliefFrames: [String] = [
        "i refuse to believe", "i refuse to accept", "we refuse to believe", "refuse to believe",
        "je refuse de croire", "nous refusons de croire", "refuse de croire",
        "me niego a creer", "me niego a aceptar", "nos negamos a creer", "ik weiger te geloven",
        "ik weiger te accepteren", "wij weigeren te geloven", "jag vagrar tro", "jag vagrar att tro",
        "em nego a creure",
        // Not thinking it, when what follows is hostile (2026-11-30, seventh session): "I don't think at all that Black
        // people are inferior". A denied worth stays hate ("Je ne crois pas que les juifs soient humains").
        "i dont think", "i do not think", "i dont believe", "i do not believe", "je ne pense pas", "je ne crois pas",
        "je pense pas", "je crois pas", "no creo", "no pienso", "ik denk niet", "ik geloof niet", "jag tror inte",
        "jag tycker inte", "no crec",
    ]

    /// Words that may open the claim after a refusal to believe: "that", "que", "dat", "att", and "at all" before
    /// it ("du tout", "para nada", "helemaal", "alls").
    static let complementisers: [String] = [
        "that", "que", "qu", "dat", "att", "at", "all", "du", "tout", "para", "nada", "helemaal", "alls",
    ]

    /// The tables of ``FeatureExtractor/deniesHostileClaim(_:)`` and ``FeatureExtractor/refusesHarmToGroup()``,
    /// built once.
    struct DenialTables: Sendable {
        let negators = WordSet(Lexicon.claimNegators)
        let blockers = WordSet(Lexicon.denialBlockers)
        let no = FNV.hash("no")
        /// French "ne" denies a claim only with "pas" or "nullement", and a harm also with "jamais"; "ne … rien",
        /// "ne … que" and "ne … jamais" with anything but a harm say something of the group ("Les handicapés ne
        /// servent à rien").
        let ne = WordSet(["ne", "n"])
        let pas = WordSet(["pas", "nullement"])
        /// "ne … en rien" denies like "ne … pas" ("… ne sont en rien responsables"); "rien" alone does not.
        let en = FNV.hash("en"), rien = FNV.hash("rien")
        let jamais = FNV.hash("jamais")
        let deniable = WordSet(Lexicon.deniableWords)
        let splitTropes = PhraseTable(Lexicon.splitTropes)
        let harms = WordSet(Lexicon.harmVerbs)
        let than = WordSet(Lexicon.thanWords)
        let wrongs = WordSet(Lexicon.simileWrongs)
        let livestock = WordSet(Lexicon.livestockWords)
        let desert = WordSet(Lexicon.desertWords)
        let doers = PhraseTable(Lexicon.harmDoerPhrases)
        let beliefs = WordSet(Lexicon.beliefVerbs)
        let slogans = PhraseTable(Lexicon.humanitySlogans)
        let disbeliefs = PhraseTable(Lexicon.disbeliefFrames)
        let complementisers = WordSet(Lexicon.complementisers)
    }

    static let denials = DenialTables()
}
