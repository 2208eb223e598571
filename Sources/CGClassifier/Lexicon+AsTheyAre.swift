extension Lexicon {
    /// A likeness with an animal or filth that says the group is it: "Treat gay people like the cattle they are"
    /// (0.30), "Tratad a los musulmanes como el ganado que son" (0.33), "Traitez les juifs comme le bétail qu'ils
    /// sont", "Behandel homo's als de beesten die ze zijn". Read by ``FeatureExtractor/likensGroupToWhatItIs(_:)``
    /// right after a group. Written normalised (French "qu'ils" is "ils"). 2026-12-01 (fifteenth session).
    static let asTheyArePhrases: [String] = {
        let en = [
            "cattle", "animals", "dogs", "rats", "pigs", "vermin", "savages", "beasts", "apes", "trash",
            "garbage", "scum", "parasites", "cockroaches",
        ].flatMap { ["like the \($0) they are", "as the \($0) they are"] }
        let es = [
            "el ganado", "los animales", "los perros", "las ratas", "los cerdos", "la basura", "las bestias",
            "los salvajes", "la escoria", "los parasitos", "las cucarachas", "los monos",
        ].map { "como \($0) que son" }
        let fr = [
            "le betail", "les animaux", "des animaux", "les chiens", "les rats", "les porcs", "les dechets",
            "les betes", "les sauvages", "la vermine", "les parasites", "les cafards", "les singes",
        ].flatMap {
            ["comme \($0) ils sont", "comme \($0) qu ils sont", "comme \($0) quils sont"]
        }
        let nl = [
            "het vee dat", "de beesten die", "de dieren die", "de honden die", "de ratten die", "de varkens die",
            "het afval dat", "het tuig dat", "de wilden die", "de parasieten die", "de kakkerlakken die", "de apen die",
            "het ongedierte dat",
        ].map { "als \($0) ze zijn" }
        return en + es + fr + nl
    }()

    /// ``asTheyArePhrases``, built once.
    static let asTheyAre = PhraseTable(asTheyArePhrases)
}
