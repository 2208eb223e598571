/// A family of sentence templates of one kind. `{G}` is replaced by a group term (`{A}`: with its article),
/// `{P}` by one member of a group ("a Muslim"), `{J}` by the group's adjective ("Jewish"), `{S}` by a slur for
/// that group (templates with `{S}` are used only with groups that have slurs listed). `{P}` and `{J}` are
/// written for English only.
struct TemplateFamily: Sendable {
    var kind: String
    var hateful: Bool
    var type: HateType?
    var violence: Bool
    var templates: [String]

    init(_ kind: String, hateful: Bool, type: HateType? = nil, violence: Bool = false, _ templates: [String]) {
        self.kind = kind
        self.hateful = hateful
        self.type = type
        self.violence = violence
        self.templates = templates
    }
}

/// Group terms and slurs used to fill templates, per language. Written for this project.
enum GroupVocabulary {
    /// The fills for `template`: one (term, group) per group term of the placeholder it holds, or `[nil]`.
    static func fills(for template: String, language: Language) -> [(String, TargetGroup)?] {
        let list: [(String, TargetGroup)]?
        if template.contains("{G}") || template.contains("{A}") {
            list = terms[language]
        } else if template.contains("{P}") {
            list = singulars[language]
        } else if template.contains("{J}") {
            list = adjectives[language]
        } else if template.contains("{S}") {
            list = slurs[language]
        } else if template.contains("{D}") {
            list = definites[language]
        } else {
            list = nil
        }
        guard let list else { return [nil] }
        return list.map { Optional($0) }
    }

    /// `template` with every placeholder replaced by `term`.
    static func fill(_ template: String, with term: String, language: Language) -> String {
        template.replacingAll("{A}", with: articled(term, language: language))
            .replacingAll("{G}", with: term).replacingAll("{S}", with: term)
            .replacingAll("{P}", with: term).replacingAll("{J}", with: term).replacingAll("{D}", with: term)
    }

    /// The group with the definite article, where a language writes it into the word (Swedish "judarna", the
    /// Jews): how Swedish names a group in most sentences.
    static let definites: [Language: [(String, TargetGroup)]] = [
        .sv: [
            ("kvinnorna", .women), ("transpersonerna", .trans), ("bögarna", .lgb), ("de svarta", .black),
            ("muslimerna", .muslims), ("judarna", .jews), ("invandrarna", .immigrants), ("flyktingarna", .immigrants),
            ("de funktionshindrade", .disabled), ("asiaterna", .asian), ("romerna", .roma), ("zigenarna", .roma),
            ("araberna", .arabs), ("latinamerikanerna", .latinx), ("de vita", .white), ("de kristna", .christians),
        ],
    ]

    /// One member of each group, with the indefinite article (English only).
    static let singulars: [Language: [(String, TargetGroup)]] = [
        .en: [
            ("a woman", .women), ("a trans person", .trans), ("a gay man", .lgb), ("a lesbian", .lgb),
            ("a Black person", .black), ("a Muslim", .muslims), ("a Jew", .jews), ("an immigrant", .immigrants),
            ("a refugee", .immigrants), ("a disabled person", .disabled), ("an Asian person", .asian),
            ("a gypsy", .roma), ("an Arab", .arabs), ("a Mexican", .latinx), ("a white person", .white),
            ("a Christian", .christians), ("a man", .men),
        ],
    ]

    /// The adjective naming each group ("the Jewish community"), English only; women and men have none.
    static let adjectives: [Language: [(String, TargetGroup)]] = [
        .en: [
            ("Muslim", .muslims), ("Jewish", .jews), ("gay", .lgb), ("lesbian", .lgb), ("trans", .trans),
            ("Black", .black), ("disabled", .disabled), ("Asian", .asian), ("Roma", .roma), ("Arab", .arabs),
            ("Mexican", .latinx), ("Latino", .latinx), ("white", .white), ("Christian", .christians),
            ("immigrant", .immigrants), ("refugee", .immigrants),
        ],
    ]

