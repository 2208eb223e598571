extension Lexicon {
    /// Negators that deny what follows them in a clause about a group: "Jewish people do *not* control the banks",
    /// "les migrants ne sont *pas* des voleurs". Words that deny by quantity ("no", "geen", "aucun", "nothing":
    /// "Muslims have no soul") or for all time ("never": "Muslims never integrate") say something of the group
    /// themselves and are left out. Read by ``FeatureExtractor/deniesHostileClaim(_:)``. Written normalised.
    static let claimNegators: [String] = [
        "not", "dont", "doesnt", "arent", "isnt", "wont", "didnt", "werent", "wasnt", "cant", "cannot", "no", "ne",
        "n", "pas", "niet", "inte", "ej",
    ]

    /// The English "no" is a determiner ("have no soul"); it denies a claim only in the languages where it is the
    /// sentence's negator (Spanish, Catalan).
    static let determinerNegatorLanguages: Set<Language> = [.en, .nl, .sv, .fr]

    /// Words after which a denial goes on to say more than it denies ("Muslims won't stop *until* …", "I would
    /// never hit a woman *but* …").
    static let denialBlockers: [String] = [
        "until", "unless", "till", "hasta", "jusqu", "jusqua", "tant", "tot", "totdat", "tills", "fins", "but",
        "however", "pero", "mais", "maar", "echter", "dock",
    ]

    /// Harms a speaker may refuse to do to a group — hurt, judge, insult, mock, exclude, hate — and their passive
    /// forms ("je ne veux pas que les musulmans soient *stigmatisés*"), in every language: "I would never judge a
    /// Muslim for their faith" (0.51) refuses harm, not company (``FeatureExtractor/refusesHarmToGroup()``).
    static let harmVerbs: [String] = [
        "hurt", "harm", "judge", "insult", "mock", "offend", "attack", "hit", "harass", "bully", "discriminate",
        "exclude", "hate", "blame", "stereotype", "stigmatise", "stigmatize", "humiliate", "abuse", "threaten",
        "insulted", "mocked", "attacked", "harassed", "bullied", "excluded", "blamed", "stigmatised",
        "stigmatized", "humiliated", "abused", "threatened", "judged", "hated", "treated",
        "herir", "danar", "juzgar", "insultar", "burlarme", "atacar", "pegar", "acosar", "discriminar", "excluir",
        "odiar", "culpar", "estigmatizar", "humillar", "amenazar", "insultados", "atacados", "discriminados",
        "excluidos", "estigmatizados", "humillados", "juzgados", "tratados", "blesser", "juger", "insulter",
        "moquer", "attaquer", "frapper", "harceler", "discriminer", "exclure", "hair", "blamer", "stigmatiser",
        "humilier", "menacer", "insultes", "attaques", "harceles", "discrimines", "exclus", "stigmatises",
        "humilies", "juges", "traites", "pijn", "kwetsen", "veroordelen", "beledigen", "uitschelden", "bespotten",
        "aanvallen", "slaan", "pesten", "discrimineren", "uitsluiten", "haten", "beschuldigen", "stigmatiseren",
        "vernederen", "bedreigen", "beledigd", "aangevallen", "gepest", "gediscrimineerd", "uitgesloten",
        "gestigmatiseerd", "behandeld", "skada", "doma", "forolampa", "hana", "attackera", "sla", "trakassera",
        "diskriminera", "utesluta", "hata", "ferir", "jutjar", "insultar", "discriminar",
    ]

    /// Participles that make a group the one wronged in a simile with animals: treated, herded, caged, hunted
    /// (``FeatureExtractor/reportsGroupTreatedAsAnimals(_:)``). Passive forms only: "treat them like …" is a call.
    static let simileWrongs: [String] = [
        "treated", "herded", "hunted", "slaughtered", "caged", "locked", "crammed", "packed", "penned", "sold",
        "tratados", "tratadas", "cazados", "masacrados", "encerrados", "hacinados", "vendidos", "traites",
        "traitees", "chasses", "massacres", "enfermes", "entasses", "parques", "vendus", "behandeld", "opgejaagd",
        "afgeslacht", "opgesloten", "opgehokt", "verkocht", "behandlas", "behandlade", "jagade", "slaktade",
        "tractats", "tancats",
    ]

    /// Livestock, which only a wrong done to a group likens it to ("treated like cattle").
    static let livestockWords: [String] = [
        "cattle", "livestock", "sheep", "ganado", "ovejas", "reses", "betail", "moutons", "vee", "schapen", "boskap",
        "far", "bestiar",
    ]

    /// Words of desert that make a wrong a wish ("they deserve to be treated like dogs").
    static let desertWords: [String] = [
        "deserve", "deserves", "merecen", "merece", "meritent", "merite", "verdienen", "verdient", "fortjanar",
        "mereixen",
    ]

    /// The tables of ``FeatureExtractor/deniesHostileClaim(_:)`` and ``FeatureExtractor/refusesHarmToGroup()``,
    /// built once.
    struct DenialTables: Sendable {
        let negators = WordSet(Lexicon.claimNegators)
        let blockers = WordSet(Lexicon.denialBlockers)
        let no = FNV.hash("no")
        /// French "ne" denies only with "pas"; "ne … rien", "ne … jamais", "ne … que" say something of the group
        /// ("Les handicapés ne servent à rien").
        let ne = WordSet(["ne", "n"])
        let pas = FNV.hash("pas")
        let harms = WordSet(Lexicon.harmVerbs)
        let than = WordSet(Lexicon.thanWords)
        let wrongs = WordSet(Lexicon.simileWrongs)
        let livestock = WordSet(Lexicon.livestockWords)
        let desert = WordSet(Lexicon.desertWords)
    }

    static let denials = DenialTables()
}
