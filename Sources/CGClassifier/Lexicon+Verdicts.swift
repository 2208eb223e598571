extension Lexicon {
    // Words of ``FeatureExtractor/judgesGroupInPosition(_:)``, ``FeatureExtractor/keepsGroupAway()`` and
    // ``FeatureExtractor/defendsGroupAgainstLies()`` (2026-12-01, sixteenth session). Sentences generated from our
    // own templates showed the models reading the position alone: "¿Un musulmán al mando? ¡Ya era hora!" 0.84,
    // "Moslims laten stemmen was een van de beste dingen die dit land ooit deed" 0.96, while "Un musulman aux
    // commandes ? C'est la catastrophe assurée." scored 0.12 and "Hou moslims weg bij onze scholen" 0.00. Written
    // normalised (lower case, no accents, apostrophes dropped).

    /// A group put in a position of power or a right given it, after the group: "… in charge", "… al mando", "…
    /// aux commandes", "… aan het roer".
    static let positionsAfter: [String] = [
        "in charge", "in power", "as president", "as prime minister", "as mayor", "as boss", "at the helm",
        "al mando", "en el poder", "de presidente", "de presidenta", "de alcalde", "de alcaldesa", "de jefe",
        "de jefa", "al frente", "aux commandes", "au pouvoir", "president", "presidente", "a la tete",
        "aan het roer", "aan de macht", "als president", "als premier", "als burgemeester", "als baas",
        "aan het hoofd",
    ]

    /// A right given, after the group of an allowing word: "letting … vote", "… laten stemmen" (Dutch puts the
    /// allowing verb after the group).
    static let rightsAfter: [String] = [
        "vote", "in", "come in", "into the country", "laten stemmen", "laten binnenkomen", "binnenlaten",
        "binnen laten", "toelaten",
    ]

    /// A right given, before the group: "letting … vote", "dejar votar a …", "laisser voter …", "… laten stemmen".
    static let allowingBefore: [String] = [
        "letting", "allowing", "dejar votar a", "dejar entrar a", "permitir votar a", "permitir entrar a",
        "laisser voter", "laisser entrer", "permettre aux", "accueillir",
    ]

    /// A verdict that the position is a disaster or a mistake, after it.
    static let badVerdicts: [String] = [
        "disaster", "recipe for disaster", "mistake", "error", "catastrophe", "nightmare", "joke", "desastre",
        "error", "catastrofe", "pesadilla", "broma", "erreur", "catastrophe", "cauchemar", "blague", "ramp",
        "fout", "vergissing", "nachtmerrie", "grap", "katastrof", "misstag", "mardrom",
    ]

    /// A verdict that the position is good, after it: "about time", "ya era hora", "il était temps", "werd tijd".
    static let goodVerdicts: [String] = [
        "about time", "finally", "at last", "the best", "best", "great", "brilliant", "wonderful", "fantastic",
        "ya era hora", "por fin", "lo mejor", "de lo mejor", "genial", "estupendo", "il etait temps", "enfin",
        "les meilleures", "la meilleure", "le meilleur", "genial", "super", "werd tijd", "werd eens tijd",
        "eindelijk", "beste", "geweldig", "prachtig", "fantastisch",
    ]

    /// Imperatives that keep someone away, before the group: "keep", "mantened a", "gardez", "hou".
    static let keepVerbs: [String] = [
        "keep", "mantened a", "manten a", "mantengan a", "mantener a", "alejad a", "alejen a", "gardez", "garder",
        "tenez", "tenir", "eloignez", "eloigner", "hou", "houd", "houdt", "houden", "hall",
    ]

    /// Where they are kept from, after the group: "away from", "lejos de", "loin de", "weg bij", "uit de buurt van".
    static let awayPhrases: [String] = [
        "away from", "out of", "lejos de", "fuera de", "loin de", "loin des", "a l ecart de", "a l ecart des",
        "hors de", "weg bij", "weg van", "uit de buurt van", "ver weg van", "buiten", "borta fran", "langt ifran",
    ]

    /// Harms that a group is kept away from for its own good ("keep refugees away from danger").
    static let protectedFrom: [String] = [
        "danger", "harm", "violence", "war", "bullets", "abuse", "hatred", "hate", "racists", "bullies", "peligro",
        "violencia", "guerra", "odio", "racistas", "violence", "guerre", "haine", "racistes", "gevaar", "geweld",
        "oorlog", "haat", "racisten", "fara", "vald", "krig", "hat", "rasister", "the cold", "poverty", "pobreza",
        "pauvrete", "armoede",
    ]

    /// Lies told about a group, before it: "lies about", "mentiras sobre", "mensonges sur", "leugens over".
    static let liesAbout: [String] = [
        "lies about", "lies on", "myths about", "fake news about", "mentiras sobre", "bulos sobre",
        "mentiras de", "mensonges sur", "fausses informations sur", "leugens over", "fabels over", "nepnieuws over",
        "logner om",
    ]

    /// A group made the cause, after it: "… are the reason", "… son la razón", "… sont la raison", "… zijn de reden".
    static let causePhrases: [String] = [
        "are the reason", "are the reason why", "are why", "are to blame for", "son la razon", "son la causa",
        "tienen la culpa de", "sont la raison", "sont la cause", "sont responsables de", "zijn de reden",
        "zijn de oorzaak", "zijn de schuld van", "ar anledningen", "ar orsaken",
    ]

    /// A place's decline that a group is made the cause of: "… going to hell", "… se va al infierno", "… part en
    /// enfer", "… naar de knoppen gaat".
    static let ruinPhrases: [String] = [
        "going to hell", "goes to hell", "gone to hell", "going downhill", "going to the dogs", "gone to the dogs",
        "falling apart", "is ruined", "se va al infierno", "se va a la mierda", "va cuesta abajo", "se hunde",
        "esta hundida", "part en enfer", "va en enfer", "part en vrille", "part en couille", "coule", "sombre",
        "naar de knoppen", "naar de haaien", "naar de klote", "achteruit gaat", "achteruitgaat", "ten onder gaat",
        "gar at helvete", "forfaller",
    ]

    /// The tables of the verdict rules, built once.
    struct VerdictTables: Sendable {
        let positions = PhraseTable(Lexicon.positionsAfter)
        let rights = PhraseTable(Lexicon.rightsAfter)
        let allowing = PhraseTable(Lexicon.allowingBefore)
        let bad = PhraseTable(Lexicon.badVerdicts)
        let good = PhraseTable(Lexicon.goodVerdicts)
        let keep = PhraseTable(Lexicon.keepVerbs)
        let away = PhraseTable(Lexicon.awayPhrases)
        let protectedFrom = PhraseTable(Lexicon.protectedFrom)
        let lies = PhraseTable(Lexicon.liesAbout)
        let causes = PhraseTable(Lexicon.causePhrases)
        let ruins = PhraseTable(Lexicon.ruinPhrases)
    }

    static let verdicts = VerdictTables()
}
