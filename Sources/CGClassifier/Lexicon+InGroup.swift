extension Lexicon {
    // Words of ``FeatureExtractor/speaksAsMember(at:)``: a speaker who names themselves with a slur or a reclaimed
    // word ("Je suis pédé, et alors ?", "Wij flikkers laten ons niet wegjagen", "My niggas came through for my
    // birthday") speaks in-group, not in hate. The slur rule raised the first (0.38 → threshold) and the models
    // flagged the others (0.55, 0.72). Written normalised, one list for every language.

    /// First-person words right before the group word, after at most two ``inGroupFillers``: "I'm a …", "we …",
    /// "as a …", "my …", "je suis …", "on est des …", "soy …", "ik ben een …", "wij …", "jag är …".
    /// Not "were" ("we're" and "you were" are written alike once normalised) nor "as" alone ("… as faggot").
    static let firstPersonMarkers: [String] = [
        "im", "i am", "iam", "we are", "we", "us", "as a", "as an", "je suis", "on est", "nous sommes", "nous",
        "moi", "soy", "somos", "nosotras", "nosotros", "ik ben", "wij zijn", "we zijn", "wij", "jag ar", "vi ar",
        "vi", "soc", "som", "sem",
    ]

    /// Possessives that name one's own people only with a reclaimed word: "my niggas" is in-group, "my paki
    /// neighbour" and "my faggot rant" are not.
    static let possessiveMarkers: [String] = ["my", "mis", "mes", "mijn", "mina", "els meus"]

    /// Words that may stand between a first-person word and the group word: articles and pride.
    static let inGroupFillers: [String] = [
        "a", "an", "un", "une", "een", "des", "de", "una", "proud", "fellow", "fier", "fiere", "fiers", "trotse",
        "trots", "orgullosa", "orgulloso", "orgullosas", "orgullosos", "stolt", "stolta", "orgullos", "orgullosa",
    ]

    /// Reclaimed words for one's own group, read with the slurs: "nigga", "queer", "dyke", "marica", "bollera",
    /// "gouine", "bög".
    static let reclaimedWords: [String] = [
        "nigga", "niggas", "niggaz", "queer", "queers", "dyke", "dykes", "marica", "maricas", "bollera", "bolleras",
        "gouine", "gouines", "bog", "bogar", "marieta", "marietes",
    ]

    /// Words right after the group word that make it the object, not the speaker: "I'm a proud fag hater".
    static let inGroupObjectMarkers: [String] = [
        "hater", "haters", "killer", "killers", "basher", "bashers", "bashing", "hunter", "hunters", "hating",
    ]

    /// Openers that say who the speaker or someone close to them is: "I'm …", "we are …", "my sister is …", "soy
    /// …", "je suis …", "ik ben …", "mijn zus is …". Read by ``FeatureExtractor/statesIdentity(_:)``.
    static let identityMarkers: [String] = [
        "im", "i am", "iam", "we are", "soy", "somos", "je suis", "nous sommes", "on est", "ik ben", "wij zijn",
        "we zijn", "jag ar", "vi ar", "soc",
        "my sister is", "my brother is", "my son is", "my daughter is", "my mother is", "my mom is", "my mum is",
        "my father is", "my dad is", "my wife is", "my husband is", "my partner is", "my friend is",
        "my best friend is", "my neighbour is", "my neighbor is", "mi hermana es", "mi hermano es", "mi hijo es",
        "mi hija es", "mi madre es", "mi padre es", "mi mujer es", "mi marido es", "mi pareja es", "mi amigo es",
        "mi amiga es", "ma soeur est", "mon frere est", "mon fils est", "ma fille est", "ma mere est",
        "mon pere est", "ma femme est", "mon mari est", "mon ami est", "mon amie est", "mijn zus is",
        "mijn broer is", "mijn zoon is", "mijn dochter is", "mijn moeder is", "mijn vader is", "mijn vrouw is",
        "mijn man is", "mijn vriend is", "mijn vriendin is", "min syster ar", "min bror ar", "min son ar",
        "min dotter ar",
    ]

    /// Possessives that open a description of someone close: "*my* doctor is …", "*mi* médica es …", "*notre*
    /// nouveau voisin est …". One or two words, then one of ``identityCopulas``, then the group: an identity
    /// opener whatever the noun ("Mi médica es musulmana" 0.55).
    static let identityPossessives: [String] = [
        "my", "our", "mi", "mis", "nuestro", "nuestra", "mon", "ma", "notre", "mijn", "onze", "ons", "min", "mitt",
        "var", "vart", "meu", "meva", "mes", "nos", "mina", "nuestros", "nuestras", "meus", "meves",
    ]

    /// Nouns after such a possessive that name no person but a fear or a foe: "My problem is Muslims", "Mi
    /// pesadilla son los gitanos", "Mon ennemi est …".
    static let identityNonPersons: [String] = [
        "problem", "problems", "fear", "enemy", "enemies", "issue", "concern", "worry", "nightmare", "target",
        "trouble", "hatred", "disgust", "problema", "problemas", "miedo", "enemigo", "enemigos", "pesadilla",
        "objetivo", "preocupacion", "asco", "probleme", "peur", "ennemi", "ennemis", "cauchemar", "cible", "souci",
        "inquietude", "degout", "probleem", "angst", "vijand", "vijanden", "nachtmerrie", "doelwit", "zorg", "afkeer",
        "radsla", "fiende", "fiender", "mardrom", "mal", "oro", "por", "enemic", "malson",
    ]

    /// Copulas of one person after such a possessive and its noun: "is", "es", "est", "är", "és".
    static let identityCopulas: [String] = [
        "is", "es", "est", "ar",
        // The past and the plural (2026-11-30, eighth session: "Mi abuela era judía" 0.75, "My parents are Muslim").
        "was", "were", "are", "era", "eran", "fue", "fueron", "son", "etait", "etaient", "sont", "zijn", "waren", "var",
    ]

    /// Words between an identity opener and the group: "a", "a group of", "un grupo de", "een groep".
    static let identityFillers: [String] = [
        "a", "an", "un", "una", "une", "een", "en", "ett", "group", "of", "grupo", "de", "groupe", "groep", "van",
        "grupp", "av", "proud", "orgulloso", "orgullosa", "fier", "fiere", "trotse",
        // Origin before the group: "… es de origen marroquí", "… est d'origine marocaine".
        "origen", "origine", "origin",
    ]

    /// Singular words of origin, faith, colour or orientation that name a person's group only after an identity
    /// opener ("Mon collègue est noir", "Mijn collega is Marokkaans", "Mi compañero de piso es marroquí"): the
    /// lexicon leaves them out because elsewhere they are ordinary words ("un chat noir", "vin blanc") or
    /// nationalities that name no group we map. Read by ``FeatureExtractor/statesIdentity(_:)`` only.
    static let identityAdjectives: [String] = [
        "black", "white", "moroccan", "turkish", "somali", "pakistani", "nigerian", "algerian", "syrian",
        "negra", "blanca", "blanco", "marroqui", "marroquin", "gitana", "judia", "lesbiana", "gay", "asiatica",
        "asiatico", "china", "chino", "arabe", "discapacitada", "discapacitado", "sorda", "sordo", "ciega", "ciego",
        "rumana", "rumano", "senegales", "senegalesa", "turca", "turco", "argelino", "argelina",
        "noir", "noire", "juive", "marocain", "marocaine", "algerien", "algerienne", "tunisien", "tunisienne",
        "musulmane", "lesbienne", "homosexuel", "homosexuelle", "handicape", "handicapee", "asiatique", "chinoise",
        "rom", "blanc", "blanche", "turc", "turque", "senegalais", "senegalaise", "malien", "malienne", "sourd",
        "sourde", "aveugle", "maghrebin", "maghrebine",
        "marokkaans", "marokkaanse", "turks", "turkse", "surinaams", "surinaamse", "zwart", "zwarte", "joods",
        "joodse", "lesbisch", "moslima", "islamitisch", "islamitische", "gehandicapt", "doof", "antilliaans",
        "antilliaanse", "somalisch", "somalische", "wit", "blank", "homoseksueel", "biseksueel",
        "judisk", "judinna", "svart", "somalisk", "turkisk", "homosexuell", "lesbisk", "bisexuell", "handikappad",
        "funktionsnedsatt", "vit", "arab", "arabisk", "irakisk", "syrisk", "kurd", "kurdisk",
        "musulma", "jueva", "gai", "xinesa", "xines", "pakistanesa", "pakistanes", "discapacitat", "marroquina",
    ]

    /// Words that join a second clause about the same person after an identity ("Mon collègue est noir et vient
    /// de Lyon", "Sóc musulmana i visc al Raval"): "and" in the six languages. Catalan "i" only in Catalan: in
    /// English it is "I" ("My son is gay I pray to God for a cure" says more than who the son is).
    static let identityConjunctions: [String] = ["and", "et", "y", "e", "en", "och"]

    /// Nouns for a person that may close the group's words: "… a gay man", "… personas trans".
    static let personNouns: [String] = [
        "man", "woman", "men", "women", "person", "people", "guy", "girl", "boy", "hombre", "mujer", "persona",
        "personas", "chico", "chica", "homme", "femme", "personne", "personnes", "garcon", "fille", "vrouw",
        "persoon", "personen", "jongen", "meisje", "kvinna", "kille", "tjej", "home", "dona",
        // Origin after the group: "… of Moroccan descent", "… van Marokkaanse afkomst".
        "descent", "origin", "heritage", "background", "afkomst", "herkomst", "ursprung",
    ]

    /// The words above by word hash, the same in every language.
    struct InGroupTable: Sendable {
        let markers = PhraseTable(Lexicon.firstPersonMarkers)
        let possessives = PhraseTable(Lexicon.possessiveMarkers)
        let fillers = WordSet(Lexicon.inGroupFillers)
        let reclaimed = WordSet(Lexicon.reclaimedWords)
        let objects = WordSet(Lexicon.inGroupObjectMarkers)
        let identity = PhraseTable(Lexicon.identityMarkers)
        let identityPossessives = WordSet(Lexicon.identityPossessives)
        let identityCopulas = WordSet(Lexicon.identityCopulas)
        let identityNonPersons = WordSet(Lexicon.identityNonPersons)
        let identityFillers = WordSet(Lexicon.identityFillers)
        let persons = WordSet(Lexicon.personNouns)
        let identityAdjectives = WordSet(Lexicon.identityAdjectives)
        let identityConjunctions = WordSet(Lexicon.identityConjunctions)
        let catalanAnd = FNV.hash("i")
    }

    static let inGroup = InGroupTable()
}
