extension Lexicon {
    // Words of ``FeatureExtractor/condemnsReportedHate(_:)``: hate quoted or reported in order to condemn it is
    // not hate. The models read the hostile claim and scored 'Phrases such as "women are worthless" do real harm'
    // 0.56, '"I hate women" is not an opinion, it's misogyny' 0.74 and "She said trans people are mentally ill. I
    // was speechless." 0.52. One list for every language, written normalised (accents stripped, an apostrophe a
    // word break), as the tokeniser reads words.

    /// Reactions to a quoted or reported claim that condemn it, beside the counter-speech cues of
    /// ``Lexicon/cueWords``: what it does ("do real harm", "hurtful"), what it is ("a crime", "hate speech", "an
    /// old trope"), what should happen to it ("should be removed", "booed", "banned"), disbelief ("I can't believe",
    /// "how can anyone", "speechless"), and a denial of its truth ("does not make it true"). Phrases that hold a
    /// hostile word ("hate speech", "a crime") are matched before the word is judged.
    static let reportReactions: [String] = [
        "harm", "harmful", "hurtful", "hurts", "no place", "removed", "remove", "a crime", "is a crime",
        "hate speech", "hate crime", "trope", "tropes", "speechless", "shocking", "shocked", "frightening",
        "scary", "awful", "terrible", "sad", "saddening", "upsetting", "upset", "cruel", "ignorant", "ignorance",
        "booed",
        "blocked", "suspended", "arrested", "investigating", "investigated", "condemned", "outrage", "outrageous",
        "unbelievable", "cant believe", "can t believe", "cannot believe", "how can anyone", "how could anyone",
        "cant just say", "can t just say", "cannot just say", "painted", "sprayed", "scrawled", "daubed",
        "harassment", "bullying", "shaking", "crying", "cried", "scared", "afraid", "frightened", "not okay",
        "not ok", "is not an opinion", "isnt an opinion", "challenge", "called out", "call it out", "pushed back",
        "hiriente", "hirientes", "dano", "danino", "delito", "un delito", "discurso de odio", "delito de odio",
        "prohibido", "vergonzoso", "indignante", "triste", "terrible",
        "no me lo puedo creer", "increible", "sin palabras", "pintado", "pintada", "pintadas", "pintaron",
        "acoso", "miedo", "denunciado", "denunciada",
        "blessant", "blessants", "blessante", "delit", "un delit", "discours de haine", "interdit", "choquant",
        "honteux", "scandaleux", "indigne", "triste", "cruel", "sans voix", "tague", "tagues",
        "peint", "harcelement", "peur", "inadmissible", "insupportable",
        "kwetsend", "kwetsende", "schadelijk", "strafbaar", "haatzaaien", "verboden", "schokkend", "beschamend",
        "schandalig", "triest", "verschrikkelijk", "beklad", "geklad", "intimidatie",
        "sarande", "skadligt", "brott", "hatbrott", "forbjudet", "chockerande", "skamligt", "hemskt", "klottrat",
        "ferit", "vergonyos", "delicte",
    ]

    /// Reactions that deny a reported claim's truth: "not true", "nonsense", "a lie", "no es verdad", "faux",
    /// "onzin". They condemn a claim only when it holds a hostile word: "They told us gays are normal. Lies." denies
    /// a friendly claim.
    static let reportDenials: [String] = [
        "nonsense", "false", "untrue", "not true", "isnt true", "not make it true", "doesnt make it true", "lie",
        "lies",
        "myth", "falso", "mentira", "mentiras", "bulo", "bulos", "no es verdad", "faux", "pas vrai", "mensonge",
        "mensonges", "onzin", "onwaar", "niet waar", "leugen", "leugens", "falskt", "inte sant", "logn", "fals",
        "mentida",
    ]

    /// Words after a reported claim that make the speaker agree with it: "he was right", "it's a fact", "exactly",
    /// "tiene razón", "c'est vrai", "klopt".
    static let reportEndorsements: [String] = [
        "right", "correct", "true", "truth", "fact", "facts", "agree", "agreed", "exactly", "indeed", "spot on",
        "based", "second that", "i second", "razon", "verdad", "cierto", "acuerdo", "exacto", "raison", "vrai",
        "verite", "exactement",
        "daccord", "gelijk", "klopt", "precies", "eens", "ratt", "sant", "precis", "rao", "cert",
    ]

    /// Counter-speech cues too general to condemn what a message quotes: "… drops all charges *against* 3 'Extremist
    /// Muslims'", "*stand*", "*claims*".
    static let weakCounterWords: [String] = ["against", "stand", "claim", "claims", "comments", "statements", "words"]

    /// Speakers whose reported words are the writer's own: "I said …", "we told them …".
    static let firstPersonSpeakers: [String] = ["i", "we", "yo", "je", "nous", "ik", "wij", "jag", "vi", "jo"]
}
