extension Lexicon {
    /// Denying determiners of more than the one word ``denyingDeterminers`` lists, which deny a group by a part of it:
    /// "none of the gays deserve …", "ninguno de los inmigrantes merece …", "aucun des immigrés ne mérite …", "geen
    /// van de vrouwen verdient …" (2026-12-01, fifteenth session). Read by
    /// ``FeatureExtractor/denyingDeterminerStart(before:_:)`` beside that table.
    static let partitiveDenyingDeterminers: [String] = [
        "none of the", "none of", "not one of the", "ninguno de los", "ninguna de las", "ni uno de los",
        "ni una de las", "aucun des", "aucune des", "pas un des", "pas une des", "geen van de", "geen een van de",
        "ingen av", "cap dels", "cap de les",
    ]

    /// Verbs of what a group should or may do or have, after which a vote or a right denied denies the group its
    /// rights: "Los hombres no deberían tener derecho a votar" (0.43), "Vrouwen zouden geen stemrecht moeten
    /// hebben" (0.55), "Immigrants shouldn't be allowed to vote" (2026-12-01, fifteenth session). Only with the
    /// words of ``voteWords``: with a desert verb's benefits ("women should not be paid less") they deny a harm.
    static let entitlementModals: [String] = [
        "should", "shouldnt", "must", "mustnt", "ought", "deberian", "deberia", "deben", "debe", "devraient",
        "devrait", "doivent", "doit", "zouden", "zou", "moeten", "moet", "mogen", "mag", "borde", "bor", "far",
        "haurien", "hauria",
    ]

    /// A vote and rights, which a modal of ``entitlementModals`` denied takes from a group ("… shouldn't be allowed
    /// to vote", "… ne devraient pas avoir le droit de vote", "… zouden geen stemrecht moeten hebben").
    static let voteWords: [String] = [
        "vote", "votes", "voting", "suffrage", "rights", "votar", "voto", "sufragio", "derecho", "derechos", "voter",
        "droit", "droits", "stemrecht", "kiesrecht", "stemmen", "stem", "rechten", "rosta", "rostratt",
        "rattigheter", "vot", "dret", "drets",
    ]

    /// Verbs of life, which after a denying determiner and a desert verb deny a group its life, when the clause ends
    /// there or at a word of ``lifePlaces``: "No Jew deserves to live here" (0.30), "Ningún gitano merece vivir". Not
    /// with more after it: "No woman deserves to live in fear" denies a harm.
    static let lifeVerbs: [String] = [
        "live", "exist", "breathe", "vivir", "existir", "respirar", "vivre", "exister", "respirer", "leven",
        "bestaan", "ademen", "leva", "existera", "viure",
    ]

    /// Places right after a verb of life that still deny the life: "here", "among us", "in this country".
    static let lifePlaces: [String] = [
        "here", "among", "aqui", "entre", "ici", "parmi", "hier", "tussen", "har", "bland",
    ]

    /// Words that make a denied benefit a harm denied: "… deserves to lose her rights", "… should be denied the
    /// vote", "… deserves less respect", "… no debería luchar por sus derechos", "… mérite d'être privée
    /// de ses droits" — none of them hateful.
    static let harmDenials: [String] = [
        "denied", "deny", "lose", "losing", "lost", "less", "fight", "fighting", "beg", "stripped", "negado",
        "negados", "negada", "negar", "perder", "menos", "luchar", "privado", "privada", "privados", "prive",
        "privee", "prives", "privees", "priver", "perdre", "moins", "lutter", "battre", "refuse", "refusee",
        "refuser", "ontzegd", "ontzeggen", "verliezen", "kwijt", "minder", "vechten", "hoeven", "nekas", "forlora",
        "mindre", "kampa",
    ]

    /// One person's harm, which a denying determiner and a desert verb deny ("Ninguna mujer merece ser insultada",
    /// "Aucune femme ne mérite d'être frappée", "Geen vrouw verdient het om geslagen te worden"), beside the plural
    /// harms of ``harmVerbs`` and ``sufferingWords``.
    static let singularHarms: [String] = [
        "beaten", "raped", "killed", "insultada", "insultado", "maltratada", "maltratado", "agredida", "agredido",
        "golpeada", "golpeado", "violada", "asesinada", "asesinado", "humillada", "humillado", "acosada", "acosado",
        "discriminada", "discriminado", "insultee", "insulte", "maltraitee", "maltraite", "agressee", "agresse",
        "frappee", "frappe", "battue", "battu", "violee", "tuee", "tue", "humiliee", "humilie", "harcelee",
        "harcele", "discriminee", "discrimine", "geslagen", "mishandeld", "verkracht", "vermoord", "vernederd",
        "bedreigd", "lastiggevallen", "geweld", "violencia", "violence", "abuse", "abus", "misbruik", "pijn",
    ]

    /// The words above by word hash.
    struct GroupDeterminerTable: Sendable {
        let partitives = PhraseTable(Lexicon.partitiveDenyingDeterminers)
        let modals = WordSet(Lexicon.entitlementModals)
        let votes = WordSet(Lexicon.voteWords)
        let lives = WordSet(Lexicon.lifeVerbs)
        let lifePlaces = WordSet(Lexicon.lifePlaces)
        let harmDenials = WordSet(Lexicon.harmDenials)
        let singularHarms = WordSet(Lexicon.singularHarms)
    }

    static let groupDeterminers = GroupDeterminerTable()
}
