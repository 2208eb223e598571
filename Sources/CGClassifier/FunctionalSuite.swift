/// Held-out functional cases written for this project, by kind, in English, Spanish, French and Dutch.
/// None of these templates is used in training; they measure whether the model handles each kind of case.
public enum FunctionalSuite {
    /// The kinds of case, with whether they are hateful.
    public static let kinds: [(name: String, hateful: Bool)] = [
        ("derogation", true), ("dehumanisation", true), ("threat", true), ("implicit", true), ("support", true),
        ("slur", true), ("spelling", true), ("majority", true), ("negation", false), ("counter", false),
        ("quote", false), ("reclaimed", false), ("positive", false), ("neutral", false), ("profanity", false),
        ("nonprotected", false),
    ]

    /// All held-out cases (every language).
    public static func cases() -> [LabeledExample] {
        [Language.en, .es, .fr, .nl].flatMap { cases(language: $0) }
    }

    /// The held-out cases of one language.
    public static func cases(language: Language) -> [LabeledExample] {
        let majority: Set<TargetGroup> = [.white, .christians, .men]
        var out: [LabeledExample] = []
        var rng = SeededGenerator(seed: 99)
        let tagged = families(language).map { ($0, "functional") } + blindFamilies(language).map { ($0, blindSource) }
            + freshBlindFamilies(language).map { ($0, freshBlindSource) }
            // Development families written after the blind parts come last, so that the spelling-trick copies
            // drawn for the blind cases (one random generator for all) stay exactly the same cases.
            + lateFamilies(language).map { ($0, "functional") }
        for (family, source) in tagged {
            for template in family.templates {
                let fills = GroupVocabulary.fills(for: template, language: language)
                for fill in fills {
                    var text = template
                    var kind = family.kind
                    var targets: [TargetGroup]? = family.hateful ? nil : []
                    if let (term, group) = fill {
                        text = GroupVocabulary.fill(template, with: term, language: language)
                        if family.hateful {
                            targets = [group]
                            if majority.contains(group) && !template.contains("{S}") { kind = "majority" }
                        }
                    }
                    out.append(LabeledExample(
                        text: text, language: language, hateful: family.hateful, type: family.type,
                        violence: family.violence, targets: targets, source: source, kind: kind))
                    // A spelling-trick copy of some hateful cases.
                    if family.hateful, let (term, group) = fill, !majority.contains(group), rng.next() % 4 == 0 {
                        let variant = Perturbation.apply(term, in: text, using: &rng)
                        out.append(LabeledExample(
                            text: variant, language: language, hateful: true, type: family.type,
                            violence: family.violence, targets: [group], source: source, kind: "spelling"))
                    }
                }
            }
        }
        return out + placeCases(language)
    }

    static func families(_ language: Language) -> [TemplateFamily] {
        switch language {
        case .en: return english + englishMore
        case .es: return spanish + spanishMore
        case .fr: return french + frenchMore
        case .nl: return dutch + dutchMore
        default: return []
        }
    }

