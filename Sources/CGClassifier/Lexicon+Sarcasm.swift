extension Lexicon {
    /// Words that turn praise of a group into mockery when an activity of a stereotype follows them: "great *at*
    /// blowing things up", "brilliant *at* nagging", "muy buenos *en* robar", "doués *pour* voler", "goed *in*
    /// stelen". Read by ``FeatureExtractor/praisesSarcastically(_:)``.
    static let sarcasmPrepositions: [String] = ["at", "in", "en", "pour", "a", "dans", "bij", "op", "pa", "para"]

    /// Activities of a stereotype that praise "at" mocks, in every language (verbs as the prepositions take them).
    static let sarcasmActivities: [String] = [
        "stealing", "lying", "begging", "nagging", "complaining", "whining", "blowing", "bombing", "breeding",
        "cheating", "scamming", "killing", "robbing", "looting", "scrounging", "freeloading", "grooming",
        "stabbing", "raping", "moaning", "playing", "robar", "robando", "mentir", "mintiendo", "mendigar",
        "quejarse", "quejandose", "estafar", "reproducirse", "matar", "voler", "mendier", "plaindre",
        "pleurnicher", "frauder", "arnaquer", "profiter", "tuer", "stelen", "liegen", "bedelen", "zeuren",
        "klagen", "oplichten", "profiteren", "fokken", "stjala", "ljuga", "tigga", "gnalla", "robar", "mentir",
    ]

    /// What makes praise of a group a wish to see less of it, or a stereotype, when it follows the praise: "…
    /// are lovely *from a distance*", "… wonderful people, *when they stay in their own countries*", "…
    /// wonderful *in the kitchen*", "… so generous, *said no one ever*". Written normalised.
    static let sarcasmConditions: [String] = [
        "from a distance", "from afar", "from far away", "when they stay", "as long as they stay", "when they leave",
        "when they go home", "when they are gone", "when theyre gone", "in their own country",
        "in their own countries", "in the kitchen", "said no one ever", "said noone ever", "said nobody ever", "said no sane person",
        "said no one sane", "said no one with a brain",
        "de lejos",
        "cuando se quedan", "mientras se queden", "cuando se van", "en su pais", "en sus paises", "en la cocina",
        "dijo nadie nunca", "de loin", "tant qu ils restent", "quand ils restent", "quand ils partent", "chez eux",
        "a la cuisine", "dans la cuisine", "a dit personne", "op afstand", "van een afstand", "als ze ver weg blijven",
        "als ze weg blijven", "als ze vertrekken", "in hun eigen land", "in de keuken", "zei niemand ooit",
        "pa avstand", "nar de stannar", "i sitt eget land", "i koket", "de lluny", "a la cuina",
        // 2026-12-01 (thirteenth session): somewhere far from the speaker ("Les Roms sont formidables, loin d'ici"
        // 0.00, "Los gitanos son estupendos, lejos de aquí" 0.48). Not "ailleurs" ("ici comme ailleurs") nor "en
        // cuisine" ("excellents en cuisine" praises cooks).
        "far from here", "far away from here", "somewhere else", "on the other side of the border",
        "lejos de aqui", "en otra parte", "al otro lado de la frontera", "loin d ici", "loin ici",
        "de l autre cote de la frontiere", "ver weg van hier", "ergens anders",
        "aan de andere kant van de grens",
        // 2026-12-01 (fifteenth session): praise confined to one thing ("Black people are good at sport and not
        // much else" 0.30, "Zwarten zijn goed in sport, in iets anders niet" 0.01).
        "and not much else", "and nothing else", "but nothing else", "and little else", "y poco mas", "y nada mas",
        "pero nada mas", "et rien d autre", "mais rien d autre", "et pas grand chose d autre", "in iets anders niet",
        "en verder niks", "maar verder niks", "en verder niets", "maar verder niets", "en niets anders",
    ]

    /// Plain words of being good at something, too plain to be warm cues, that praise for this rule only
    /// ("Black people are *good* at sport and not much else"; 2026-12-01, fifteenth session).
    static let sarcasmGoodWords: [String] = [
        "good", "goed", "goede", "buenos", "buenas", "bons", "bonnes", "doues", "douees", "bra",
    ]

    /// Exclamations that mock what the clause before them names ("Une femme présidente, *quelle blague*", "Un gay
    /// en el ejército, *lo que nos faltaba*"), read by ``FeatureExtractor/mocksGroupMember()``. Written
    /// normalised. 2026-12-01, eleventh session.
    static let mockExclamations: [String] = [
        "what a joke", "what a farce", "just what we needed", "thats all we needed", "thats just what we needed",
        "quelle blague", "quelle plaisanterie", "quelle farce", "il ne manquait plus que ca", "on aura tout vu",
        "menudo chiste", "vaya chiste", "que chiste", "vaya broma", "que broma", "lo que nos faltaba",
        "lo que faltaba", "wat een grap", "wat een lachertje", "dat moest er nog bij komen", "vilket skamt",
        "quina broma", "el que ens faltava",
        // 2026-12-01 (twelfth session): ruin foretold, doom, the expected ("A Muslim mayor, that's the end of this
        // city" 0.02).
        "thats the end of this city", "thats the end of this country", "thats the end of this town",
        "thats the end of that", "god help us", "god help us all", "what could possibly go wrong",
        "what could go wrong", "enough said", "say no more", "nuff said", "were doomed", "we are doomed",
        "we are all doomed", "were all doomed", "what a disaster", "surprise surprise", "no surprise there",
        "what a surprise", "what a shock", "shocker",
        // 2026-12-01 (fourteenth session): the same in Spanish, French and Dutch ("Las trans en el baño de mujeres,
        // ¿qué podría salir mal?" 0.24, "Encore une femme au volant, no comment" 0.18).
        "que podria salir mal", "que puede salir mal", "qu est ce qui pourrait mal tourner",
        "qu est ce qui peut mal tourner", "quest ce qui pourrait mal tourner", "wat kan er mis gaan",
        "wat kan er misgaan", "wat zou er mis kunnen gaan", "para que comentar mas", "para que decir mas",
        "no digo mas", "sin comentarios", "no comment", "sans commentaire", "je dis ca je dis rien", "zeg maar niks",
        "ik zeg niks", "ik zeg verder niks", "ik zeg niks meer",
        // 2026-12-01 (fifteenth session): laughter and surprise feigned ("Een vrouw als premier? Laat me niet
        // lachen" 0.0002, "Otra vez un marroquí en las noticias, qué sorpresa" 0.13, "Encore un coup des Arabes,
        // évidemment" 0.22).
        "laat me niet lachen", "dont make me laugh", "no me hagas reir", "no me hagais reir", "jajaja", "jajajaja",
        "laissez moi rire", "ne me faites pas rire", "ne me fais pas rire", "que sorpresa", "vaya sorpresa",
        "quelle surprise", "wat een verrassing", "evidemment", "comme par hasard", "como no", "hoe verrassend",
        "altijd hetzelfde liedje", "siempre lo mismo", "toujours la meme chose",
        // "Of course Muslims complain again, what else is new" 0.06.
        "what else is new", "whats new", "nothing new there", "quoi de neuf", "rien de nouveau", "wat is er nieuw",
        "niks nieuws", "niets nieuws", "que novedad", "vaya novedad", "nada nuevo",
    ]

    /// The tables of ``FeatureExtractor/praisesSarcastically(_:)`` and ``FeatureExtractor/mocksGroupMember()``,
    /// built once.
    struct SarcasmTables: Sendable {
        let good = WordSet(Lexicon.sarcasmGoodWords)
        let prepositions = WordSet(Lexicon.sarcasmPrepositions)
        let activities = WordSet(Lexicon.sarcasmActivities)
        let conditions = PhraseTable(Lexicon.sarcasmConditions)
        let mocks = PhraseTable(Lexicon.mockExclamations)
    }

    static let sarcasm = SarcasmTables()
}
