extension Lexicon {
    /// Words that open a question asking for information: "what", "how many", "cuántos", "combien", "hoeveel",
    /// "varför". A message that opens with one, holds a question mark, names a group and holds nothing hostile asks
    /// about the group (``FeatureExtractor/asksPlainQuestion(_:language:)``): "What do Muslims eat during Eid?"
    /// (0.74), "¿Cuántos refugiados llegaron a España?" (0.67). Written normalised; one list for every language.
    /// Yes-or-no openers ("do", "are") are left out ("Do Jews control the banks?" asserts a trope), and so are
    /// "why", "who" and "which", which in the corpora mostly open rhetorical questions ("Why trust a Jew?", "Who
    /// cares what Jews think?", "why should … get rights?").
    static let questionOpeners: [String] = [
        "what", "whats", "how", "hows", "when", "where", "wheres", "que", "cuantos", "cuantas", "cuanto", "cuanta",
        "cuando", "donde", "como", "quoi", "comment", "quand", "ou", "combien", "est ce que", "wat", "hoe",
        "wanneer", "waar", "hoeveel", "vad", "hur", "nar", "quants", "quantes", "quan",
    ]

    /// Words that turn a question into an insinuation: "how many *more* …", "why are they *always* …", "… *even*
    /// …", "why do … *still* …". A question holding one is left to the model.
    static let insinuationWords: [String] = [
        "more", "always", "even", "still", "ever", "so", "such", "else", "mas", "siempre", "tan", "todavia",
        "aun", "plus", "toujours", "encore", "si", "tellement", "meme", "meer", "altijd", "zo", "nog", "zelfs",
        "fler", "alltid", "sa", "annu", "anda", "mes", "sempre", "tant", "encara",
        // "When will the immigrants *finally* leave?", "What do you *expect* from Jews?"
        "finally", "finalmente", "enfin", "eindelijk", "antligen", "expect", "esperar", "esperas", "attendre",
        "attendez", "verwachten", "verwacht", "vantar", "leave", "go", "gone",
    ]

    /// Verbs of pay after a group: with "less" after them they state a pay gap ("Women earn 20% less than men",
    /// "Las mujeres cobran un 20% menos que los hombres" 0.71, "Vrouwen verdienen nog steeds minder dan mannen"
    /// 1.00), a fact the models read as "less intelligent" (``FeatureExtractor/statesPayGap()``).
    static let payVerbs: [String] = [
        "earn", "earns", "earned", "make", "makes", "paid", "cobran", "cobra", "ganan", "gana", "perciben",
        "gagnent", "gagne", "touchent", "payees", "payes", "verdienen", "verdient", "tjanar", "guanyen", "cobren",
        // 2026-12-01 (fourteenth session): "Las mujeres siguen cobrando menos que los hombres" 0.84.
        "earning", "cobrando", "ganando", "gagnant", "verdienend",
    ]

    /// Verbs of going on, which may stand before a pay verb in its gerund: "Las mujeres *siguen* cobrando menos",
    /// "Women *keep* earning less" (2026-12-01, fourteenth session).
    static let continuingVerbs: [String] = [
        "keep", "still", "siguen", "continuan", "continuent", "blijven", "fortsatter", "segueixen", "continuen",
    ]

    /// Prepositions that open a place of work between a group and its pay verb: "Women *in* tech earn …",
    /// "Vrouwen *in* de haven verdienen …", "Les femmes *dans* la santé gagnent …".
    static let workPlacePrepositions: [String] = ["in", "at", "en", "dans", "a", "bij", "op", "i", "pa"]

    /// Practices of a faith or a culture that a why-question may ask about: "Why do Muslims fast during Ramadan?"
    /// (0.49), "¿Por qué rezan los musulmanes cinco veces al día?". Only right after the group (or, in Spanish,
    /// French and Dutch word order, right before it); other why-questions are mostly rhetorical.
    static let practiceVerbs: [String] = [
        "fast", "pray", "wear", "celebrate", "eat", "cover", "speak", "light", "ayunan", "rezan", "llevan",
        "celebran", "comen", "hablan", "jeunent", "prient", "portent", "celebrent", "fetent", "mangent", "parlent",
        "vasten", "bidden", "dragen", "vieren", "eten", "spreken", "fastar", "ber", "bar", "firar", "ater", "talar",
        "dejunen", "resen", "porten", "mengen", "parlen",
    ]

    /// The tables of ``FeatureExtractor/asksPlainQuestion(_:language:)``, ``FeatureExtractor/statesPayGap()`` and
    /// ``FeatureExtractor/asksNegatedQuestion(_:)``, built once.
    struct QuestionTables: Sendable {
        let openers = PhraseTable(Lexicon.questionOpeners)
        let insinuations = WordSet(Lexicon.insinuationWords)
        let payVerbs = WordSet(Lexicon.payVerbs)
        let continuing = WordSet(Lexicon.continuingVerbs)
        let workPlaces = WordSet(Lexicon.workPlacePrepositions)
        let practices = WordSet(Lexicon.practiceVerbs)
        let negatedOpeners = WordSet(Lexicon.negatedQuestionOpeners)
        let invertedPronouns = WordSet(Lexicon.invertedPronouns)
        let sameAsOthers = PhraseTable(Lexicon.sameAsOthers)
    }

    static let questions = QuestionTables()

    /// First words of a question asked with a negation, which asserts what it asks ("*Aren't* Jews just parasites?",
    /// "¿*No* son los judíos unos parásitos?", "*Zijn* joden niet gewoon parasieten?"): negated auxiliaries, the
    /// Spanish and Catalan negator, and the finite verbs that open a Dutch, Swedish or English yes-no question.
    /// French asks by inverting a pronoun ("… ne sont-*ils* pas …", ``invertedPronouns``). Read by
    /// ``FeatureExtractor/asksNegatedQuestion(_:)``.
    static let negatedQuestionOpeners: [String] = [
        "arent", "isnt", "dont", "doesnt", "wont", "cant", "no", "zijn", "is", "hebben", "ar", "har", "are",
        // Spanish "acaso" (2026-12-01, tenth session): "¿Acaso las personas trans no son enfermos mentales?".
        "acaso",
    ]

    /// Subject pronouns that French puts after the verb to ask ("sont-ils", "ne sont-elles pas").
    static let invertedPronouns: [String] = ["ils", "elles"]

    /// "Like everyone else", "como los demás", "comme les autres", "zoals wij", "som alla andra": a group said to be
    /// as others are (``FeatureExtractor/affirmsByNegatedQuestion(_:)``). Written normalised.
    static let sameAsOthers: [String] = [
        "like everyone else", "like everybody else", "like the rest of us", "like us", "just like us",
        "como los demas", "como todos", "como nosotros", "comme les autres", "comme tout le monde", "comme nous",
        "zoals iedereen", "zoals wij", "net als wij", "net als iedereen", "som alla andra", "som vi", "com els altres",
    ]
}
