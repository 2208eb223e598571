extension FunctionalSuite {
    /// The source tag of the blind cases.
    public static let blindSource = "functional-blind"

    /// Held-out cases written on 2026-11-29 after the last change to training sentences, features and options of
    /// that day, and never used to choose anything: unlike the rest of the suite, which was looked at while
    /// tuning, these estimate accuracy on unseen phrasings. Tagged ``blindSource``.
    static func blindFamilies(_ language: Language) -> [TemplateFamily] {
        switch language {
        case .en: return blindEnglish
        case .es: return blindSpanish
        case .fr: return blindFrench
        case .nl: return blindDutch
        default: return []
        }
    }

    static let blindEnglish: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "the {J} film festival starts next Friday", "{G} were interviewed for the evening bulletin",
            "a bus full of {G} arrived for the football tournament", "can {G} apply for the new housing scheme?",
            "my dentist is {P}",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{G} have always been good to me", "let's celebrate the {G} in our lives", "{G} bring so much joy",
            "I'd be lost without my {J} friends",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{G} are such an embarrassment to humanity", "ugh, {G} again, so revolting",
            "isn't it obvious that {G} are morons?",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} are cattle, nothing more", "those {G} are mere parasites feeding on us",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "I'll make sure every {J} person on this street gets hurt", "somebody should put {G} in the ground",
            "{G} are going to pay in blood",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{G} are why nobody feels safe anymore", "don't sell your house to {G}",
            "{G} ought to be kept out of decent areas",
        ]),
        TemplateFamily("negation", hateful: false, [
            "I don't find {G} annoying at all", "{G} are not to blame for the crisis", "no way are {G} less than anyone else",
        ]),
        TemplateFamily("counter", hateful: false, [
            "people who call {G} filth should be banned", "'{G} are a disease'? that is disgusting bigotry",
            "we must stand up when someone insults {G}",
        ]),
        TemplateFamily("quote", hateful: false, ["the man screamed 'I hate {G}' and was arrested"]),
        TemplateFamily("profanity", hateful: false, ["fuck me, that test was hard", "this shitty wifi keeps dropping"]),
        TemplateFamily("nonprotected", hateful: false, ["people who litter are scum", "I hate cyclists who run red lights"]),
    ]

    static let blindSpanish: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "el festival de cine sobre {A} empieza el viernes", "entrevistaron a {A} para el informativo",
            "¿pueden {A} pedir las nuevas viviendas?",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{A} siempre se han portado bien conmigo", "celebremos a {A} de nuestras vidas", "{A} traen mucha alegría",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{A} son una vergüenza para la humanidad", "¿no es obvio que {A} son idiotas?",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{A} son ganado, nada más", "esos {G} son parásitos que viven de nosotros",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "alguien debería enterrar a {A}", "{A} van a pagar con sangre",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "por culpa de {A} ya nadie se siente seguro", "no le vendas tu casa a {A}",
        ]),
        TemplateFamily("negation", hateful: false, ["{A} no tienen la culpa de la crisis", "no me molestan para nada {A}"]),
        TemplateFamily("counter", hateful: false, [
            "quien llama basura a {A} debería ser expulsado", "¿'{A} son una enfermedad'? eso es fanatismo asqueroso",
        ]),
        TemplateFamily("quote", hateful: false, ["el hombre gritó 'odio a {A}' y lo detuvieron"]),
        TemplateFamily("profanity", hateful: false, ["joder, qué examen más difícil", "este wifi de mierda se corta todo el rato"]),
        TemplateFamily("nonprotected", hateful: false, ["la gente que tira basura a la calle es escoria"]),
    ]

    static let blindFrench: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "le festival de films sur les {G} commence vendredi", "des {G} ont été interviewés pour le journal du soir",
            "les {G} peuvent-ils demander les nouveaux logements ?",
        ]),
        TemplateFamily("positive", hateful: false, [
            "les {G} ont toujours été gentils avec moi", "célébrons les {G} de nos vies", "les {G} apportent tant de joie",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "les {G} sont une honte pour l'humanité", "n'est-il pas évident que les {G} sont des crétins ?",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "les {G} sont du bétail, rien de plus", "ces {G} sont des parasites qui vivent sur notre dos",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "quelqu'un devrait enterrer les {G}", "les {G} vont payer dans le sang",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "à cause des {G} plus personne ne se sent en sécurité", "ne vends pas ta maison à des {G}",
        ]),
        TemplateFamily("negation", hateful: false, [
            "les {G} ne sont pas responsables de la crise", "les {G} ne me dérangent pas du tout",
        ]),
        TemplateFamily("counter", hateful: false, [
            "ceux qui traitent les {G} d'ordures devraient être bannis",
            "« les {G} sont une maladie » ? c'est du fanatisme répugnant",
        ]),
        TemplateFamily("quote", hateful: false, ["l'homme a crié « je hais les {G} » et a été arrêté"]),
        TemplateFamily("profanity", hateful: false, ["putain, cet examen était dur", "ce wifi de merde coupe tout le temps"]),
        TemplateFamily("nonprotected", hateful: false, ["les gens qui jettent leurs déchets par terre sont des ordures"]),
    ]

    static let blindDutch: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "het filmfestival over {G} begint vrijdag", "{G} werden geïnterviewd voor het avondnieuws",
            "kunnen {G} zich inschrijven voor de nieuwe woningen?",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{G} zijn altijd goed voor me geweest", "laten we de {G} in ons leven vieren", "{G} brengen zoveel vreugde",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{G} zijn een schande voor de mensheid", "is het niet duidelijk dat {G} debielen zijn?",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} zijn vee, meer niet", "die {G} zijn parasieten die op onze kosten leven",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "iemand zou {G} moeten begraven", "{G} gaan boeten met bloed",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "door {G} voelt niemand zich meer veilig", "verkoop je huis niet aan {G}",
        ]),
        TemplateFamily("negation", hateful: false, ["{G} zijn niet schuldig aan de crisis", "ik heb helemaal geen last van {G}"]),
        TemplateFamily("counter", hateful: false, [
            "wie {G} afval noemt moet verbannen worden", "'{G} zijn een ziekte'? dat is walgelijke onverdraagzaamheid",
        ]),
        TemplateFamily("quote", hateful: false, ["de man schreeuwde 'ik haat {G}' en werd gearresteerd"]),
        TemplateFamily("profanity", hateful: false, ["godsamme, wat was die toets moeilijk", "die kutwifi valt steeds weg"]),
        TemplateFamily("nonprotected", hateful: false, ["mensen die afval op straat gooien zijn tuig"]),
    ]
}
