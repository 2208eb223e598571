extension Lexicon {
    // Words of ``FeatureExtractor/reportsGroupEvent(_:language:)``: a group said to have arrived, gathered,
    // celebrated or waited, plainly ("Refugees arrived in Lesbos yesterday", "Les réfugiés sont arrivés hier",
    // "Vluchtelingen wachten maanden op een beslissing"). Written normalised (lower case, no diacritics).

    /// Verbs of a neutral event a group takes part in: arriving, gathering, celebrating, marching, meeting, waiting,
    /// queuing, attending. Not voting, praying, working or coming: hateful messages make claims of those without a
    /// hostile word ("Women vote with their feelings", "Muslims pray in the street to show who rules").
    static let eventVerbs: [String] = [
        "arrived", "arrive", "arrives", "arriving", "gathered", "gather", "gathering", "celebrated", "celebrate",
        "celebrating", "marched", "marching", "waited", "wait", "waiting", "queued", "queuing", "queueing",
        "attended", "assembled", "landed", "disembarked", "rallied", "flee", "fled", "fleeing", "huyen", "huyeron",
        "fuient", "fuyaient", "vluchten", "vluchtten", "flyr", "flydde", "fugen",
        "llegaron", "llegan", "llego", "llegado", "llegados", "llegadas", "llegaban", "reunieron", "reunen",
        "reunido", "reunidos", "celebraron", "celebran", "celebrado", "esperan", "esperaron", "esperaban",
        "marcharon", "desembarcaron", "asistieron", "congregaron", "concentraron",
        "arrivees", "arrivent", "arrivaient", "arriverent", "reunis", "reunies", "rassembles",
        "rassemblees", "celebre", "fete", "attendent", "attendu", "attendaient", "defile", "debarques",
        "debarquees", "debarque",
        "arriveerden", "arriveren", "aangekomen", "verzamelden", "vierden", "wachten", "wachtten", "marcheerden",
        "landden", "kwamen",
        "arribar", "arriben", "arribaren", "arribat", "arribats", "reunir", "celebrar", "esperen", "esperaven",
        "anlande", "anlant", "samlades", "firade", "vantar", "vantade", "marscherade", "kom",
    ]

    /// Verbs of ``eventVerbs`` that name an event only with a particle in their clause: Dutch "kwamen … aan",
    /// "kwamen … samen", Swedish "kom till …" ("Moslims kwamen hier" alone is how a claim of invasion opens).
    static let particleEventVerbs: [String] = ["kwamen", "kom"]

    /// The particles of ``particleEventVerbs``.
    static let eventParticles: [String] = ["aan", "samen", "till"]

    /// Words that may stand between the group and the verb: auxiliaries, reflexives, words of time ("Les
    /// musulmans se sont réunis", "De vluchtelingen zijn gisteren aangekomen"). A subject of its own does not ("Most
    /// gay people I've met have been …").
    static let eventAuxiliaries: [String] = [
        "have", "had", "has", "were", "are", "finally", "also", "already", "first", "today", "yesterday", "sont",
        "ont", "se", "s", "etaient", "avaient", "hier", "enfin", "deja", "aussi", "han", "habian", "ya", "ayer", "hoy",
        "tambien", "zijn", "waren", "hebben", "hadden", "gisteren", "vandaag", "eindelijk", "van", "es", "ahir",
        "avui", "har", "hade", "igar", "idag", "aven", "redan", "aquest", "finalment",
    ]

    /// Words after the verb that turn a report into a claim: a purpose ("to live off …", "pour profiter …"), a
    /// second verb joined on ("… and the thefts began", "… y empezaron los robos"), a likeness ("like locusts"), us
    /// against them ("our beaches", "nuestros impuestos"), a benefit ("free houses"). The report of an event goes
    /// on only with where and when.
    static let eventTailStops: [Language: [String]] = [
        .en: [
            "to", "and", "like", "as", "our", "us", "we", "ours", "free", "so", "because", "then", "again", "more",
        ],
        .es: [
            "para", "y", "e", "como", "nuestro", "nuestra", "nuestros", "nuestras", "nos", "nosotros", "gratis",
            "porque", "otra", "mas",
        ],
        .fr: [
            "pour", "et", "comme", "notre", "nos", "nous", "gratuit", "gratuits", "gratuites", "parce", "encore",
            "plus",
        ],
        .nl: ["om", "en", "als", "onze", "ons", "wij", "we", "gratis", "omdat", "weer", "meer"],
        .ca: ["per", "i", "com", "nostre", "nostra", "nostres", "nosaltres", "gratis", "perque", "mes"],
        .sv: ["for", "att", "och", "som", "vara", "vart", "oss", "vi", "gratis", "eftersom", "igen", "mer"],
    ]

    /// Words of number before the group ("Hundreds of refugees arrived …", "Des centaines de migrants …").
    static let quantityWords: [String] = [
        "hundreds", "thousands", "dozens", "some", "several", "many", "cientos", "miles", "decenas", "muchos",
        "muchas", "varios", "varias", "centaines", "milliers", "dizaines", "plusieurs", "nombreux", "nombreuses",
        "des", "honderden", "duizenden", "tientallen", "enkele", "veel", "centenars", "milers", "desenes",
        "hundratals", "tusentals", "tiotals", "flera", "manga",
    ]

    /// The tables of ``FeatureExtractor/reportsGroupEvent(_:language:)``, built once.
    struct NewsReportTables: Sendable {
        let verbs = WordSet(Lexicon.eventVerbs)
        let particleVerbs = WordSet(Lexicon.particleEventVerbs)
        let particles = WordSet(Lexicon.eventParticles)
        let quantities = WordSet(Lexicon.quantityWords)
        let auxiliaries = WordSet(Lexicon.eventAuxiliaries)
        /// ``Lexicon/eventTailStops`` of each language, with the English ones (short English messages are often
        /// identified as another language).
        let tailStops: [Language: WordSet] = Dictionary(
            uniqueKeysWithValues: Language.allCases.map { language in
                let words = (Lexicon.eventTailStops[language] ?? []) + (Lexicon.eventTailStops[.en] ?? [])
                return (language, WordSet(words))
            })
    }

    static let newsReports = NewsReportTables()
}
