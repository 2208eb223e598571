extension Lexicon {
    // Words of ``FeatureExtractor/brandsGroupPlainly(_:)``: a group, or a pronoun for a group named before it,
    // said to be a hostile word and nothing more ("Personnellement je pense que les musulmans sont des ordures"
    // 0.21, "Je connais beaucoup de femmes et elles sont toutes nulles" 0.03). The models read the plain form; an
    // opinion opener or a pronoun moved the score under the threshold. Written for this project, normalised.
    // 2026-12-01, tenth session.

    /// Openers of an opinion that may stand before the group's clause.
    static let opinionOpeners: [String] = [
        "i think", "i believe", "i genuinely believe", "i truly believe", "i really believe", "i honestly believe",
        "in my opinion", "in my view", "personally", "honestly", "frankly", "to be honest",
        "creo que", "pienso que", "en mi opinion", "para mi", "personalmente", "sinceramente", "la verdad es que",
        "je pense que", "je crois que", "personnellement", "personnellement je pense que", "selon moi", "pour moi",
        "a mon avis", "franchement", "honnetement", "ik denk dat", "ik vind dat", "persoonlijk vind ik dat",
        "eerlijk gezegd", "jag tycker att", "jag tror att", "personligen", "crec que", "penso que",
    ]

    /// Third-person plural pronouns that may stand for a group named before them.
    /// Spanish and Catalan drop the pronoun and say "all" for it ("Me crucé con un grupo de gais en la estación.
    /// Todos son asquerosos." 0.18; 2026-12-01, sixteenth session).
    static let pluralPronouns: [String] = [
        "they", "ellos", "ellas", "ils", "elles", "ze", "zij", "de", "dom", "ells", "todos", "todas", "tots", "totes",
    ]

    /// Plural copulas.
    static let pluralCopulas: [String] = ["are", "son", "sont", "zijn", "ar", "were", "eran", "etaient", "waren"]

    /// Words between the copula and the hostile word: articles, "all", "just", "nothing but".
    static let brandFillers: [String] = [
        "all", "just", "nothing", "but", "simply", "such", "total", "complete", "todos", "todas", "unos", "unas",
        "solo", "simplemente", "tous", "toutes", "des", "de", "juste", "simplement", "que", "allemaal", "gewoon",
        "alla", "bara", "tots", "totes", "uns", "unes", "nomes", "een", "echte", "real", "verdaderos", "vrais", "a",
        "an", "un", "una", "une", "en", "ett",
        // 2026-12-01 (eleventh session): the words of a superlative ("the most …", "les plus …", "la más …", "de
        // meest …", "de mest …").
        "the", "most", "la", "el", "los", "las", "lo", "les", "le", "plus", "mas", "het", "meest", "mest", "den",
        "det", "els",
        // 2026-12-01 (sixteenth session): a bunch of, and French "qu'" of "ne … qu'une bande de" ("Les musulmans ne
        // sont qu'une bande de sauvages" 0.18).
        "qu", "bunch", "of", "pack", "gang", "bande", "tas", "ramassis", "meute", "panda", "pandilla", "monton",
        "stel", "stelletje", "troep", "zootje", "hoop",
    ]

    /// Words for people that may stand before or after the hostile word ("the filthiest people", "les gens les
    /// plus dangereux", "de gevaarlijkste mensen"). 2026-12-01, eleventh session.
    static let brandPeople: [String] = [
        "people", "creatures", "beings", "humans", "persons", "members", "gens", "personnes", "etres",
        "membres", "gente", "personas", "criaturas", "seres", "miembros", "mensen", "wezens", "personen", "leden",
        "manniskor", "varelser", "folk", "medlemmar", "persones", "essers",
    ]

    /// Where, after the hostile word ("… in the world", "… du monde", "… ter wereld").
    static let brandScopes: [String] = [
        "in the world", "on earth", "on the planet", "on this planet", "in this country", "in the country",
        "in the city", "in this city", "in europe", "alive", "of society", "in society", "del mundo", "de la tierra",
        "del planeta", "de este planeta", "del pais", "de este pais", "de la ciudad", "de esta ciudad",
        "de europa", "de la sociedad", "du monde", "de la terre", "sur terre", "de la planete", "de cette planete",
        "du pays", "de ce pays", "de la ville", "de cette ville", "d europe", "de la societe", "ter wereld",
        "op aarde", "op deze planeet", "van de wereld", "van het land", "in dit land", "van de stad", "in de stad",
        "van europa", "van de samenleving", "in de samenleving", "i varlden", "pa jorden", "i landet", "i staden",
        "i samhallet", "del mon", "de la ciutat", "de la societat",
        // Whom the hostile word threatens ("… a threat to our civilisation", "une menace pour notre société").
        "to our society", "to our civilisation", "to our civilization", "to our country", "to our way of life",
        "to our children", "to society", "to this country", "to europe", "to the west", "for our society",
        "for this country", "para nuestra sociedad", "para nuestra civilizacion", "para nuestro pais",
        "para la sociedad", "para espana", "para europa", "para occidente", "para nuestros hijos",
        "pour notre societe", "pour notre civilisation", "pour notre pays", "pour la societe", "pour la france",
        "pour l europe", "pour l occident", "pour nos enfants", "voor onze samenleving", "voor onze beschaving",
        "voor ons land", "voor de samenleving", "voor nederland", "voor europa", "voor het westen",
        "voor onze kinderen", "for vart samhalle", "for samhallet", "for sverige", "for europa",
        "for var civilisation", "for vara barn", "per a la nostra societat", "per a catalunya",
    ]

    static let opinionOpenerTable = PhraseTable(opinionOpeners)
    static let pluralPronounHashes = Set(pluralPronouns.map { FNV.hash($0) })
    static let pluralCopulaHashes = Set(pluralCopulas.map { FNV.hash($0) })
    static let brandFillerHashes = Set(brandFillers.map { FNV.hash($0) })
    static let brandPeopleHashes = Set(brandPeople.map { FNV.hash($0) })
    static let brandScopeTable = PhraseTable(brandScopes)
}
