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
        // Killing and beating (2026-11-30, seventh session): "Killing Jews is never acceptable", "Tuer des juifs n'est
        // jamais acceptable".
        "killing", "beating", "hurting", "matar", "pegar", "tuer", "frapper", "doden", "vermoorden", "slaan",
        "doda", "sla",
        // 2026-12-01 (twelfth session): threats and words aimed at a group ("Threatening trans people is a crime"
        // 0.61, "Telling lesbians they just need the right man is homophobic" 0.54).
        "threatening", "telling", "calling", "comparing", "persecuting", "targeting", "shaming", "stereotyping",
        "demonising", "demonizing", "dehumanising", "dehumanizing", "humiliating", "deporting", "saying",
    ]

    /// Copulas after the harm and its group: "is", "es", "está", "est", "är", and the plural ones an act's nouns
    /// take ("… son asquerosas").
    static let condemningCopulas: [String] = [
        "is", "es", "esta", "est", "ar", "was", "era", "etait", "are", "son", "sont", "zijn", "were", "eran",
        "etaient", "estan", "var", "waren",
    ]

    /// Words of a predicate that condemn the harm, beside counter-speech cues and reactions: "… is for cowards",
    /// "… está mal", "… es ilegal", "… c'est lamentable".
    static let condemningPredicates: [String] = [
        "cowards", "cowardly", "illegal", "pathetic", "stupid", "ignorant", "cruel", "mal", "cobardes", "cobarde",
        "ilegal", "lamentable", "patetico", "estupido", "ignorante", "cruel", "transfobia", "transphobia",
        "laches", "lache", "illegal", "pathetique", "stupide", "transphobie", "laf", "lafhartig", "dom", "zielig",
        "strafbaar", "fegt", "olagligt", "dumt", "hate", "odio", "haine", "haat",
        // 2026-12-01 (twelfth session): a crime, an offence, monstrous ("Threatening trans people is a crime").
        "crime", "offence", "offense", "delito", "delit", "misdrijf", "brott", "monstrous",
    ]

    /// Words of acceptance that condemn the harm when negated: "… is never acceptable", "… n'est jamais
    /// acceptable", "… no es aceptable", "… is niet oké", "… is not OK".
    static let acceptanceWords: [String] = [
        "acceptable", "ok", "okay", "justified", "justifiable", "right", "normal", "aceptable", "justificable",
        "justificado", "bien", "justifie", "permis", "acceptabel", "toelaatbaar", "oke", "goed", "normaal",
        "acceptabelt", "okej", "ratt",
    ]

    /// Nouns of acts aimed at a group that open such a subject, after a determiner at most: "*Esas pintadas*
    /// contra los judíos son asquerosas", "*Your tweet* about trans people is disgusting", "*Les insultes* contre
    /// les Roms sont …". A hostile word in the predicate condemns the act, not the group.
    static let actNouns: [String] = [
        "graffiti", "insults", "attacks", "comments", "comment", "jokes", "tweets", "tweet", "posts", "post",
        "remarks", "slurs", "chants", "pintadas", "insultos", "ataques", "comentarios", "comentario", "chistes",
        "tuits", "tuit", "mensajes", "mensaje", "insultes", "attaques", "commentaires", "commentaire", "blagues",
        "tags", "propos", "leuzen", "beledigingen", "aanvallen", "opmerkingen", "opmerking", "grappen", "klotter",
        "angrepp", "kommentarer", "kommentar", "skamt", "pintades", "atacs", "comentaris", "acudits",
    ]

    /// Determiners before such a noun: "these", "your", "esas", "tu", "ces", "les", "deze", "dessa".
    static let actDeterminers: [String] = [
        "the", "these", "those", "this", "that", "your", "his", "her", "their", "los", "las", "el", "la", "esas",
        "esos", "estas", "estos", "ese", "esa", "este", "esta", "tu", "tus", "su", "sus", "les", "ces", "ce",
        "cette", "le", "ton", "ta", "tes", "ses", "leurs", "de", "het", "deze", "die", "dat", "je", "jouw", "zijn",
        "haar", "hun", "dessa", "din", "ditt", "dina", "els", "aquestes", "aquests", "aquest", "aquesta",
    ]

    /// Prepositions that aim such an act at the group: "against", "about", "contra", "sobre", "contre", "tegen".
    static let actPrepositions: [String] = [
        "against", "about", "on", "towards", "toward", "targeting", "contra", "sobre", "hacia", "contre", "sur",
        "envers", "tegen", "over", "jegens", "mot", "om", "cap",
    ]

    /// Verdicts on a harm that need no copula: "Odiar a los gitanos no te hace mejor persona", "Hating Muslims
    /// doesn't make you a better person", "Haïr les juifs ne fait pas de toi un homme".
    static let harmVerdicts: [String] = [
        "doesnt make you", "does not make you", "wont make you", "will not make you", "no te hace", "no os hace",
        "no les hace", "ne fait pas de toi", "ne fait pas de vous", "ne te rend pas", "ne vous rend pas",
        "maakt je niet", "maakt je geen", "maakt jou niet", "gor dig inte", "gor dig inte till", "no et fa",
    ]

    /// What such a verdict denies, within three words after it: a better person, a man, a patriot ("… doesn't
    /// make you a racist" defends the harm, and is not read).
    static let verdictGoods: [String] = [
        "better", "man", "strong", "tough", "brave", "patriot", "hero", "mejor", "hombre", "fuerte", "valiente",
        "patriota", "heroe", "meilleur", "meilleure", "homme", "fort", "courageux", "patriote", "heros", "beter",
        "betere", "sterker", "stoer", "held", "battre", "starkare", "modig", "hjalte", "millor", "home",
    ]

    /// Verbs of disgust said of an act aimed at a group, with no copula: "Esos comentarios contra los judíos *me
    /// dan asco*", "Ces blagues sur les Roms *me dégoûtent*" (2026-12-01, fourteenth session: 0.49 and 0.55).
    /// Only phrases with the speaker as object: "de mierda" after the group is no verdict on the act.
    static let actDisgustPhrases: [String] = [
        "disgust me", "sicken me", "make me sick", "make me want to puke", "make me want to vomit", "repulse me",
        "me dan asco", "me repugnan", "me asquean", "me enferman", "me dan ganas de vomitar", "me indignan",
        "me parecen asquerosos", "me parecen asquerosas", "me parecen vergonzosos",
        "me degoutent", "me degoute", "me font vomir", "me donnent envie de vomir", "me font gerber", "me debectent",
        "me repugnent", "me revoltent", "me revolte", "me choquent", "walgen me", "walgen mij", "maken me ziek",
        "maken mij ziek", "doen me walgen", "maken me misselijk", "acklar mig", "gor mig illamaende",
        "em fan fastic",
    ]

    /// The tables of ``FeatureExtractor/condemnsHarmAsSubject(_:)``, built once.
    struct HarmCondemnedTables: Sendable {
        let harms = WordSet(Lexicon.subjectHarms)
        let copulas = WordSet(Lexicon.condemningCopulas)
        let predicates = WordSet(Lexicon.condemningPredicates)
        let acceptance = WordSet(Lexicon.acceptanceWords)
        let acts = WordSet(Lexicon.actNouns)
        let determiners = WordSet(Lexicon.actDeterminers)
        let prepositions = WordSet(Lexicon.actPrepositions)
        let verdicts = PhraseTable(Lexicon.harmVerdicts)
        let goods = WordSet(Lexicon.verdictGoods)
        let disgust = PhraseTable(Lexicon.actDisgustPhrases)
    }

    static let harmCondemned = HarmCondemnedTables()
}
