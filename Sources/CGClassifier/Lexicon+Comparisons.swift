extension Lexicon {
    // Words of ``FeatureExtractor/ranksGroupBelowThings()``: a group ranked below an animal or an object, a
    // dehumanising comparison that holds no dehumanising word ("My cat is more civilised than Black people" 0.16,
    // "Women are as useful as furniture" 0.09, "Les immigrés ont le cerveau d'un poisson rouge" 0.17). One list for
    // every language, written normalised (accents stripped), as the tokeniser reads words. Words that are ordinary
    // in another of our languages were left out ("ver", Spanish "see"; "mask", Swedish "worm"; "far", Swedish
    // "sheep"; "pierre", a name).

    /// Animals and objects a group may be ranked below, singular and plural.
    static let comparisonThings: [String] = [
        "dog", "dogs", "cat", "cats", "rat", "rats", "pig", "pigs", "monkey", "monkeys", "ape", "apes", "goldfish",
        "fish", "cow", "cows", "donkey", "donkeys", "sheep", "chicken", "chickens", "cockroach", "cockroaches",
        "insect", "insects", "worm", "worms", "animal", "animals", "hamster", "parrot", "slug", "amoeba", "pet",
        "pets", "rock", "rocks", "stone", "stones", "brick", "bricks", "chair", "chairs", "toaster", "toasters",
        "plant", "plants", "houseplant", "houseplants", "potato", "potatoes", "furniture", "doorknob", "doorknobs",
        "lamp", "carrot", "vegetable", "vegetables", "cabbage", "plank", "fridge", "broom", "roadkill",
        // 2026-12-01 (thirteenth session): a car ("Mijn auto is meer waard dan een vluchteling" 0.51).
        "car", "coche", "voiture", "auto", "bil", "cotxe",
        "perro", "perros", "gato", "gatos", "rata", "ratas", "cerdo", "cerdos", "mono", "monos", "pez", "peces",
        "vaca", "vacas", "burro", "burros", "oveja", "ovejas", "gallina", "gallinas", "cucaracha", "cucarachas",
        "insecto", "insectos", "gusano", "gusanos", "animal", "animales", "mascota", "mascotas", "piedra", "piedras",
        "ladrillo", "ladrillos", "silla", "sillas", "tostadora", "planta", "plantas", "patata", "patatas", "mueble",
        "muebles", "lechuga", "verdura", "escoba", "nevera",
        "chien", "chiens", "chat", "chats", "porc", "porcs", "cochon", "cochons", "singe", "singes", "poisson",
        "poissons", "vache", "vaches", "ane", "anes", "mouton", "moutons", "poule", "poules", "cafard", "cafards",
        "insecte", "insectes", "animaux", "caillou", "cailloux", "brique", "briques", "chaise", "chaises",
        "plante", "plantes", "patate", "patates", "meuble", "meubles", "legume", "legumes", "balai", "frigo",
        "hond", "honden", "kat", "katten", "ratten", "varken", "varkens", "aap", "apen", "goudvis", "vis", "koe",
        "koeien", "ezel", "ezels", "schaap", "schapen", "kip", "kippen", "kakkerlak", "kakkerlakken", "insect",
        "dier", "dieren", "huisdier", "steen", "stenen", "baksteen", "stoel", "stoelen", "broodrooster", "planten",
        "aardappel", "aardappels", "meubelstuk", "meubel", "meubels", "groente", "bezem", "koelkast",
        "hund", "hundar", "katt", "katter", "ratta", "rattor", "gris", "grisar", "apa", "apor", "guldfisk", "fisk",
        "kor", "asna", "hona", "kackerlacka", "insekt", "djur", "husdjur", "sten", "stenar", "tegelsten", "stol",
        "stolar", "brodrost", "vaxt", "potatis", "mobel", "gronsak", "kylskap",
        "gos", "gossos", "gat", "gats", "porcs", "mico", "micos", "peix", "ase", "ovella", "panerola", "insecte",
        "cuc", "pedra", "pedres", "cadira", "cadires", "torradora", "moble", "mobles",
    ]

    /// Comparatives that rank what stands before them above what follows "than": "more", "smarter", "más",
    /// "plus", "meer", "slimmer", "mer", "més". Comparatives of Dutch and Swedish ending in -er and -are are
    /// listed one by one (the words are hashed, not spelled).
    static let rankingComparatives: [String] = [
        "more", "better", "smarter", "cleverer", "wiser", "cleaner", "nicer", "kinder", "brighter", "braver",
        "nobler", "saner", "worthier", "less", "longer", "higher", "larger", "rather", "prefer",
        "mas", "mejor", "mejores", "menos", "prefiero", "prefiere", "plus", "mieux", "meilleur", "meilleure",
        "meilleurs", "meilleures", "moins", "prefere", "preferent",
        "meer", "beter", "betere", "liever", "slimmer", "schoner", "aardiger", "wijzer", "minder", "beschaafder",
        "verstandiger",
        "mer", "mera", "battre", "hellre", "smartare", "klokare", "renare", "trevligare", "mindre", "mes", "millor",
        "menys",
    ]

    /// Comparatives of quantity, which right before a thing count it ("There are more dogs than Muslims here", "plus
    /// de chiens que …"): a count, not a ranking.
    static let quantityComparatives: [String] = [
        "more", "less", "fewer", "mas", "menos", "plus", "moins", "meer", "minder", "mer", "mera", "mindre", "mes",
        "menys",
    ]

    /// "Than" in each language: "than", "que", "qu'", "dan", "än".
    static let rankingThanWords: [String] = ["than", "que", "qu", "dan", "an"]

    /// Determiners between "than" and the group, or before a thing: "than *any* Muslim", "que *cualquier*
    /// musulmán", "que *n'importe quel* …" (the tokeniser drops the elided "n'"), "dan *elke* moslim".
    static let comparisonDeterminers: [String] = [
        "any", "every", "all", "most", "the", "a", "an", "your", "cualquier", "todos", "todas", "los", "las", "el",
        "la", "un", "una", "importe quel", "importe quelle", "importe quels", "importe quelles", "tous",
        "toutes", "les", "des", "le", "l", "une", "elke", "iedere", "alle", "de", "het", "een", "varje", "alla",
        "en", "ett", "qualsevol", "els", "uns", "unes",
        // "… than *in* any Jew", "… que *chez* …", "… dan *met* …".
        "in", "with", "among", "con", "entre", "chez", "avec", "dans", "bij", "met", "med", "hos", "i", "amb",
    ]

    /// Words for a mind or wits, which a group "has" of a thing: "… have the brains of a goldfish", "… ont le
    /// cerveau d'un poisson rouge", "… hebben het verstand van een kip".
    static let mindWords: [String] = [
        "brain", "brains", "intelligence", "iq", "mind", "memory", "cerebro", "inteligencia", "memoria", "cerveau",
        "cervelle", "memoire", "brein", "hersenen", "verstand", "geheugen", "hjarna", "intelligens", "minne",
        "cervell",
    ]

    /// "Of" between a mind word and its thing: "of", "de", "del", "du", "van", "av" (French "d'un" loses its "d'"
    /// to the tokeniser, so the word is optional).
    static let ofWords: [String] = ["of", "de", "del", "d", "du", "van", "av"]

    /// Words that make a comparison a complaint about how a group is treated, not a ranking of its worth: "My
    /// dog has more rights than refugees here", "Los perros comen mejor que los refugiados en los campos".
    static let comparisonVictimWords: [String] = [
        "rights", "treated", "treatment", "fed", "eats", "eat", "lives", "live", "housed", "housing", "paid", "earns",
        "gets", "get", "got", "care", "healthcare", "help", "money", "attention", "support", "protection", "respect",
        "welcome", "food", "derechos", "tratados", "tratadas", "trato", "comen", "come", "viven", "vive", "ayuda",
        "atencion", "dinero", "sanidad", "cobran", "recibe", "reciben", "droits", "traites", "traitees", "mange",
        "mangent", "vit", "vivent", "aide", "soins", "argent", "recoit", "recoivent", "rechten", "behandeld", "eet",
        "eten", "leeft", "leven", "krijgt", "krijgen", "hulp", "zorg", "geld", "aandacht", "rattigheter", "behandlas",
        "ater", "lever", "far", "hjalp", "vard", "pengar", "drets", "tractats", "menja", "mengen", "viu", "viuen",
    ]

    /// Words of worth or humanity that a group is said to hold "as much as" an object: "… as useful as
    /// furniture", "… about as human as a toaster", "… aussi utiles qu'un meuble".
    static let measuredWorthWords: [String] = [
        "useful", "human", "smart", "intelligent", "clever", "bright", "valuable", "interesting", "important",
        "sharp", "utiles", "util", "humanos", "humanas", "listos", "listas", "inteligentes", "valiosos", "valiosas",
        "interesantes", "humains", "humaines", "intelligents", "intelligentes", "malins", "nuttig", "nuttige",
        "menselijk", "slim", "slimme", "waardevol", "intelligent", "interessant", "anvandbara", "manskliga",
        "smarta", "intelligenta", "vardefulla", "utils", "humans", "llestos",
    ]

    /// Words of equal measure before such a worth word: "as", "tan", "aussi", "net zo", "even", "lika".
    static let measureMarkers: [String] = [
        "as", "about as", "just as", "tan", "aussi", "net zo", "zo", "even", "lika", "tant",
    ]

    /// Words after the worth word that bring the thing: "as", "como", "que", "als", "som" (French "qu'un" loses its
    /// "qu'" to the tokeniser, so the word is optional).
    static let measureComparers: [String] = ["as", "como", "que", "qu", "als", "som", "com"]

    /// Words that call a comparison unfair to what a group was compared with, for
    /// ``FeatureExtractor/sparesAnimalsComparedToGroup()``: "… is an insult to animals", "… c'est injuste pour les
    /// rats", "… es un insulto para los cerdos", "… is een belediging voor varkens", "… är en förolämpning mot
    /// råttor".
    static let animalInsultWords: [String] = [
        "insult", "insults", "insulting", "unfair", "offensive", "disrespectful", "insulte", "insultes", "insulter",
        "insultant", "insultante", "injuste", "injurieux", "offense", "offensant", "affront", "insulto", "insultar",
        "insulta", "injusto", "injusta", "ofensa", "ofensivo", "ofende", "belediging", "beledigend",
        "beledigen", "beledigt", "oneerlijk", "forolampning", "forolampande", "forolampar", "orattvist", "orattvis",
        "injust", "ofensiu",
    ]

    /// Words after the animal that make it a person's ("an insult to dog owners", "aux amis des bêtes" does not
    /// reach it): the insult is to people, not to the animal.
    static let animalInsultStops: [String] = [
        "owner", "owners", "lover", "lovers", "welfare", "shelter", "shelters", "activists", "breeders",
    ]
}
