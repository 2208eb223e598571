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

    /// The tables of ``FeatureExtractor/condemnsHarmAsSubject(_:)``, built once.
    struct HarmCondemnedTables: Sendable {
        let harms = WordSet(Lexicon.subjectHarms)
        let copulas = WordSet(Lexicon.condemningCopulas)
        let predicates = WordSet(Lexicon.condemningPredicates)
    }

    static let harmCondemned = HarmCondemnedTables()
}
