extension FunctionalSuite {
    /// The source tag of the second blind part.
    public static let freshBlindSource = "functional-blind-2"

    /// Every source tag whose cases are blind: their failures are never listed and nothing is tuned on them.
    public static let blindSources: Set<String> = [blindSource, freshBlindSource]

    /// Held-out cases written on 2026-11-29 at 12:15 UTC, before the training changes of that afternoon, by a
    /// writer who had not read the failures of the first blind part: other verbs, word order, questions, second
    /// person, slang, longer and shorter sentences than the training templates. Tagged ``freshBlindSource``;
    /// like ``blindFamilies(_:)`` never used to choose anything.
    static func freshBlindFamilies(_ language: Language) -> [TemplateFamily] {
        switch language {
        case .en: return freshEnglish
        case .es: return freshSpanish
        case .fr: return freshFrench
        case .nl: return freshDutch
        default: return []
        }
    }

    static let freshEnglish: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "honestly {G} are the dumbest people I've ever had to deal with", "why are {G} always so pathetic?",
            "{G}? worthless, every last one of them", "I'd rather eat glass than share an office with {G}, they're vile",
            "you can spot {G} a mile off, lazy and thick as mud", "you {G} make me sick",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} breed like vermin and stink up every neighbourhood", "calling {G} people is an insult to people",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "if I see {P} on my street tonight I'm grabbing the bat", "we should round up {G} and set them on fire",
            "{G} better watch their backs, we know where they live", "time to take up arms against {G}",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "funny how the crime rate jumped right after {G} showed up", "keep {G} away from our kids, just saying",
            "would you really trust {P} with your wallet?",
        ]),
        TemplateFamily("negation", hateful: false, [
            "I have never once thought {G} were worth less than anyone", "nobody in my family has a problem with {G}",
            "it's simply not true that {G} don't want to work",
        ]),
        TemplateFamily("counter", hateful: false, [
            "if you think {G} are vermin, you're the problem", "stop blaming {G} for everything, it's lazy scapegoating",
            "your post calling {G} parasites got reported, good riddance",
        ]),
        TemplateFamily("quote", hateful: false, [
            "the graffiti read 'death to {G}' and the neighbours painted over it the next morning",
        ]),
        TemplateFamily("positive", hateful: false, [
            "shoutout to all the {G} who volunteered at the food bank this weekend",
            "{G} are some of the kindest people you'll ever meet", "so proud of the {G} in our team, they smashed it",
            "my {J} neighbours helped me move, absolute legends",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "what share of the council are {G}?", "the survey asked {G} about their commute",
            "{P} moved into the flat upstairs last week", "a new book on the history of {G} in Britain is out",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "holy shit, the bus actually came on time", "damn, burnt the toast again, fml",
            "what the fuck is wrong with this printer",
        ]),
        TemplateFamily("nonprotected", hateful: false, ["tax inspectors are bloodsucking leeches"]),
    ]

    static let freshSpanish: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "sinceramente {A} son lo más tonto que he conocido", "¿por qué {A} son siempre tan patéticos?",
            "¿{A}? unos inútiles, todos y cada uno", "preferiría comer cristal antes que trabajar con {A}, dan asco",
            "a {A} se les nota a la legua lo vagos y estúpidos que son", "me dais asco, {G}",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{A} se reproducen como alimañas y apestan cada barrio",
            "llamar personas a {A} es un insulto para las personas",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "como vea a uno de esos {G} esta noche en mi calle, saco el bate", "habría que quemar a {A}, a todos",
            "que {A} se anden con cuidado, sabemos dónde viven", "es hora de coger las armas contra {A}",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "qué casualidad que la delincuencia subió justo cuando llegaron {A}",
            "mantén a {A} lejos de tus hijos, ahí lo dejo", "¿de verdad le dejarías la cartera a uno de esos {G}?",
        ]),
        TemplateFamily("negation", hateful: false, [
            "nunca he pensado que {A} valgan menos que nadie", "nadie en mi familia tiene problemas con {A}",
            "no es verdad que {A} no quieran trabajar",
        ]),
        TemplateFamily("counter", hateful: false, [
            "si piensas que {A} son alimañas, el problema eres tú",
            "deja de culpar a {A} de todo, es buscar chivos expiatorios",
            "tu mensaje llamando parásitos a {A} ha sido denunciado, y bien hecho",
        ]),
        TemplateFamily("quote", hateful: false, [
            "en la pared pintaron 'muerte a {A}' y los vecinos lo borraron a la mañana siguiente",
        ]),
        TemplateFamily("positive", hateful: false, [
            "un saludo a {A} que ayudaron en el banco de alimentos este finde",
            "{A} son de las personas más amables que vas a conocer", "qué orgullo de {A} de nuestro equipo, lo han bordado",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "¿qué porcentaje del ayuntamiento son {G}?", "la encuesta preguntó a {A} cuánto tardan en llegar al trabajo",
            "sale un libro nuevo sobre la historia de {A} en España",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "hostia, el autobús ha llegado puntual", "me cago en todo, se me ha quemado la tostada otra vez",
            "¿qué coño le pasa a esta impresora?",
        ]),
        TemplateFamily("nonprotected", hateful: false, ["los inspectores de hacienda son unas sanguijuelas"]),
    ]

    static let freshFrench: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "franchement les {G} sont les gens les plus cons que je connaisse",
            "pourquoi les {G} sont toujours aussi pathétiques ?", "les {G} ? des nuls, tous autant qu'ils sont",
            "je préfère manger du verre que bosser avec des {G}, ils me dégoûtent",
            "on reconnaît tout de suite les {G} à leur paresse et leur bêtise", "vous les {G}, vous me donnez la nausée",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "les {G} se reproduisent comme de la vermine et empestent tous les quartiers",
            "appeler les {G} des humains, c'est insulter les humains",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "si je croise un de ces {G} ce soir dans ma rue, je sors la batte", "faudrait brûler les {G}, tous",
            "que les {G} fassent gaffe, on sait où ils habitent", "il est temps de prendre les armes contre les {G}",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "comme par hasard la délinquance a explosé quand les {G} sont arrivés",
            "gardez les {G} loin de vos gosses, je dis ça je dis rien",
            "tu confierais vraiment ton portefeuille à un de ces {G} ?",
        ]),
        TemplateFamily("negation", hateful: false, [
            "je n'ai jamais pensé que les {G} valaient moins que les autres",
            "personne dans ma famille n'a de problème avec les {G}", "c'est faux de dire que les {G} ne veulent pas travailler",
        ]),
        TemplateFamily("counter", hateful: false, [
            "si tu penses que les {G} sont de la vermine, c'est toi le problème",
            "arrête d'accuser les {G} de tout, ce sont des boucs émissaires faciles",
            "ton message qui traitait les {G} de parasites a été signalé, tant mieux",
        ]),
        TemplateFamily("quote", hateful: false, [
            "sur le mur quelqu'un avait écrit « mort aux {G} » et les voisins l'ont effacé le lendemain",
        ]),
        TemplateFamily("positive", hateful: false, [
            "merci à tous les {G} qui ont aidé à la banque alimentaire ce week-end",
            "les {G} sont parmi les personnes les plus gentilles que tu rencontreras",
            "trop fier des {G} de notre équipe, ils ont tout déchiré",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "quelle part du conseil municipal sont des {G} ?", "l'enquête a interrogé des {G} sur leur temps de trajet",
            "un nouveau livre sur l'histoire des {G} en France vient de sortir",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "putain de merde, le bus est enfin à l'heure", "bordel, j'ai encore cramé les toasts",
            "c'est quoi ce bordel avec l'imprimante",
        ]),
        TemplateFamily("nonprotected", hateful: false, ["les contrôleurs des impôts sont des sangsues"]),
    ]

    static let freshDutch: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "eerlijk gezegd zijn {G} de domste mensen die ik ken", "waarom zijn {G} altijd zo zielig?",
            "{G}? nutteloos, stuk voor stuk", "ik eet nog liever glas dan dat ik met {G} samenwerk, ze zijn smerig",
            "je herkent {G} meteen aan hoe lui en stom ze zijn", "jullie {G} maken me misselijk",
            "bah, {G}, wat een stelletje mislukkelingen",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} fokken als ongedierte en verpesten elke wijk", "{G} mensen noemen is een belediging voor mensen",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "als ik vanavond een van die {G} in mijn straat zie, pak ik de knuppel erbij",
            "we zouden {G} allemaal moeten verbranden", "{G} moeten oppassen, we weten waar ze wonen",
            "tijd om de wapens op te pakken tegen {G}", "ik sla die {G} allemaal de hersens in",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "toevallig ging de criminaliteit omhoog toen {G} hier kwamen wonen",
            "hou {G} uit de buurt van je kinderen, ik zeg het maar",
            "zou jij echt je portemonnee aan een van die {G} toevertrouwen?",
        ]),
        TemplateFamily("negation", hateful: false, [
            "ik heb nooit gedacht dat {G} minder waard zijn dan anderen", "niemand in mijn familie heeft moeite met {G}",
            "het klopt gewoon niet dat {G} niet willen werken",
        ]),
        TemplateFamily("counter", hateful: false, [
            "als je denkt dat {G} ongedierte zijn, ben jij het probleem",
            "stop met {G} overal de schuld van te geven, dat is zondebokken zoeken",
            "je bericht waarin je {G} parasieten noemde is gemeld, terecht",
        ]),
        TemplateFamily("quote", hateful: false, [
            "op de muur stond 'dood aan {G}' en de buren hebben het de volgende ochtend overgeschilderd",
        ]),
        TemplateFamily("positive", hateful: false, [
            "dank aan alle {G} die dit weekend bij de voedselbank hielpen",
            "{G} horen bij de aardigste mensen die je kunt tegenkomen", "trots op de {G} in ons team, ze hebben het top gedaan",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "welk deel van de gemeenteraad bestaat uit {G}?", "in de enquête werd {G} gevraagd naar hun reistijd",
            "er is een nieuw boek over de geschiedenis van {G} in Nederland",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "holy shit, de bus was gewoon op tijd", "verdorie, toast weer aangebrand",
            "wat is er godverdomme mis met die printer",
        ]),
        TemplateFamily("nonprotected", hateful: false, ["belastinginspecteurs zijn bloedzuigers"]),
    ]
}
