extension Lexicon {
    // Threats said of a group without a frame of the speaker's intent, read by
    // ``FeatureExtractor/expressesHatePlainly(_:)`` beside the declarations of hatred: what the group deserves or
    // should undergo after it ("Vrouwen die hun mond opendoen verdienen een pak slaag" 0.55, "Women who talk back
    // should get their teeth knocked out" 0.31), and the weapon promised before it ("Une balle dans la tête pour
    // chaque Rom" 0.38). The models learned threats from a few verbs in a few frames. Written normalised (lower
    // case, no diacritics, apostrophes and French elisions dropped: "d'être" is "etre"). 2026-12-01 (fifteenth
    // session).

    /// What a group deserves, should undergo or will pay, after the group (and after a relative clause about it,
    /// opened by one of ``relativePronouns``). A hospital or a death only in the future ("will end up in hospital",
    /// "belandt" as the Dutch present of a promise): the English present reports ("Many refugees who cross the Alps
    /// end up in hospital"); nor "will hang", "will bleed" or "will be hunted", which describe as often ("Women will
    /// hang the decorations", "Refugees will be hunted by smugglers").
    static let threatsAfter: [Language: [String]] = [
        .en: [
            "should be shot", "must be shot", "should be hanged", "should be hung", "should hang", "deserve a beating",
            "deserve to be beaten", "need a good beating", "deserve a good beating", "should be beaten",
            "should get their teeth knocked out", "should have their teeth knocked out", "deserve a bullet",
            "deserve a rope", "should be put down", "should be lynched", "should be gassed", "should be wiped out",
            "must be wiped out", "should be exterminated", "must be exterminated", "will pay in blood",
            "should be burned", "should burn", "deserve to burn", "should be killed", "must be killed",
            "deserve to be killed", "deserve to be shot", "will end up in hospital", "will end up in the hospital",
            "will end up dead", "should be hunted", "deserve to be hunted", "are going to bleed", "are gonna bleed",
            "should disappear", "must disappear", "should vanish",
        ],
        .es: [
            "merecen una paliza", "merecen un tiro", "merecen la horca", "merecen ser apaleados",
            "deberian ser apaleados", "deberian ser fusilados", "deben ser fusilados", "deberian ser ahorcados",
            "deben ser ahorcados", "van a pagar con sangre", "pagaran con sangre", "deberian arder", "merecen arder",
            "merecen la muerte", "deben ser exterminados", "deberian ser exterminados", "deberian estar muertos",
            "tienen que morir", "merecen que los maten", "acabara en el hospital", "terminara en el hospital",
            "acabara muerto", "seran cazados", "deberian ser cazados", "van a sangrar", "sangraran",
            "deberian desaparecer", "deben desaparecer", "tienen que desaparecer",
        ],
        .fr: [
            "meritent des coups", "meritent une balle", "meritent la corde", "meritent une raclee",
            "meritent etre pendus", "meritent etre tabasses", "devraient etre pendus", "doivent etre pendus",
            "devraient etre fusilles", "doivent etre fusilles", "devraient etre tabasses", "doivent etre extermines",
            "devraient etre extermines", "vont payer dans le sang", "paieront dans le sang", "meritent la mort",
            "meritent de crever", "devraient bruler", "doivent bruler", "finira a hopital", "finira mort",
            "seront chasses", "devraient etre chasses", "vont saigner", "saigneront", "devraient disparaitre",
            "doivent disparaitre", "doivent etre rayes", "devraient etre rayes", "doivent etre effaces",
            "devraient etre effaces",
        ],
        .nl: [
            "verdienen een pak slaag", "verdienen een pak rammel", "verdienen een kogel", "verdienen klappen",
            "verdienen de strop", "moeten afgemaakt worden", "moeten worden afgemaakt", "moeten opgehangen worden",
            "moeten worden opgehangen", "moeten vergast worden", "moeten doodgeschoten worden",
            "moeten gefusilleerd worden", "horen aan de galg", "gaan boeten met bloed", "zullen boeten met bloed",
            "verdienen te sterven", "moeten branden", "moeten in elkaar geslagen worden", "belandt in het ziekenhuis",
            "gaan bloeden", "zullen bloeden", "zullen opgejaagd worden", "moeten verdwijnen", "moeten weg",
            "moeten van de aardbodem verdwijnen", "moeten van de aardbodem geveegd worden",
        ],
    ]

