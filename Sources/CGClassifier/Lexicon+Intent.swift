extension Lexicon {
    // Words of ``FeatureExtractor/threatensWithIntent(_:)``: the speaker announcing violence against a group ("I want
    // to strangle every lesbian in this city" 0.36, "I'm gonna choke the next refugee I meet"). The English model
    // learned its threats from a few verbs ("kill", "shoot") in a few frames. Written normalised (lower case, no
    // apostrophes: "I'll" is "ill", "we'll" is "well"). 2026-12-01 (twelfth session).

    /// The speaker's intent or wish, said before the verb: "I want to", "I'm going to", "I'll", "we will".
    static let intentFrames: [String] = [
        "i want to", "i wanna", "i really want to", "i am going to", "im going to", "im gonna", "i am gonna",
        "i will", "ill", "i shall", "i would love to", "id love to", "i cant wait to", "i am about to", "im about to",
        "i intend to", "i plan to", "im planning to", "i am planning to", "i will personally", "ill personally",
        "ill happily", "i would happily", "id happily", "we will", "well", "we shall", "we want to", "we are going to",
        "were going to", "were gonna", "we plan to", "we intend to", "we will personally", "ill gladly",
        "i would gladly", "id gladly",
        // 2026-12-01 (sixteenth session): the norm, said as an obligation ("We should hang every Muslim"), and the
        // French and Spanish frames, whose verb also comes right before the group ("Il faudrait pendre les
        // musulmans sur la place du village" 0.29, "Hay que matar a los judíos"). Not Dutch: its verb comes last.
        "we should", "we must", "we need to", "we have to", "someone should", "somebody should", "someone needs to",
        "somebody needs to", "someone has to", "somebody has to", "lets", "let us",
        "il faut", "il faudrait", "faut", "on devrait", "on doit", "on va", "nous devons", "nous devrions", "je vais",
        "je veux", "hay que", "habria que", "tenemos que", "deberiamos", "voy a", "vamos a", "quiero", "queremos",
    ]

    /// Verbs of violence against a person, in the base form that follows the frame. Not verbs of sport or work
    /// ("beat", "destroy", "crush", "smash": "we will beat the women's team"; "shoot" is here, and a photographed
    /// event is excluded by ``intentObjectNouns``).
    static let intentViolenceVerbs: [String] = [
        "kill", "murder", "shoot", "stab", "strangle", "choke", "punch", "slap", "kick", "burn", "hang", "lynch",
        "drown", "slaughter", "butcher", "massacre", "behead", "torture", "gas", "exterminate", "eradicate", "bash",
        "batter", "knife", "gut", "hurt", "maim", "mutilate", "rape", "torch", "poison", "whip", "execute",
        "skin", "hunt", "stone", "assault", "attack",
        "tuer", "pendre", "fusiller", "abattre", "egorger", "bruler", "noyer", "lyncher", "gazer", "massacrer",
        "tabasser", "buter", "flinguer", "poignarder", "etrangler", "torturer", "decapiter", "cramer", "lapider",
        "exterminer", "matar", "colgar", "ahorcar", "fusilar", "quemar", "ahogar", "linchar", "gasear", "apunalar",
        "degollar", "apalear", "torturar", "disparar", "masacrar", "acuchillar", "lapidar", "exterminar",
    ]

    /// Words that may stand between the verb and the group: articles, quantifiers, swearing ("the next", "every
    /// single", "a few of those fucking"); hostile words may stand there too.
    static let intentBridges: [String] = [
        "the", "a", "an", "every", "all", "any", "some", "those", "these", "that", "this", "each", "next", "few",
        "single", "last", "of", "fucking", "bloody", "damn", "goddamn", "little", "one", "couple", "bunch", "lot",
        "more", "down", "boatload", "load", "pack", "gang", "group", "handful", "dozen", "hundred", "thousand",
        "les", "tous", "toutes", "ces", "chaque", "quelques", "a", "los", "las", "todos", "todas", "esos", "esas",
        "estos", "estas", "unos", "cuantos", "cada",
    ]

    /// Nouns after the group that make it an event or a thing, not people ("shoot a gay wedding", "kill the Muslim
    /// team tonight" at a quiz).
    static let intentObjectNouns: [String] = [
        "wedding", "weddings", "ceremony", "festival", "parade", "event", "film", "movie", "video", "documentary",
        "photos", "pictures", "portraits", "scene", "team", "teams", "squad", "club", "match", "game", "quiz", "party",
        "restaurant", "food", "market", "cuisine", "music", "songs", "dance", "show", "exam", "test", "competition",
        "league", "ban", "policy", "law", "bill", "stereotype", "stereotypes", "myth", "myths", "prejudice",
        "prejudices", "hatred", "hate",
    ]

    /// The tables of ``FeatureExtractor/threatensWithIntent(_:)``, built once.
    struct IntentTables: Sendable {
        let frames = PhraseTable(Lexicon.intentFrames)
        let verbs = WordSet(Lexicon.intentViolenceVerbs)
        let bridges = WordSet(Lexicon.intentBridges)
        let objects = WordSet(Lexicon.intentObjectNouns)
    }

    static let intent = IntentTables()
}
