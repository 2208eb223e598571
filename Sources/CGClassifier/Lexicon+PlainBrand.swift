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
    static let pluralPronouns: [String] = ["they", "ellos", "ellas", "ils", "elles", "ze", "zij", "de", "dom", "ells"]

    /// Plural copulas.
    static let pluralCopulas: [String] = ["are", "son", "sont", "zijn", "ar", "were", "eran", "etaient", "waren"]

    /// Words between the copula and the hostile word: articles, "all", "just", "nothing but".
    static let brandFillers: [String] = [
        "all", "just", "nothing", "but", "simply", "such", "total", "complete", "todos", "todas", "unos", "unas",
        "solo", "simplemente", "tous", "toutes", "des", "de", "juste", "simplement", "que", "allemaal", "gewoon",
        "alla", "bara", "tots", "totes", "uns", "unes", "nomes", "een", "echte", "real", "verdaderos", "vrais", "a",
        "an", "un", "una", "une", "en", "ett",
    ]

    static let opinionOpenerTable = PhraseTable(opinionOpeners)
    static let pluralPronounHashes = Set(pluralPronouns.map { FNV.hash($0) })
    static let pluralCopulaHashes = Set(pluralCopulas.map { FNV.hash($0) })
    static let brandFillerHashes = Set(brandFillers.map { FNV.hash($0) })
}
