/// The outside trial's sentences, Spanish and Catalan, written for it (not the demo's templates). The hateful
/// ones were checked with `commonground classify` (each flagged, for its group); friendly sentences the
/// classifier flags were left out and are listed in docs/sentiment-analysis.md ("An outside trial").
/// None holds an area name or alias of Barcelona, so only the placement evidence a message carries places it.
enum ForeignSentences {
    static func chatter(catalan: Bool) -> [String] {
        catalan
            ? [
                "Bon dia! Quin sol avui a la platja", "Algú sap si obre el mercat diumenge?",
                "Quina cua per entrar al museu, increïble", "Avui sopar amb els amics, tenim ganes",
                "El bus 24 torna a anar tard", "Quina calor que fa aquesta setmana",
                "Recomaneu alguna llibreria bona?", "Concert a la plaça aquesta nit, hi anirem",
                "Han obert una cafeteria nova al carrer de dalt", "Demà vaga de metro, compte", "Quin dia més bonic 😍☀️",
            ]
            : [
                "El metro va lentísimo otra vez", "Alguien sabe si abre el mercado el domingo?",
                "Partido del Barça esta noche, vamos!", "Qué calor hace hoy, no se puede ni salir",
                "Buscando piso desde hace meses, imposible", "Qué buena la paella de este sitio",
                "Mañana hay huelga de taxis, ojo", "Otra vez obras en la calle, qué ruido",
                "Me encanta pasear por la playa al atardecer", "Hoy cierran la biblioteca antes",
            ]
    }

    static func friendly(catalan: Bool) -> [String] {
        catalan
            ? [
                "Els veïns musulmans del barri organitzen un sopar solidari",
                "La festa de l'orgull va ser preciosa, gràcies a tothom",
                "La meva àvia jueva fa les millors galetes", "Les dones del club de futbol han guanyat la lliga",
            ]
            : [
                "Hoy he comido con mis compañeros musulmanes, muy buena gente",
                "Mi vecina es inmigrante y nos ayuda siempre", "Mis amigos gays se casan el sábado",
                "Los vecinos musulmanes del barrio organizan una cena solidaria",
                "Gran charla sobre la historia de la comunidad gitana", "Las mujeres del equipo han ganado la liga",
            ]
    }

    /// Background hate against a group.
    static func hate(_ group: String, catalan: Bool) -> [String] {
        switch (group, catalan) {
        case ("muslims", false):
            ["Los musulmanes son una plaga y hay que echarlos", "Fuera los moros, son escoria y no los queremos aquí",
             "Los musulmanes son basura, que se vuelvan a su país ya"]
        case ("muslims", true): ["Els musulmans són una plaga, fora del nostre barri"]
        case ("immigrants", false):
            ["Los inmigrantes son ratas que vienen a robar", "Los inmigrantes son escoria, que los echen a todos"]
        case ("immigrants", true): ["Fora els immigrants, són una plaga"]
        case ("lgb", false): ["Los maricones son una enfermedad, que no se acerquen a nuestros hijos", "Odio a los maricones, son unos enfermos"]
        case ("lgb", true): ["Els gais són uns degenerats i fan fàstic"]
        case ("women", _): ["Las mujeres son inferiores y deberían callarse"]
        case ("jews", _): ["Los judíos controlan todo, son parásitos"]
        case ("roma", _): ["Los gitanos son todos ladrones", "Los gitanos son todos ladrones 🤮🤮"]
        case ("black", _): ["Los negros son animales"]
        default: ["Los inmigrantes son ratas que vienen a robar"]
        }
    }

    /// The planted events' hate: the group's phrasing with the event's own word.
    static func eventHate(_ group: String, catalan: Bool) -> [String] {
        switch (group, catalan) {
        case ("muslims", false):
            ["Todos los musulmanes son terroristas, después del atentado ya está claro",
             "Después del atentado en el metro, fuera los musulmanes, son escoria",
             "Los musulmanes son una plaga, lo del atentado lo demuestra"]
        case ("muslims", true): ["Després de l'atemptat al metro, fora els musulmans, són una plaga"]
        case ("lgb", false):
            ["Los maricones y su pancarta son una enfermedad", "Qué asco la pancarta de los maricones, son unos degenerados"]
        case ("lgb", true): ["Els gais i la seva pancarta fan fàstic, són uns degenerats"]
        case ("immigrants", false):
            ["Los inmigrantes okupas son ratas, fuera de aquí", "Inmigrantes okupas, escoria que viene a robar"]
        default: ["Fora els immigrants okupas, són una plaga"]
        }
    }
}

/// How people write Barcelona's districts, and where their centres are.
enum ForeignPlaces {
    static let centroids: [String: (Double, Double)] = [
        "01": (41.381, 2.181), "02": (41.392, 2.164), "03": (41.350, 2.144), "04": (41.387, 2.118),
        "05": (41.413, 2.107), "06": (41.410, 2.152), "07": (41.429, 2.151), "08": (41.446, 2.175),
        "09": (41.435, 2.193), "10": (41.408, 2.201),
    ]

    /// Author-declared locations: names, aliases, other case or accents, a neighbourhood, the city added — and
    /// misspellings nobody's gazetteer should guess (`places` false).
    static let declared: [String: [(text: String, places: Bool)]] = [
        "01": [("Ciutat Vella", true), ("El Raval, BCN", true), ("barri gotic", true), ("Barceloneta", true), ("Ciutat Vela", false)],
        "02": [("Eixample", true), ("Ensanche, Barcelona", true), ("sagrada familia", true), ("Eixampel", false)],
        "03": [("Sants-Montjuïc", true), ("POBLE SEC", true), ("Sants Montjuic", true), ("Sans-Monjuic", false)],
        "04": [("Les Corts", true), ("Pedralbes", true), ("las corts bcn", true)],
        "05": [("Sarrià-Sant Gervasi", true), ("Sarria", true), ("Bonanova", true), ("Sarriá St Gervasi", true)],
        "06": [("Gràcia", true), ("Vila de Gracia", true), ("Vallcarca", true), ("Grasia", false)],
        "07": [("Horta-Guinardó", true), ("El Carmel", true), ("horta guinardo", true), ("Orta", false)],
        "08": [("Nou Barris", true), ("nou barris, barcelona", true), ("Trinitat Nova", true), ("Nou Bariss", false)],
        "09": [("Sant Andreu", true), ("La Sagrera", true), ("sant andreu de palomar", true), ("Sant Adreu", false)],
        "10": [("Sant Martí", true), ("Poblenou", true), ("El Clot", true), ("Sant Marty", false)],
    ]

    /// Place names as they appear inside a message.
    static let inText: [String: [String]] = [
        "01": ["el Raval", "la Barceloneta"], "02": ["l'Eixample", "Sant Antoni"], "03": ["Sants", "el Poble-sec"],
        "04": ["Les Corts"], "05": ["Sarrià"], "06": ["Gràcia", "Vallcarca"], "07": ["Horta-Guinardó", "el Carmel"],
        "08": ["Nou Barris"], "09": ["Sant Andreu", "la Sagrera"], "10": ["Poblenou", "Sant Martí"],
    ]
}