    /// A weapon or an end promised to whatever follows: "a bullet for every …", "un tiro en la nuca a cada …",
    /// "une balle dans la tête pour chaque …", "een kogel door het hoofd van elke …".
    static let threatsBefore: [Language: [String]] = [
        .en: [
            "a bullet for", "a bullet in the head for", "a bullet to", "a rope for", "the rope for",
            "the gallows for", "a noose for", "there will be no more", "there wont be a single",
            "there will not be a single",
            // A final end: "Somebody should do something permanent about Muslims" 0.21, "Hanging is too good for …".
            "do something permanent about", "something permanent about", "a permanent solution for",
            "a final solution for", "a permanent solution to", "hanging is too good for", "death is too good for",
        ],
        .es: [
            "un tiro a", "un tiro para", "un tiro en la nuca a", "un tiro en la nuca para", "un tiro en la cabeza a",
            "una bala para", "la horca para", "paredon para", "al paredon con", "la soga para",
            // A place emptied of the group: "pronto no quedará ni un gitano en este barrio".
            "no quedara ni un", "no quedara ni una", "no va a quedar ni un", "no va a quedar ni una",
            "no quedara ningun", "no quedaran", "algo definitivo con", "una solucion final para",
            "una solucion definitiva para", "la muerte es poco para", "ahorcarlos es poco para",
            // The speaker's violence in the future tense ("… y dispararé a unos cuantos de los musulmanes" 0.40).
            "disparare a", "matare a", "apunalare a", "quemare a", "ahogare a", "envenenare a", "rajare a",
            "mataremos a", "quemaremos a", "dispararemos a", "colgare a", "colgaremos a", "apalearemos a",
            "disparare a unos cuantos", "matare a unos cuantos", "disparare contra",
        ],
        .fr: [
            "une balle pour", "une balle dans la tete pour", "une balle dans la tete a", "une balle a",
            "la corde pour", "le peloton pour", "au poteau",
            "il ne restera plus un seul", "il ne restera plus une seule", "il ne restera plus aucun",
            "il ne restera plus aucune", "il ne restera plus de", "une solution finale pour",
            "une solution definitive pour", "regler definitivement le probleme des", "la mort est trop douce pour",
            "la pendaison c est trop bien pour", "la mort c est trop bien pour",
        ],
        .nl: [
            "een kogel voor", "een kogel door het hoofd van", "een kogel door de kop van", "de strop voor",
            "de galg voor", "een nekschot voor", "iets definitiefs moeten doen aan", "iets definitiefs doen aan",
            "een definitieve oplossing voor", "een eindoplossing voor", "ophangen is te goed voor",
            "de dood is te goed voor",
        ],
    ]

    /// Deeds in a relative clause that make what follows said of those who do them, not of the group ("Men who rape
    /// children should be shot"), beside ``offenderWords`` and ``crimeVerbs``: present forms of crimes and harm.
    static let relativeClauseDeeds: [String] = [
        "rape", "rapes", "kill", "kills", "attack", "attacks", "abuse", "abuses", "hurt", "hurts", "beat", "beats",
        "hit", "hits", "murder", "murders", "commit", "commits", "stab", "stabs", "violan", "matan", "atacan",
        "maltratan", "pegan", "abusan", "cometen", "apunalan", "violent", "tuent", "attaquent", "frappent",
        "agressent", "commettent", "maltraitent", "poignardent", "verkrachten", "doden", "vermoorden", "aanvallen",
        "slaan", "mishandelen", "misbruiken", "plegen", "beroven", "steken",
    ]

