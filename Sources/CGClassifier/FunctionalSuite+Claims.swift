extension FunctionalSuite {
    // Development cases (see ``lateFamilies(_:)``) added on 2026-11-30 with ``FeatureExtractor/affirmsGroup(_:language:)``: a right, respect or
    // protection claimed for a group, or its humanity affirmed (not hate), beside the same frames turned hostile
    // (hate). The shipped models scored 19 of 45 such affirmations, written for the rule and not from any suite,
    // hateful: "… deserve …", "… should …" and "êtres humains" were learnt from hateful training sentences.

    static let englishClaims: [TemplateFamily] = [
        TemplateFamily("positive", hateful: false, [
            "{G} deserve the same pay as everyone else", "{G} should be able to marry whoever they love",
            "{G} deserve to feel safe in this city", "we must protect {G} from harassment",
            "{G} are human beings like you and me", "{G} have every right to be treated with dignity",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{G} deserve no rights at all", "{G} should never be allowed to marry",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, ["{G} are not human beings"]),
    ]

    static let spanishClaims: [TemplateFamily] = [
        TemplateFamily("positive", hateful: false, [
            "{A} merecen el mismo sueldo que los demás", "{A} deberían poder casarse con quien quieran",
            "{A} merecen sentirse seguros en esta ciudad", "hay que proteger a {A} del acoso",
            "{A} son seres humanos como tú y como yo",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{A} no merecen ningún derecho", "{A} nunca deberían poder casarse",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, ["{A} no son seres humanos"]),
    ]

    static let frenchClaims: [TemplateFamily] = [
        TemplateFamily("positive", hateful: false, [
            "les {G} méritent le même salaire que tout le monde", "les {G} devraient pouvoir se marier librement",
            "les {G} méritent de se sentir en sécurité dans cette ville", "il faut protéger les {G} du harcèlement",
            "les {G} sont des êtres humains comme vous et moi",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "les {G} ne méritent aucun droit", "les {G} ne devraient jamais pouvoir se marier",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, ["les {G} ne sont pas des êtres humains"]),
    ]

    static let dutchClaims: [TemplateFamily] = [
        TemplateFamily("positive", hateful: false, [
            "{G} verdienen hetzelfde loon als iedereen", "{G} zouden moeten kunnen trouwen met wie ze willen",
            "{G} verdienen het om zich veilig te voelen in deze stad", "we moeten {G} beschermen tegen intimidatie",
            "{G} zijn ook gewoon mensen",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{G} verdienen helemaal geen rechten", "{G} zouden nooit mogen trouwen",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, ["{G} zijn niet eens echte mensen"]),
    ]
}