    static let english: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{G} are repulsive creatures", "there is nothing I loathe more than {G}", "{G} are complete failures as people",
            "{G} are dumb as a box of rocks", "every single one of the {G} is a moron",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} are nothing but dirty rodents", "{G} are an infestation", "{G} are just beasts in human clothing",
            "{G} spread like a disease", "{G} are less than human",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "I'm going to shoot some {G} tomorrow", "all {G} should be put down like dogs",
            "the only good {G} is a dead one", "we will make the {G} bleed", "{G} should be hanged in the street",
            "I want every {G} dead",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{G} only know how to steal", "wherever {G} go, crime follows", "{G} are incapable of honest work",
            "no wonder the area went downhill when {G} moved in", "{G} should keep to their own kind",
        ]),
        TemplateFamily("support", hateful: true, type: .support, [
            "what Hitler did to {G} was justified", "the Nazis should have finished the job",
            "proud supporter of the Ku Klux Klan", "Hitler did nothing wrong",
        ]),
        TemplateFamily("slur", hateful: true, type: .derogation, [
            "get lost, {S}", "I can't believe they let {S} in here", "typical {S}, always whining",
        ]),
        TemplateFamily("negation", hateful: false, [
            "I don't think {G} are dumb at all", "{G} aren't dangerous", "I never said {G} should be hurt",
            "{G} are not less than human", "no, {G} are not the problem",
        ]),
        TemplateFamily("counter", hateful: false, [
            "it's horrible when people claim {G} are rodents", "comparing {G} to beasts is dehumanising and wrong",
            "statements like '{G} should be put down' are vile", "please stop posting that {G} are worthless",
            "you're a bigot if you believe {G} are a plague",
        ]),
        TemplateFamily("quote", hateful: false, [
            "my neighbour shouted \"{G} out!\" and the police came", "the graffiti said '{G} must die', it was cleaned up",
            "she was told 'you {G} are all the same' and filed a complaint",
        ]),
        TemplateFamily("reclaimed", hateful: false, [
            "I'm queer and I'm proud of it", "dyke march this weekend, who's coming?", "my niggas came through for me",
            "queer folks throwing the best parties as usual",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{G} are fantastic neighbours", "I admire {G} so much", "{G} are just as valuable as anyone else",
            "thank you to the {G} who helped today", "life is better with {G} around",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "the council met with {G} yesterday", "the book club includes several {G}",
            "statistics on {G} were published today", "{G} took part in the city survey",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "fuck, that was a great gig", "shit, it's raining again", "what the hell just happened",
            "this damn printer never works", "holy fuck I passed my exam",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "I hate people who chew loudly", "landlords are leeches", "I despise this weather",
            "you're a complete moron", "I could kill for a coffee right now",
        ]),
    ]

    static let spanish: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{A} son repugnantes", "no hay nada que deteste más que a {A}", "{A} son unos fracasados",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{A} son sucios roedores", "{A} son una infestación", "{A} son menos que humanos",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "mañana voy a disparar a unos {G}", "quiero ver a {A} bajo tierra", "quiero ver a todos {A} muertos",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{A} solo saben robar", "donde van {A} llega la delincuencia", "{A} son incapaces de trabajar honradamente",
        ]),
        TemplateFamily("negation", hateful: false, [
            "no creo que {A} sean tontos", "{A} no son peligrosos", "nunca dije que haya que hacer daño a {A}",
        ]),
        TemplateFamily("counter", hateful: false, [
            "es horrible que alguien diga que {A} son roedores", "comparar a {A} con bestias está mal",
            "deja de publicar que {A} no valen nada",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{A} son unos vecinos fantásticos", "admiro mucho a {A}", "gracias a {A} que ayudaron hoy",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "el ayuntamiento se reunió ayer con {A}", "hoy se publicaron estadísticas sobre {A}",
        ]),
        TemplateFamily("profanity", hateful: false, ["joder, qué conciertazo", "mierda, otra vez lloviendo", "qué coño ha pasado"]),
        TemplateFamily("nonprotected", hateful: false, ["odio a la gente que mastica fuerte", "eres un imbécil", "odio este tiempo"]),
    ]

    static let french: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "les {G} sont répugnants", "rien ne me dégoûte plus que les {G}", "les {G} sont des ratés",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "les {G} sont de sales rongeurs", "les {G} sont une infestation", "les {G} sont des sous-hommes",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "demain je vais tirer sur des {G}", "je veux voir les {G} six pieds sous terre", "je veux voir tous les {G} morts",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "les {G} ne savent que voler", "là où vont les {G}, la délinquance suit", "les {G} sont incapables de travailler honnêtement",
        ]),
        TemplateFamily("negation", hateful: false, [
            "je ne pense pas que les {G} soient bêtes", "les {G} ne sont pas dangereux", "je n'ai jamais dit qu'il fallait frapper les {G}",
        ]),
        TemplateFamily("counter", hateful: false, [
            "c'est horrible de dire que les {G} sont des rongeurs", "comparer les {G} à des bêtes est inacceptable",
            "arrête de publier que les {G} ne valent rien",
        ]),
        TemplateFamily("positive", hateful: false, [
            "les {G} sont des voisins formidables", "j'admire beaucoup les {G}", "merci aux {G} qui ont aidé aujourd'hui",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "la mairie a rencontré les {G} hier", "des statistiques sur les {G} ont été publiées aujourd'hui",
        ]),
        TemplateFamily("profanity", hateful: false, ["putain, quel concert", "merde, il pleut encore", "c'est quoi ce bordel"]),
        TemplateFamily("nonprotected", hateful: false, ["je déteste les gens qui mâchent fort", "t'es vraiment un crétin", "je hais cette météo"]),
    ]

    static let dutch: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{G} zijn weerzinwekkend", "niets vind ik erger dan {G}", "{G} zijn mislukkelingen",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} zijn vieze knaagdieren", "{G} zijn ongedierte", "{G} zijn minder dan mensen",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "morgen ga ik op {G} schieten", "ik wil alle {G} dood zien", "{G} moeten allemaal kapotgemaakt worden",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{G} kunnen alleen maar stelen", "waar {G} komen, komt criminaliteit", "{G} willen nooit eerlijk werken",
        ]),
        TemplateFamily("negation", hateful: false, [
            "ik denk niet dat {G} dom zijn", "{G} zijn niet gevaarlijk", "ik heb nooit gezegd dat {G} pijn moeten lijden",
        ]),
        TemplateFamily("counter", hateful: false, [
            "het is vreselijk als mensen zeggen dat {G} knaagdieren zijn", "{G} vergelijken met beesten is fout",
            "hou op met posten dat {G} niks waard zijn",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{G} zijn fantastische buren", "ik bewonder {G} enorm", "dank aan de {G} die vandaag hielpen",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "de gemeente sprak gisteren met {G}", "vandaag zijn cijfers over {G} gepubliceerd",
        ]),
        TemplateFamily("profanity", hateful: false, ["kut, wat een concert", "shit, het regent weer", "wat is hier in godsnaam gebeurd"]),
        TemplateFamily("nonprotected", hateful: false, ["ik haat mensen die hard smakken", "jij bent echt een sukkel", "ik haat dit weer"]),
    ]
}
