extension Lexicon {
    // Words of ``FeatureExtractor/condemnsHarmAsSubject(_:)``: harm done to a group named as the subject of a
    // sentence that condemns it. Written normalised (accents stripped), as the tokeniser reads words.

    /// Harms that open such a subject: gerunds and infinitives ("Hating …", "Odiar a …", "Insulter les …",
    /// "Moslims haten" reads the other way round and is not among them).
    static let subjectHarms: [String] = [
        "hating", "insulting", "attacking", "discriminating", "mocking", "bullying", "harassing", "blaming",
        "treating", "abusing", "excluding", "odiar", "insultar", "atacar", "discriminar", "burlarse", "despreciar",
        "tratar", "acosar", "culpar", "humillar", "excluir", "agredir", "hair", "insulter", "attaquer", "discriminer",
        "mepriser", "traiter", "harceler", "humilier", "exclure", "stigmatiser", "haten", "beledigen", "aanvallen",
        "discrimineren", "uitschelden", "pesten", "hata", "forolampa", "diskriminera", "odiar", "insultar",
        // Killing and beating (2026-12-01): "Killing Jews is never acceptable", "Tuer des juifs n'est jamais
        // acceptable".
        "killing", "beating", "hurting", "matar", "pegar", "tuer", "frapper", "doden", "vermoorden", "slaan",
        "doda", "sla",
    ]

    /// Copulas after the harm and its group: "is", "es", "está", "est", "är".
    static let condemningCopulas: [String] = ["is", "es", "esta", "est", "ar", "was", "era", "etait"]

    /// Words of a predicate that condemn the harm, beside counter-speech cues and reactions: "… is for cowards",
    /// "… está mal", "… es ilegal", "… c'est lamentable".
    static let condemningPredicates: [String] = [
        "cowards", "cowardly", "illegal", "pathetic", "stupid", "ignorant", "cruel", "mal", "cobardes", "cobarde",
        "ilegal", "lamentable", "patetico", "estupido", "ignorante", "cruel", "transfobia", "transphobia",
        "laches", "lache", "illegal", "pathetique", "stupide", "transphobie", "laf", "lafhartig", "dom", "zielig",
        "strafbaar", "fegt", "olagligt", "dumt", "hate", "odio", "haine", "haat",
    ]

    /// Words of acceptance that condemn the harm when negated: "… is never acceptable", "… n'est jamais
    /// acceptable", "… no es aceptable", "… is niet oké", "… is not OK".
    static let acceptanceWords: [String] = [
        "acceptable", "ok", "okay", "justified", "justifiable", "right", "normal", "aceptable", "justificable",
        "justificado", "bien", "justifie", "permis", "acceptabel", "toelaatbaar", "oke", "goed", "normaal",
        "acceptabelt", "okej", "ratt", "acceptable",
    ]

    /// The tables of ``FeatureExtractor/condemnsHarmAsSubject(_:)``, built once.
    struct HarmCondemnedTables: Sendable {
        let harms = WordSet(Lexicon.subjectHarms)
        let copulas = WordSet(Lexicon.condemningCopulas)
        let predicates = WordSet(Lexicon.condemningPredicates)
        let acceptance = WordSet(Lexicon.acceptanceWords)
    }

    static let harmCondemned = HarmCondemnedTables()
}