    /// The words of ``FeatureExtractor/expressionAfterRelativeClause(_:_:)`` and
    /// ``FeatureExtractor/holdsThreatPhrase()``, built once.
    struct ThreatTables: Sendable {
        let deeds = WordSet(Lexicon.relativeClauseDeeds + Lexicon.offenderWords + Lexicon.crimeVerbs)
        /// Every language's threats, before and after the group: read only once a rule has found a message hateful,
        /// to give it its type.
        let phrases = PhraseTable(
            Lexicon.threatsAfter.values.flatMap { $0 } + Lexicon.threatsBefore.values.flatMap { $0 }
                + Lexicon.threatIdioms)
        let endorsements = WordSet(Lexicon.violenceEndorsements)
        let copulas = WordSet(Lexicon.violenceCopulas)
    }

    static let threats = ThreatTables()

    /// The speaker's opinion, after which a group opens the clause it introduces as if it opened the message: "Je
    /// pense que les musulmans devraient disparaître" (0.17), "Ik vind dat moslims moeten verdwijnen" (0.25), "En
    /// mi opinión los musulmanes hacen este país más fuerte" (0.91, an affirmation not read). The openers of
    /// ``Lexicon/opinionOpeners`` (which ``FeatureExtractor/brandsGroupPlainly(_:)`` reads) and their forms with a
    /// conjunction; read by ``FeatureExtractor/opensAfterOpinion(_:_:)``.
    static let opinionFrames = PhraseTable(
        opinionOpeners + [
            "i think that", "i really think that", "i believe that", "i honestly think that", "je pense vraiment que",
            "je trouve que", "franchement je pense que", "opino que", "creo de verdad que",
            "ik geloof dat", "ik vind echt dat", "imo", "a mi juicio", "naar mijn mening", "in mijn ogen",
            // A question why a group does what a trope says asserts it ("¿Por qué los judíos siempre lo tienen que
            // arruinar todo?" 0.39, "Pourquoi les Noirs doivent toujours tout gâcher ?" 0.33; 2026-12-01,
            // sixteenth session). Dutch puts the verb before the group and is read as inversion.
            "why do", "why does", "why must", "how come", "por que", "pourquoi", "pourquoi est ce que",
        ])

    /// Violence against a group, before the group: "violence against …", "la violencia contra …", "geweld tegen …".
    /// Read by ``FeatureExtractor/endorsesViolenceAgainstGroup()`` with a word that endorses it after the group.
    static let violenceAgainstPhrases: [String] = [
        "violence against", "attacks on", "attacking", "beating up", "hitting", "killing", "violencia contra",
        "la violencia contra", "las agresiones a", "las agresiones contra", "los ataques contra", "pegar a",
        "matar a", "violence contre", "la violence contre", "les agressions contre", "les attaques contre",
        "frapper les", "tuer les", "geweld tegen", "aanvallen op", "het slaan van", "het doden van",
    ]

    /// ``violenceAgainstPhrases``, built once.
    static let violenceAgainst = PhraseTable(violenceAgainstPhrases)

    /// Words that endorse violence said after the group and a copula: "… is completely justified", "… está
    /// justificada", "… est légitime", "… is prima".
    static let violenceEndorsements: [String] = [
        "justified", "justifiable", "fine", "ok", "okay", "acceptable", "deserved", "necessary", "legitimate",
        "warranted", "good", "needed", "justificada", "justificado", "justificadas", "aceptable", "necesaria",
        "necesario", "legitima", "legitimo", "merecida", "merecido", "justifiee", "justifiees", "justifie",
        "legitime", "necessaire", "meritee", "merite", "gerechtvaardigd", "prima", "oke", "acceptabel", "nodig",
        "terecht", "verdiend", "goed",
    ]

    /// Copulas between the group and the endorsement, with the adverbs of degree that may follow them.
    static let violenceCopulas: [String] = [
        "is", "are", "es", "esta", "son", "estan", "est", "sont", "zijn", "completely", "totally", "entirely",
        "perfectly", "fully", "absolutely", "always", "totalmente", "completamente", "perfectamente", "siempre",
        "totalement", "completement", "parfaitement", "toujours", "volkomen", "helemaal", "volledig", "altijd",
        "gewoon", "just", "simplemente", "simplement",
    ]
}
