extension Lexicon {
    // Words of ``FeatureExtractor/usesViolentWordsHarmlessly(_:)``: idioms in which a word of violence means success,
    // devotion, delight or filming ("Our gay choir absolutely killed it last night" 0.67, "The trans actress is
    // killing it on Broadway" 0.79, "I'd happily die for my gay brother" 0.95, "The bagels at the Jewish bakery are
    // to die for"). The models read "kill" and "die" beside a group as a threat. Written normalised (lower case,
    // no apostrophes: "I'd" is "id"). 2026-12-01 (twelfth session).

    /// The idioms. "Die for" only after a word of devotion or delight, never after a modal of wish ("… should die
    /// for what they did" wishes death).
    static let harmlessViolenceIdioms: [String] = [
        "kill it", "killed it", "killing it", "kills it", "killin it", "absolutely killed it", "slayed it",
        "slaying it", "are to die for", "is to die for", "was to die for", "were to die for", "would die for",
        "id die for", "would happily die for", "id happily die for", "willing to die for", "ready to die for",
        "gladly die for", "happily die for", "dressed to kill", "kill time", "killing time", "killed time",
        "shoot a film", "shoot a documentary", "shoot a video", "shoot a movie", "shooting a film",
        "shooting a documentary", "shooting a video", "shot a film", "shot a documentary", "shot a video",
        "going to shoot a documentary", "going to shoot a film",
    ]

    /// Words after such an idiom that turn it back into violence ("kill it with fire").
    static let harmlessIdiomBreakers: [String] = ["fire", "before", "dead"]

    /// The tables of ``FeatureExtractor/usesViolentWordsHarmlessly(_:)``, built once.
    struct HarmlessIdiomTables: Sendable {
        let idioms = PhraseTable(Lexicon.harmlessViolenceIdioms)
        let breakers = WordSet(Lexicon.harmlessIdiomBreakers)
    }

    static let harmlessIdioms = HarmlessIdiomTables()
}