    static let terms: [Language: [(String, TargetGroup)]] = [
        .en: [
            ("women", .women), ("trans people", .trans), ("gay people", .lgb), ("lesbians", .lgb),
            ("black people", .black), ("Muslims", .muslims), ("Jews", .jews), ("immigrants", .immigrants),
            ("refugees", .immigrants), ("disabled people", .disabled), ("Asians", .asian), ("gypsies", .roma),
            ("Arabs", .arabs), ("Mexicans", .latinx), ("white people", .white), ("Christians", .christians),
            ("men", .men), ("trans women", .trans), ("Roma", .roma), ("Latinos", .latinx),
        ],
        .es: [
            ("mujeres", .women), ("personas trans", .trans), ("gais", .lgb), ("lesbianas", .lgb),
            ("negros", .black), ("musulmanes", .muslims), ("judíos", .jews), ("inmigrantes", .immigrants),
            ("refugiados", .immigrants), ("discapacitados", .disabled), ("chinos", .asian), ("gitanos", .roma),
            ("árabes", .arabs), ("latinos", .latinx), ("blancos", .white), ("cristianos", .christians),
            ("hombres", .men), ("moros", .muslims), ("sudamericanos", .latinx), ("homosexuales", .lgb),
        ],
        .fr: [
            ("femmes", .women), ("personnes trans", .trans), ("homosexuels", .lgb), ("lesbiennes", .lgb),
            ("Noirs", .black), ("musulmans", .muslims), ("Juifs", .jews), ("immigrés", .immigrants),
            ("réfugiés", .immigrants), ("handicapés", .disabled), ("Asiatiques", .asian), ("Roms", .roma),
            ("Arabes", .arabs), ("Latinos", .latinx), ("Blancs", .white), ("chrétiens", .christians),
            ("hommes", .men), ("migrants", .immigrants), ("gitans", .roma), ("Chinois", .asian),
        ],
        .nl: [
            ("vrouwen", .women), ("transpersonen", .trans), ("homo's", .lgb), ("lesbiennes", .lgb),
            ("zwarte mensen", .black), ("moslims", .muslims), ("joden", .jews), ("immigranten", .immigrants),
            ("vluchtelingen", .immigrants), ("gehandicapten", .disabled), ("Aziaten", .asian), ("zigeuners", .roma),
            ("Arabieren", .arabs), ("Latino's", .latinx), ("witte mensen", .white), ("christenen", .christians),
            ("mannen", .men), ("asielzoekers", .immigrants), ("Marokkanen", .arabs), ("buitenlanders", .immigrants),
        ],
        .sv: [
            ("kvinnor", .women), ("transpersoner", .trans), ("bögar", .lgb), ("lesbiska", .lgb),
            ("svarta", .black), ("muslimer", .muslims), ("judar", .jews), ("invandrare", .immigrants),
            ("flyktingar", .immigrants), ("funktionshindrade", .disabled), ("asiater", .asian), ("romer", .roma),
            ("araber", .arabs), ("latinamerikaner", .latinx), ("vita", .white), ("kristna", .christians),
        ],
        .ca: [
            ("dones", .women), ("persones trans", .trans), ("gais", .lgb), ("lesbianes", .lgb),
            ("negres", .black), ("musulmans", .muslims), ("jueus", .jews), ("immigrants", .immigrants),
            ("refugiats", .immigrants), ("discapacitats", .disabled), ("xinesos", .asian), ("gitanos", .roma),
            ("àrabs", .arabs), ("llatinoamericans", .latinx), ("blancs", .white), ("cristians", .christians),
        ],
    ]

    /// The group term with its definite article, for languages whose article agrees with the noun.
    static func articled(_ term: String, language: Language) -> String {
        switch language {
        case .es: return (feminine.contains(term) ? "las " : "los ") + term
        case .ca: return (feminine.contains(term) ? "les " : "els ") + term
        case .fr: return "les " + term
        default: return term
        }
    }

    static let feminine: Set<String> = ["mujeres", "personas trans", "lesbianas", "dones", "persones trans", "lesbianes"]

    /// Slurs, so that the model learns both their hateful use and their quotation or reclamation.
    static let slurs: [Language: [(String, TargetGroup)]] = [
        .en: [
            ("faggots", .lgb), ("dykes", .lgb), ("trannies", .trans), ("niggers", .black), ("kikes", .jews),
            ("retards", .disabled), ("pakis", .asian), ("chinks", .asian), ("spics", .latinx), ("wetbacks", .latinx),
            ("towelheads", .arabs), ("gyppos", .roma), ("sluts", .women), ("whores", .women), ("crackers", .white),
        ],
        .es: [
            ("maricones", .lgb), ("bolleras", .lgb), ("sudacas", .latinx), ("moros de mierda", .muslims),
            ("putas", .women), ("zorras", .women), ("subnormales", .disabled), ("panchitos", .latinx),
        ],
        .fr: [
            ("pédés", .lgb), ("gouines", .lgb), ("bougnoules", .arabs), ("youpins", .jews), ("salopes", .women),
            ("mongols", .disabled), ("bamboulas", .black), ("bicots", .arabs),
        ],
        .nl: [("flikkers", .lgb), ("kankerjoden", .jews), ("hoeren", .women), ("mongolen", .disabled)],
        .sv: [("bögjävlar", .lgb), ("horor", .women), ("blattar", .immigrants)],
        .ca: [("maricons", .lgb), ("putes", .women)],
    ]
}
