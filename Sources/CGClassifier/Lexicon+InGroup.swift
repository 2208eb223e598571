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

    /// The words above by word hash, the same in every language.
    struct InGroupTable: Sendable {
        let markers = PhraseTable(Lexicon.firstPersonMarkers)
        let possessives = PhraseTable(Lexicon.possessiveMarkers)
        let fillers = WordSet(Lexicon.inGroupFillers)
        let reclaimed = WordSet(Lexicon.reclaimedWords)
        let objects = WordSet(Lexicon.inGroupObjectMarkers)
    }

    static let inGroup = InGroupTable()
}
