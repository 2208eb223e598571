extension Lexicon {
    // Words of ``FeatureExtractor/brandsEveryMember(_:)``: a group named in the singular after a word of every
    // member, then branded with a hostile or dehumanising noun ("Cada inmigrante es una rata" 0.44, "Chaque
    // immigré est un rat" 0.24, "Elke moslim is een rat" 0.24, "Iedere moslim is een terrorist" 0.16). The models
    // learned such claims from plural sentences ("immigrants are rats"); the hostile lexicon holds plural nouns.
    // Written for this project, normalised. 2026-12-01, tenth session.

    /// Words of every member of a group, at the start of a clause.
    static let everyWords: [String] = [
        "every", "each", "any", "cada", "todo", "toda", "cualquier", "chaque", "tout", "toute",
        "elke", "ieder", "iedere", "elk", "varje", "varenda", "qualsevol", "tot", "tota",
        // 2026-12-01 (fifteenth session): the indefinite article of a generic claim ("Un gitano es una rata" 0.13,
        // "Een zigeuner is een rat" 0.50). Not Swedish and Catalan "en", "and" or "in" elsewhere.
        "a", "an", "un", "una", "une", "een",
    ]

    /// Demonstratives that point at one member of a group, at the start of a clause ("ese moro", "ce chinois", "that
    /// Muslim") or, in Spanish, after the group and its article ("el moro ese"). A dehumanising noun brands the
    /// group through the member; any other brand only with a tail that says the member is like the rest
    /// (``generalisingTails``: "Ese moro es un ladrón como todos los suyos"). 2026-12-01, fifteenth session.
    static let memberDemonstratives: [String] = [
        "this", "that", "ese", "esa", "este", "esta", "aquel", "aquella", "ce", "cet", "cette", "die", "deze", "dat",
        "den", "det", "aquest", "aquesta", "aquell", "aquella",
    ]

    /// Articles before a group that a Spanish demonstrative after it makes a pointer ("el moro ese").
    static let memberArticles: [String] = ["el", "la"]

    /// Tails after a brand that extend it from one member to the group: "like all of them", "como todos los suyos",
    /// "comme tous les autres", "net als de rest".
    static let generalisingTails = PhraseTable([
        "like all of them", "like the rest", "like the rest of them", "like all the others", "like all of his kind",
        "like all of her kind", "como todos", "como todas", "como el resto", "como los demas", "como las demas",
        "comme tous", "comme toutes", "comme les autres", "comme le reste", "net als de rest", "net als de anderen",
        "zoals de rest", "zoals ze allemaal", "net als de andere", "net als al die",
    ])

    /// Singular copulas after such a group ("is", "es", "est", "är", "és").
    static let everyCopulas: [String] = ["is", "es", "est", "ar"]

    /// Words that may stand between the copula and the brand: articles, "just", "nothing but", "only".
    static let everyFillers: [String] = [
        "a", "an", "just", "nothing", "but", "only", "basically", "un", "una", "solo", "mas", "que", "no", "nada",
        "une", "juste", "qu", "rien", "ne", "n", "een", "gewoon", "niets", "dan", "en", "ett", "bara", "potentiellt",
        "potential", "potencial", "potentiel", "potentieel",
    ]

    /// Singular nouns that dehumanise: animals, vermin, disease, filth (the plural forms are hostile cues).
    static let singularDehumanisingNouns: [String] = [
        "rat", "cockroach", "parasite", "animal", "pig", "dog", "ape", "monkey", "beast", "virus", "disease",
        "plague", "leech", "savage", "insect", "vermin", "germ", "subhuman", "cancer", "rata", "cucaracha",
        "parasito", "cerdo", "perro", "mono", "bestia", "enfermedad", "plaga", "sanguijuela", "salvaje",
        "insecto", "alimana", "cancer", "rat", "cafard", "parasite", "porc", "chien", "singe", "bete", "maladie",
        "peste", "sangsue", "sauvage", "vermine", "guenon",
        "rat", "kakkerlak", "parasiet", "beest", "dier", "varken", "hond",
        "aap", "ziekte", "plaag", "bloedzuiger", "wilde", "ongedierte", "kanker", "rat", "kackerlacka", "parasit",
        "djur", "gris", "hund", "apa", "odjur", "sjukdom", "pest", "igel", "vilde", "ohyra",
    ]

    /// Singular nouns that brand a person by a group's supposed offence or vice, read with ``offenderWords``.
    static let singularBrandNouns: [String] = [
        "pervert", "paedophile", "pedophile", "scrounger", "liar", "traitor", "pervertido", "pedofilo", "mentiroso",
        "traidor", "vago", "pervers", "pedophile", "menteur", "traitre", "profiteur", "viezerik", "viespeuk",
        "pedofiel", "leugenaar", "verrader", "profiteur", "pervers", "pedofil", "lognare", "forradare",
    ]

    /// The words above by word hash.
    static let everyWordHashes = Set(everyWords.map { FNV.hash($0) })
    static let everyCopulaHashes = Set(everyCopulas.map { FNV.hash($0) })
    static let memberDemonstrativeHashes = Set(memberDemonstratives.map { FNV.hash($0) })
    static let memberArticleHashes = Set(memberArticles.map { FNV.hash($0) })
    static let everyFillerHashes = Set(everyFillers.map { FNV.hash($0) })
    static let singularDehumanisingHashes = Set(singularDehumanisingNouns.map { FNV.hash($0) })
    static let singularBrandHashes = Set(singularBrandNouns.map { FNV.hash($0) })
}
