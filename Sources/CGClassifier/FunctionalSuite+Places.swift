extension FunctionalSuite {
    /// One development case that names its target through a place or book of a faith, not a group term.
    struct PlaceCase: Sendable {
        var text: String
        var kind: String
        var hateful: Bool
        var violence: Bool
        var target: TargetGroup?

        init(_ kind: String, _ text: String, hateful: Bool = false, violence: Bool = false, _ target: TargetGroup? = nil) {
            self.kind = kind
            self.text = text
            self.hateful = hateful
            self.violence = violence
            self.target = target
        }
    }

    /// Development cases added on 2026-11-29 night (not blind: written while working on the rule they test).
    /// Threats and insults against a mosque, synagogue or church are hate against Muslims, Jews or Christians;
    /// the same places in news, everyday talk, negation and rebuttal are not. (`Lexicon.groupPlaces`.)
    static func placeCases(_ language: Language) -> [LabeledExample] {
        let list: [PlaceCase]
        switch language {
        case .en: list = englishPlaces
        case .es: list = spanishPlaces
        case .fr: list = frenchPlaces
        case .nl: list = dutchPlaces
        default: list = []
        }
        return list.map { c in
            LabeledExample(
                text: c.text, language: language, hateful: c.hateful, type: c.hateful ? (c.violence ? .threat : .derogation) : nil,
                violence: c.violence, targets: c.target.map { [$0] } ?? [], source: "functional", kind: c.kind)
        }
    }

    static let englishPlaces: [PlaceCase] = [
        PlaceCase("threat", "someone should torch the mosque on Green Lane", hateful: true, violence: true, .muslims),
        PlaceCase("threat", "burn every synagogue in this country to the ground", hateful: true, violence: true, .jews),
        PlaceCase("threat", "the mosques in this town should all be bombed", hateful: true, violence: true, .muslims),
        PlaceCase("threat", "I'd love to see that church burned with the priest inside", hateful: true, violence: true, .christians),
        PlaceCase("threat", "we should burn their quran and their mosque with it", hateful: true, violence: true, .muslims),
        PlaceCase("derogation", "that synagogue is a nest of filthy parasites", hateful: true, .jews),
        PlaceCase("derogation", "the new mosque is a breeding ground for vermin", hateful: true, .muslims),
        PlaceCase("neutral", "the mosque on Green Lane is holding an open day on Saturday"),
        PlaceCase("neutral", "the synagogue choir sang at the town hall"),
        PlaceCase("neutral", "the church bells woke me up again at seven"),
        PlaceCase("neutral", "a fire broke out near the church last night, nobody was hurt"),
        PlaceCase("neutral", "my grandmother still walks to the synagogue every Friday"),
        PlaceCase("negation", "nobody here wants to burn a mosque"),
        PlaceCase("negation", "we will never attack a synagogue, that is not who we are"),
    ]

    static let spanishPlaces: [PlaceCase] = [
        PlaceCase("threat", "hay que quemar esa mezquita", hateful: true, violence: true, .muslims),
        PlaceCase("threat", "quemad todas las sinagogas", hateful: true, violence: true, .jews),
        PlaceCase("threat", "quememos la mezquita del barrio esta noche", hateful: true, violence: true, .muslims),
        PlaceCase("threat", "habría que incendiar todas las iglesias", hateful: true, violence: true, .christians),
        PlaceCase("derogation", "esa mezquita es un nido de ratas", hateful: true, .muslims),
        PlaceCase("neutral", "la mezquita del barrio organiza una jornada de puertas abiertas"),
        PlaceCase("neutral", "mañana hay misa de ocho en la iglesia de San Pedro"),
        PlaceCase("neutral", "la sinagoga de Córdoba recibe muchos turistas en verano"),
        PlaceCase("negation", "nadie quiere quemar la mezquita"),
    ]

    static let frenchPlaces: [PlaceCase] = [
        PlaceCase("threat", "il faut brûler cette mosquée", hateful: true, violence: true, .muslims),
        PlaceCase("threat", "brûlez les synagogues", hateful: true, violence: true, .jews),
        PlaceCase("threat", "on devrait incendier toutes les mosquées", hateful: true, violence: true, .muslims),
        PlaceCase("threat", "cette église doit brûler", hateful: true, violence: true, .christians),
        PlaceCase("derogation", "cette mosquée est un nid de vermine", hateful: true, .muslims),
        PlaceCase("neutral", "la mosquée du quartier organise une journée portes ouvertes"),
        PlaceCase("neutral", "le concert de Noël a lieu dans l'église Saint-Paul"),
        PlaceCase("neutral", "la synagogue a été rénovée cet été"),
        PlaceCase("negation", "personne ne veut brûler la mosquée"),
    ]

    static let dutchPlaces: [PlaceCase] = [
        PlaceCase("threat", "verbrand die moskee", hateful: true, violence: true, .muslims),
        PlaceCase("threat", "ze zouden de synagoge moeten platbranden", hateful: true, violence: true, .jews),
        PlaceCase("threat", "die moskee moet je gewoon vergassen", hateful: true, violence: true, .muslims),
        PlaceCase("threat", "we gaan die kerk verbranden", hateful: true, violence: true, .christians),
        PlaceCase("derogation", "die moskee is een nest vol ongedierte", hateful: true, .muslims),
        PlaceCase("neutral", "de moskee aan de Kanaalstraat houdt zaterdag open huis"),
        PlaceCase("neutral", "het koor van de kerk zong zondag op het plein"),
        PlaceCase("neutral", "de synagoge wordt dit jaar gerenoveerd"),
        PlaceCase("negation", "niemand wil de moskee verbranden"),
    ]

    /// Development families added after the blind parts were written (see `cases(language:)`).
    static func lateFamilies(_ language: Language) -> [TemplateFamily] {
        switch language {
        case .en: return englishComparisons + englishClaims
        case .es: return spanishComparisons + spanishClaims
        case .fr: return frenchComparisons + frenchClaims
        case .nl: return dutchComparisons + dutchClaims
        default: return []
        }
    }

    /// Development templates of the same night: dehumanising comparisons in phrasings the other templates do
    /// not use ("no better than", "like a plague", "nothing but", "just like") and violence verbs in inflected
    /// forms (past tense, imperative, first person plural).
    static let englishComparisons: [TemplateFamily] = [
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} are no better than rats", "honestly {G} are like a swarm of locusts",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "I'd happily watch {G} get slaughtered", "{G} deserve to be burned alive",
        ]),
    ]

    static let spanishComparisons: [TemplateFamily] = [
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{A} son como una plaga", "{A} no son mejores que las ratas",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "quememos las casas de {A}", "a {A} matadlos a todos",
        ]),
    ]

    static let frenchComparisons: [TemplateFamily] = [
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "les {G}, ce ne sont que des parasites", "les {G} ne valent pas mieux que des rats",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "brûlons les maisons des {G}", "tuez les {G}, tous",
        ]),
    ]

    static let dutchComparisons: [TemplateFamily] = [
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G}, het zijn net kakkerlakken", "{G} zijn niet beter dan ratten",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "de huizen van {G} moeten we verbranden", "vermoord die {G} allemaal",
        ]),
    ]
}
