extension FunctionalSuite {
    /// Held-out cases added on 2026-11-29, written after the training templates of the same day and worded apart
    /// from them (``SyntheticCorpus`` never sees these): more neutral and positive mentions (news, everyday,
    /// questions, one member, adjective forms), hate in new phrasings (questions, opinions, pronoun reference),
    /// counter-speech, quotation to condemn, profanity and non-protected targets.
    static let englishMore: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "a {J} bookshop opened next to the station", "the evening news had a piece about {G} and pensions",
            "{G} and their neighbours planted trees along the canal", "a {J} couple bought the house across the road",
            "the council is consulting {G} about the new library", "I sat next to {P} on the train this morning",
            "do {G} get a say in the new planning rules?", "the radio phone-in today was about {G}",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{G} are some of the kindest people I know", "so happy to see {G} thriving in this town",
            "{P} saved my life once, forever grateful", "{J} people have every right to be proud",
            "what would we do without {G}?", "{G} make the best neighbours",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "why do {G} have to be so revolting?", "I genuinely believe {G} are worthless",
            "I'll never see {G} as my equals",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "I know plenty of {G}, every one of them is a parasite", "{J} people are a cancer on this town",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "watch your back, {G}, we know where you live", "one day soon someone will put a bullet in {P}",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{G} ruin everything they touch", "do yourself a favour and never hire {P}",
        ]),
        TemplateFamily("counter", hateful: false, [
            "'{G} are subhuman' — no, that's just bigotry", "I'm disgusted by the comments calling {G} pests",
            "threatening {G} online is still a crime",
        ]),
        TemplateFamily("quote", hateful: false, ["someone spray-painted '{G} go home' on the bridge, awful"]),
        TemplateFamily("negation", hateful: false, ["there's no reason to fear {G}", "nobody here wants to hurt {G}"]),
        TemplateFamily("profanity", hateful: false, [
            "fucking brilliant match last night", "oh shit, I left the oven on", "damn, this coffee is strong",
            "bloody hell, the queue is massive",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "people who don't indicate are idiots", "I hate wasps so much", "my boss is a useless twat",
            // 2026-11-29 evening: more abuse of targets that are not protected groups.
            "car dealers are lying scum", "journalists are vermin, all of them", "why are bouncers always such thugs",
            "my flatmate is a filthy pig", "this laptop is a worthless brick", "Arsenal fans are a disease",
            "dentists are sadistic parasites", "I despise every single traffic warden in this city",
        ]),
    ]

    static let spanishMore: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "el telediario habló de {A} y las pensiones", "el ayuntamiento consulta a {A} sobre la nueva biblioteca",
            "me senté al lado de unos {G} en el tren", "¿tienen voz {A} en el nuevo plan urbanístico?",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{A} son de las personas más amables que conozco", "qué alegría ver a {A} prosperar en este pueblo",
            "¿qué haríamos sin {A}?",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "¿por qué {A} tienen que ser tan repugnantes?", "sinceramente creo que {A} no valen para nada",
            "jamás aceptaré a {A} como mis iguales",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, ["conozco a muchos {G}, todos son unos parásitos"]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, ["cuidado, {G}, sabemos dónde vivís"]),
        TemplateFamily("implicit", hateful: true, type: .animosity, ["{A} lo estropean todo"]),
        TemplateFamily("counter", hateful: false, [
            "'{A} son infrahumanos': no, eso es fanatismo", "me dan asco los comentarios que llaman plaga a {A}",
        ]),
        TemplateFamily("quote", hateful: false, ["alguien pintó 'fuera {A}' en el puente, qué horror"]),
        TemplateFamily("negation", hateful: false, ["no hay razón para tener miedo de {A}", "aquí nadie quiere hacer daño a {A}"]),
        TemplateFamily("profanity", hateful: false, [
            "qué partido más cojonudo anoche", "mierda, me dejé el horno encendido", "joder, qué fuerte está este café",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "la gente que no pone el intermitente es idiota", "odio las avispas",
            "los vendedores de coches son escoria mentirosa", "los periodistas son una plaga",
            "¿por qué los porteros de discoteca son siempre unos matones?", "mi compañero de piso es un cerdo",
            "este portátil es una basura", "los del Barça son una enfermedad", "los dentistas son unos sádicos",
            "desprecio a todos los controladores de la zona azul",
        ]),
    ]

    static let frenchMore: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "le journal télévisé a parlé des {G} et des retraites", "la mairie consulte les {G} sur la nouvelle bibliothèque",
            "je me suis assis à côté de deux {G} dans le train", "les {G} ont-ils leur mot à dire sur le plan d'urbanisme ?",
        ]),
        TemplateFamily("positive", hateful: false, [
            "les {G} sont parmi les gens les plus gentils que je connaisse", "quel bonheur de voir les {G} s'épanouir ici",
            "que ferions-nous sans les {G} ?",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "pourquoi les {G} doivent-ils être aussi répugnants ?", "franchement je pense que les {G} ne servent à rien",
            "je ne considérerai jamais les {G} comme mes égaux",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, ["je connais plein de {G}, ce sont tous des parasites"]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, ["faites gaffe, les {G}, on sait où vous habitez"]),
        TemplateFamily("implicit", hateful: true, type: .animosity, ["les {G} gâchent tout ce qu'ils touchent"]),
        TemplateFamily("counter", hateful: false, [
            "« les {G} sont des sous-humains » : non, c'est du fanatisme",
            "les commentaires qui traitent les {G} de nuisibles me dégoûtent",
        ]),
        TemplateFamily("quote", hateful: false, ["quelqu'un a tagué « les {G} dehors » sur le pont, c'est affreux"]),
        TemplateFamily("negation", hateful: false, [
            "il n'y a aucune raison d'avoir peur des {G}", "ici personne ne veut faire de mal aux {G}",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "putain quel match hier soir", "merde, j'ai laissé le four allumé", "bordel, ce café est fort",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "les gens qui ne mettent pas leur clignotant sont des idiots", "je déteste les guêpes",
            "les vendeurs de voitures sont des ordures", "les journalistes sont une plaie",
            "pourquoi les videurs sont toujours des brutes ?", "mon coloc est un gros porc", "cet ordi est une merde",
            "les supporters de l'OM sont une maladie", "les dentistes sont des sadiques",
            "je méprise tous les contractuels de cette ville",
        ]),
    ]

    static let dutchMore: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "het journaal had een item over {G} en pensioenen", "de gemeente vraagt {G} om advies over de nieuwe bibliotheek",
            "ik zat in de trein naast twee {G}", "hebben {G} inspraak in het nieuwe bestemmingsplan?",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{G} zijn de aardigste mensen die ik ken", "wat mooi om {G} hier te zien opbloeien",
            "wat zouden we zonder {G} moeten?",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "waarom moeten {G} toch zo weerzinwekkend zijn?", "eerlijk gezegd vind ik {G} nutteloos",
            "ik zal {G} nooit als mijn gelijken zien",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, ["ik ken genoeg {G}, het zijn allemaal parasieten"]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, ["pas maar op, {G}, we weten waar jullie wonen"]),
        TemplateFamily("implicit", hateful: true, type: .animosity, ["{G} verpesten alles wat ze aanraken"]),
        TemplateFamily("counter", hateful: false, [
            "'{G} zijn onmensen': nee, dat is gewoon onverdraagzaamheid", "ik walg van de reacties die {G} ongedierte noemen",
        ]),
        TemplateFamily("quote", hateful: false, ["iemand heeft '{G} rot op' op de brug gespoten, vreselijk"]),
        TemplateFamily("negation", hateful: false, ["er is geen reden om bang te zijn voor {G}", "niemand hier wil {G} kwaad doen"]),
        TemplateFamily("profanity", hateful: false, [
            "shit, ik heb de oven aan laten staan", "verdomme, wat is deze koffie sterk", "potverdorie, wat een lange rij",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "mensen die geen richting aangeven zijn idioten", "ik haat wespen",
            "autoverkopers zijn leugenachtig tuig", "journalisten zijn een plaag",
            "waarom zijn uitsmijters altijd van die bruten?", "mijn huisgenoot is een vies varken",
            "deze laptop is waardeloze troep", "PSV-supporters zijn een ziekte", "tandartsen zijn sadistische parasieten",
            "ik veracht elke parkeerwachter in deze stad",
        ]),
    ]
}
