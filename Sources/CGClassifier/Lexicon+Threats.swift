extension Lexicon {
    // Threats said of a group without a frame of the speaker's intent, read by
    // ``FeatureExtractor/expressesHatePlainly(_:)`` beside the declarations of hatred: what the group deserves or
    // should undergo after it ("Vrouwen die hun mond opendoen verdienen een pak slaag" 0.55, "Women who talk back
    // should get their teeth knocked out" 0.31), and the weapon promised before it ("Une balle dans la tête pour
    // chaque Rom" 0.38). The models learned threats from a few verbs in a few frames. Written normalised (lower
    // case, no diacritics, apostrophes and French elisions dropped: "d'être" is "etre"). 2026-12-01 (fifteenth
    // session).

    /// What a group deserves, should undergo or will pay, after the group (and after a relative clause about it,
    /// opened by one of ``relativePronouns``).
    static let threatsAfter: [Language: [String]] = [
        .en: [
            "should be shot", "must be shot", "should be hanged", "should be hung", "should hang", "will hang",
            "deserve a beating", "deserve to be beaten", "need a good beating", "deserve a good beating",
            "should be beaten", "should get their teeth knocked out", "should have their teeth knocked out",
            "deserve a bullet", "deserve a rope", "should be put down", "should be lynched", "should be gassed",
            "should be wiped out", "must be wiped out", "should be exterminated", "must be exterminated",
            "will pay in blood", "should be burned", "should burn", "deserve to burn", "should be killed",
            "must be killed", "deserve to be killed", "deserve to be shot", "end up in hospital",
            "ends up in hospital", "end up in the hospital", "ends up in the hospital", "will end up in hospital",
            "will end up in the hospital", "will end up dead", "ends up dead",
        ],
        .es: [
            "merecen una paliza", "merecen un tiro", "merecen la horca", "merecen ser apaleados",
            "deberian ser apaleados", "deberian ser fusilados", "deben ser fusilados", "deberian ser ahorcados",
            "deben ser ahorcados", "van a pagar con sangre", "pagaran con sangre", "deberian arder", "merecen arder",
            "merecen la muerte", "deben ser exterminados", "deberian ser exterminados", "deberian estar muertos",
            "tienen que morir", "merecen que los maten", "acabara en el hospital", "acaba en el hospital",
            "terminara en el hospital", "acabara muerto",
        ],
        .fr: [
            "meritent des coups", "meritent une balle", "meritent la corde", "meritent une raclee",
            "meritent etre pendus", "meritent etre tabasses", "devraient etre pendus", "doivent etre pendus",
            "devraient etre fusilles", "doivent etre fusilles", "devraient etre tabasses", "doivent etre extermines",
            "devraient etre extermines", "vont payer dans le sang", "paieront dans le sang", "meritent la mort",
            "meritent de crever", "devraient bruler", "doivent bruler", "finira a hopital", "finit a hopital",
            "finira mort",
        ],
        .nl: [
            "verdienen een pak slaag", "verdienen een pak rammel", "verdienen een kogel", "verdienen klappen",
            "verdienen de strop", "moeten afgemaakt worden", "moeten worden afgemaakt", "moeten opgehangen worden",
            "moeten worden opgehangen", "moeten vergast worden", "moeten doodgeschoten worden",
            "moeten gefusilleerd worden", "horen aan de galg", "gaan boeten met bloed", "zullen boeten met bloed",
            "verdienen te sterven", "moeten branden", "moeten in elkaar geslagen worden", "belandt in het ziekenhuis",
            "belanden in het ziekenhuis", "eindigt in het ziekenhuis", "komt in het ziekenhuis terecht",
        ],
    ]

    /// A weapon or an end promised to whatever follows: "a bullet for every …", "un tiro en la nuca a cada …",
    /// "une balle dans la tête pour chaque …", "een kogel door het hoofd van elke …".
    static let threatsBefore: [Language: [String]] = [
        .en: [
            "a bullet for", "a bullet in the head for", "a bullet to", "a rope for", "the rope for",
            "the gallows for", "a noose for",
        ],
        .es: [
            "un tiro a", "un tiro para", "un tiro en la nuca a", "un tiro en la nuca para", "un tiro en la cabeza a",
            "una bala para", "la horca para", "paredon para", "al paredon con", "la soga para",
        ],
        .fr: [
            "une balle pour", "une balle dans la tete pour", "une balle dans la tete a", "une balle a",
            "la corde pour", "le peloton pour", "au poteau",
        ],
        .nl: [
            "een kogel voor", "een kogel door het hoofd van", "een kogel door de kop van", "de strop voor",
            "de galg voor", "een nekschot voor",
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
            Lexicon.threatsAfter.values.flatMap { $0 } + Lexicon.threatsBefore.values.flatMap { $0 })
    }

    static let threats = ThreatTables()
}
