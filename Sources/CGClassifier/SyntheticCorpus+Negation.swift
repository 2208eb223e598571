extension SyntheticCorpus {
    /// Own sentences (2026-11-29, third round) on negation that does not negate the hate — rhetorical questions
    /// ("don't you agree that …"), "nobody feels safe with …", "… don't deserve to live" — and on negation that
    /// does ("… don't bother me at all"), threats with other verbs, counter-speech against name-calling and
    /// quoted hate reported to condemn it, in en, es, fr and nl.
    static func negationRound(_ language: Language) -> [TemplateFamily] {
        switch language {
        case .en: return negationEnglish
        case .es: return negationSpanish
        case .fr: return negationFrench
        case .nl: return negationDutch
        default: return []
        }
    }

    static let negationEnglish: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "don't you agree that {G} are a disgrace?", "doesn't everyone know {G} are liars?",
            "can't we all admit {G} are trash?", "no one can stand {G}", "{G} don't deserve to breathe",
            "not one of the {G} is worth saving", "wouldn't life be better if {G} just vanished?",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "nobody feels safe with {G} around", "you never see {G} doing honest work", "{G} should not be allowed to exist",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "{G} belong six feet under", "I'd happily bury every one of the {G}", "{G} will pay for this with their lives",
            "we'll make {G} pay", "{G} are going to get what's coming to them", "one day {G} will hang",
            "I'm going to hurt {G} badly",
        ]),
        TemplateFamily("negation", hateful: false, [
            "I'm not bothered by {G} at all", "{G} don't annoy me in the slightest", "{G} are not at fault here",
            "I've got nothing at all against {G}", "{G} are not responsible for our problems",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{G} have always treated me kindly", "{G} always help out when the street needs it",
            "{G} have always welcomed my family", "my {J} friends mean the world to me", "I couldn't do without my {J} colleagues",
            "let's honour the {G} who built this town", "{G} fill this place with laughter", "{G} make life brighter",
            "here's to all the wonderful {G}", "{G} are always there for their neighbours",
        ]),
        TemplateFamily("counter", hateful: false, [
            "anyone who calls {G} scum should be ashamed", "people calling {G} rats deserve a ban",
            "those who attack {G} online should lose their accounts",
            "he yelled '{G} are scum' at the bus stop and got arrested",
            "the graffiti read 'kill {G}' and the council removed it", "she shouted 'I hate {G}' and was fined",
        ]),
    ]

    static let negationSpanish: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "¿no estáis de acuerdo en que {A} son una vergüenza?", "¿a que {A} son unos mentirosos?",
            "nadie soporta a {A}", "{A} no merecen vivir", "ni uno solo de {A} vale la pena",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "nadie se siente seguro con {A} cerca", "{A} no deberían existir",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "{A} acabarán bajo tierra", "{A} lo van a pagar con su vida", "vamos a hacer pagar a {A}",
            "voy a hacer daño a {A}", "a {A} hay que enterrarlos",
        ]),
        TemplateFamily("negation", hateful: false, [
            "{A} no me molestan en absoluto", "{A} no son responsables de nuestros problemas",
            "{A} no tienen la culpa de nada", "no tengo absolutamente nada contra {A}",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{A} siempre me han tratado con cariño", "{A} siempre echan una mano en el barrio",
            "{A} siempre han acogido a mi familia", "mis amigos {G} lo son todo para mí",
            "rindamos homenaje a {A} que levantaron este pueblo", "{A} llenan este lugar de risas", "{A} alegran la vida",
            "brindo por todos {A}", "{A} siempre están ahí para sus vecinos",
        ]),
        TemplateFamily("counter", hateful: false, [
            "quien llama ratas a {A} debería avergonzarse", "los que insultan a {A} merecen que les cierren la cuenta",
            "gritó '{A} son escoria' en la parada y lo detuvieron", "la pintada decía 'matad a {A}' y el ayuntamiento la borró",
        ]),
    ]

    static let negationFrench: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "vous ne trouvez pas que les {G} sont une honte ?", "n'est-ce pas que les {G} sont des menteurs ?",
            "personne ne supporte les {G}", "les {G} ne méritent pas de vivre", "pas un seul des {G} ne vaut quelque chose",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "personne ne se sent en sécurité avec les {G}", "les {G} ne devraient pas exister",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "les {G} le paieront de leur vie", "on va faire payer les {G}", "je vais faire du mal aux {G}",
            "les {G} vont prendre cher, croyez-moi",
        ]),
        TemplateFamily("negation", hateful: false, [
            "les {G} ne me gênent pas du tout", "les {G} n'y sont pour rien", "je n'ai absolument rien contre les {G}",
        ]),
        TemplateFamily("positive", hateful: false, [
            "les {G} m'ont toujours traité avec gentillesse", "les {G} donnent toujours un coup de main dans le quartier",
            "les {G} ont toujours accueilli ma famille", "mes amis {G} comptent énormément pour moi",
            "rendons hommage aux {G} qui ont bâti cette ville", "les {G} remplissent cet endroit de rires",
            "les {G} illuminent la vie", "à tous les {G} formidables", "les {G} sont toujours là pour leurs voisins",
        ]),
        TemplateFamily("counter", hateful: false, [
            
            "ceux qui insultent les {G} en ligne méritent d'être suspendus",
            
            "le tag disait « tuez les {G} » et la mairie l'a effacé",
        ]),
    ]

    static let negationDutch: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "vinden jullie ook niet dat {G} een schande zijn?", "is het niet zo dat {G} allemaal liegen?",
            "niemand kan {G} uitstaan", "{G} verdienen het niet om te leven", "geen enkele van die {G} is iets waard",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "niemand voelt zich veilig met {G} in de buurt", "{G} zouden niet mogen bestaan",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "{G} eindigen onder de grond", "{G} gaan hiervoor betalen met hun leven", "we zullen {G} laten boeten",
            "ik ga {G} flink pijn doen",
        ]),
        TemplateFamily("negation", hateful: false, [
            "{G} storen me helemaal niet", "{G} kunnen er niets aan doen", "ik heb absoluut niets tegen {G}",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{G} hebben me altijd vriendelijk behandeld", "{G} helpen altijd mee in de straat",
            "{G} hebben mijn familie altijd verwelkomd", "mijn vrienden die {G} zijn betekenen alles voor me",
            "laten we de {G} eren die deze stad hebben opgebouwd", "{G} vullen deze plek met gelach",
            "{G} maken het leven mooier", "op alle geweldige {G}", "{G} staan altijd klaar voor hun buren",
        ]),
        TemplateFamily("counter", hateful: false, [
            "mensen die {G} online beledigen verdienen een ban",
            
            "op de muur stond 'dood de {G}' en de gemeente heeft het weggehaald",
        ]),
    ]
}
