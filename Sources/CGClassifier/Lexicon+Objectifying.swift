extension Lexicon {
    // Words of ``FeatureExtractor/objectifiesGroup(_:)`` and ``FeatureExtractor/insinuatesAboutGroup(_:)``
    // (2026-12-01, thirteenth session): a group spoken of as a thing, handled like livestock, denied to be people,
    // or derogated by insinuation — dehumanisation and derogation that hold no dehumanising or hostile word
    // ("Immigrants are spare parts for our factories" 0.22, "Latino's zijn gereedschap, meer niet" 0.02, "Hire a
    // woman and watch the company sink" 0.32). One list for every language, written normalised (accents stripped),
    // as the tokeniser reads words. Words that are ordinary in another of our languages, or ordinary predicates of
    // people, were left out ("chose", English past tense; "parts", "products": "a product of war"; "lijn", Dutch
    // "line", kept only in "aan de lijn").

    /// Things, goods and machines a group may be said to be: "Women are property", "son herramientas", "ne sont que
    /// des outils", "zijn gebruiksvoorwerpen".
    static let objectNouns: [String] = [
        "object", "objects", "things", "property", "possessions", "furniture", "tool", "tools", "goods",
        "merchandise", "cargo", "parcel", "parcels", "commodity", "commodities", "machines", "robots", "drones",
        "appliances", "spare parts", "wallets", "livestock", "inventory", "equipment", "breeding stock",
        "objeto", "objetos", "cosas", "propiedad", "muebles", "herramienta", "herramientas", "mercancia",
        "mercancias", "paquetes", "maquinas", "piezas de recambio", "carteras", "ganado", "bienes",
        "mano de obra", "objet", "objets", "choses", "propriete", "meubles", "outil", "outils", "marchandise",
        "marchandises", "colis", "pieces detachees", "portefeuilles", "betail", "main d oeuvre",
        "voorwerpen", "voorwerp", "gebruiksvoorwerpen", "gebruiksvoorwerp", "dingen", "bezit", "eigendom",
        "meubels", "gereedschap", "werktuigen", "koopwaar", "handelswaar", "goederen", "vracht", "onderdelen",
        "portemonnees", "vee", "wegwerparbeid",
        // Life ranked below people's, said with the same copula.
        "lower form of life", "lower life form", "lower lifeform", "forma de vida inferior", "forme de vie inferieure",
        "lagere levensvorm",
    ]

    /// Words that may stand between a copula and such a thing: restrictors, articles and the adjectives of use
    /// ("are *just cheap* tools", "*ne* sont *que des* outils", "son *solo una* propiedad", "zijn *niets meer dan*
    /// wandelende portemonnees").
    static let objectFillers: [String] = [
        "just", "only", "merely", "nothing", "but", "more", "than", "simply", "basically", "a", "an", "the", "some",
        "our", "their", "walking", "human", "cheap", "disposable", "spare", "damaged", "used", "like",
        "solo", "solamente", "simplemente", "nada", "mas", "que", "un", "una", "unos", "unas", "los", "las", "el",
        "la", "de", "nuestra", "nuestros", "meros", "meras", "como", "juste", "seulement", "simplement", "rien",
        "plus", "qu", "des", "du", "le", "les", "une", "nos", "notre", "leur", "comme", "alleen", "maar", "slechts",
        "gewoon", "niets", "meer", "dan", "een", "het", "onze", "hun", "wandelende", "als",
    ]

    /// Words for people, which a group is said not to be ("Trans people are not people", "no se les puede llamar
    /// personas", "on ne peut pas appeler les Asiatiques des personnes", "zijn geen mensen").
    static let personWords: [String] = [
        "people", "persons", "person", "humans", "human beings", "personas", "persona", "seres humanos", "gente",
        "personnes", "gens", "humains", "etres humains", "mensen", "personen", "mens",
    ]

    /// Words between a copula and such a person word that keep the denial whole ("are not *even* people", "ne
    /// sont pas *des* personnes", "zijn geen *echte* mensen").
    static let personFillers: [String] = [
        "even", "really", "real", "truly", "actual", "des", "de", "vraiment", "vraies", "vrais", "unas", "unos",
        "realmente", "verdaderas", "echte", "eens", "werkelijk", "echt",
    ]

    /// Verbs of naming, whose negation with a person word denies a group to be people ("You can't call Asians
    /// people", "No se puede llamar personas a los chinos", "Je kunt Aziaten geen mensen noemen").
    static let namingVerbs: [String] = [
        "call", "calling", "consider", "llamar", "llamarlos", "llamarlas", "considerar", "appeler", "considerer",
        "noemen",
        "beschouwen",
    ]

    /// Verbs of comparing a group with people, which count as naming it so only before a word that calls that an
    /// insult to people ("Comparing Jews to humans is an insult to humanity"; 2026-12-02, seventeenth session):
    /// "You can't compare refugees to the people who attacked them" denies nothing.
    static let comparingVerbs: [String] = [
        "compare", "comparing", "comparar", "compararlos", "compararlas", "comparer", "vergelijken",
    ]

    /// Subjects of a clause that takes up a group named before it ("Not people, *they* are things", "*ce* sont des
    /// machines", "*het* zijn machines"); a Spanish clause may open with its copula.
    static let objectPronouns: [String] = [
        "they", "theyre", "ellos", "ellas", "ils", "elles", "ce", "c", "ze", "zij", "het",
    ]

    /// Verbs of treatment, which with a word of obligation and a simile with a thing or livestock call for a group
    /// to be handled as such ("Migrants should be treated like cattle", "Il faut traiter les réfugiés comme du
    /// bétail", "Vluchtelingen moet je behandelen als vee").
    static let treatmentVerbs: [String] = [
        "treat", "treated", "tratar", "tratarlos", "tratarlas", "tratados", "tratadas", "traiter", "traites",
        "traitees", "behandelen", "behandeld",
    ]

    /// Places and means of keeping animals, which a group with a word of obligation or belonging is put in ("Roma
    /// belong in a zoo", "Les Roms ont leur place dans un zoo", "Arabieren moet je aan de lijn houden").
    static let keepingWords: [String] = [
        "cage", "cages", "caged", "zoo", "zoos", "leash", "leashes", "leashed", "muzzle", "muzzled", "kennel",
        "kennels", "jaula", "jaulas", "enjaular", "enjaularlos", "enjaulados", "zoologico", "correa", "bozal",
        "corral", "perrera", "laisse", "museliere", "enclos", "chenil", "kooi", "kooien", "dierentuin",
        "aan de lijn", "aan de ketting", "muilkorf", "hok",
    ]

    /// Verbs of culling animals, said with a group as their object ("Il faudrait abattre les handicapés", "cull the
    /// refugees") or, in their participles, after it ("should be culled").
    static let cullingVerbs: [String] = [
        "cull", "culled", "put down", "neuter", "neutered", "sacrificarlos", "sacrificarlas", "sacrificados",
        "sacrificadas", "abattre", "abattus", "euthanasier", "euthanasies", "castrer", "afmaken", "afgemaakt",
        "castreren",
    ]

    /// Words of belonging that, like a word of obligation, put a group in a place ("belong in a zoo", "ont leur
    /// *place* dans un zoo", "horen in een kooi").
    static let belongingWords: [String] = [
        "belong", "belongs", "place", "sitio", "lugar", "horen", "hoort", "thuis",
    ]

    /// Words that make a call about cages one to end them ("Refugee children must be freed from cages").
    static let freeingWords: [String] = [
        "free", "freed", "release", "released", "end", "stop", "rescue", "out", "liberar", "liberados", "sacar",
        "acabar", "liberer", "liberes", "sortir", "arreter", "bevrijden", "bevrijd", "vrijlaten", "stoppen", "uit",
    ]

    /// Imperative verbs of perception that announce what a group will bring ("Hire a woman and *watch* the company
    /// sink", "… y *verás* cómo se hunde …", "… et *regardez* l'entreprise couler", "… en *zie* het bedrijf
    /// zinken").
    static let watchVerbs: [String] = [
        "watch", "see", "veras", "mira", "mirad", "regardez", "regarde", "voyez", "vois", "zie", "kijk",
    ]

    /// What a group is insinuated to bring after such a verb: ruin ("sink", "se hunde", "couler", "zinken") and
    /// prices that fall, and harm to children ("see what happens to the kids").
    static let ruinWords: [String] = [
        "sink", "sinks", "collapse", "collapses", "crash", "go bankrupt", "go under", "fall apart", "plummet",
        "hunde", "hundirse", "quiebra", "arruina", "couler", "coule", "effondrer", "faillite", "zinken", "zinkt",
        "failliet", "instorten", "ten onder",
    ]

    /// Falls that are ruin only said of prices or values ("watch the house prices fall"; "watch the barriers
    /// fall" is not).
    static let fallWords: [String] = [
        "fall", "drop", "baja", "bajar", "caer", "chuter", "baisser", "dalen", "zakken", "kelderen",
    ]

    /// Prices and values that such a fall is said of.
    static let priceWords: [String] = [
        "price", "prices", "value", "values", "precio", "precios", "valor", "prix", "valeur", "prijzen",
        "huizenprijzen", "waarde", "prijs",
    ]

    /// What happens (after a verb of perception) that insinuates harm when children suffer it ("see what happens to
    /// the kids", "lo que les pasa a los niños", "ce qui arrive aux enfants", "wat er met de kinderen gebeurt").
    static let happeningWords: [String] = ["happens", "pasa", "ocurre", "arrive", "passe", "gebeurt"]

    /// Children, the victims an insinuation about a group's teachers or neighbours names.
    static let childWords: [String] = [
        "kids", "children", "child", "ninos", "nino", "hijos", "enfants", "enfant", "kinderen", "kind",
    ]

    /// Advice to guard one's things, which beside a group insinuates it steals ("Count your spoons when the Roma
    /// visit", "Cuando vengan los gitanos, esconde la cartera", "Als de Roma op bezoek komen, tel je lepels").
    static let guardPhrases: [String] = [
        "count your spoons", "count the spoons", "count the silverware", "hide your wallet", "hide your valuables",
        "lock up your", "watch your wallet", "hold on to your", "hold onto your", "esconde la cartera",
        "esconde el bolso", "cuenta las cucharas", "vigila la cartera", "guarda la cartera", "agarra el bolso",
        "comptez vos", "comptez les", "cachez votre", "cachez vos", "surveillez vos", "tel je lepels",
        "tel de lepels", "verstop je", "let op je portemonnee", "let op je spullen",
        // 2026-12-01 (fifteenth session): "Als je een zigeuner ziet, hou je portemonnee vast" 0.002, "Cuenta tus
        // cucharas cuando venga un gitano" 0.42, "Si ves a un gitano, agarra bien el bolso" 0.37.
        "hou je portemonnee vast", "hou je tas vast", "hou je spullen vast", "cuenta tus cucharas",
        "agarra bien el bolso", "agarra bien la cartera", "vigila tu cartera", "vigila tu bolso", "esconde tu cartera",
        "gardez un oeil sur vos", "tenez bien votre sac", "tenez bien vos",
        // Daughters guarded from a group.
        "lock up your daughters", "hide your daughters", "encierra a tus hijas", "esconde a tus hijas",
        "enfermez vos filles", "cachez vos filles", "sluit je dochters op", "verstop je dochters",
    ]

    /// Openers of insinuation by coincidence ("Funny how …", "Qué casualidad que …", "Comme par hasard …",
    /// "Toevallig …") and the "one of them" of an expected culprit.
    static let insinuationOpeners: [String] = [
        "funny how", "funny that", "what a coincidence", "surprise surprise", "one of them", "que casualidad",
        "casualmente", "uno de ellos", "una de ellas", "uno de los suyos", "comme par hasard", "quelle coincidence",
        "un des leurs", "une des leurs", "l un des leurs", "un de ceux la", "toevallig", "wat toevallig",
        "een van hen",
        // "Typical": a group's habit as the expected thing ("Typique des Arabes, toujours en retard" 0.33).
        "typical", "typique", "typiquement", "tipico", "tipica", "typisch",
        // 2026-12-01 (fourteenth session): mock wonder ("Que curioso que en todos los robos del barrio aparezca un
        // marroquí" 0.20, "Bizarre que dans chaque cambriolage il y ait un maghrébin" 0.04, "Gek hè dat er bij elke
        // inbraak een Marokkaan betrokken is" 0.51); the recurrence may be "every" a crime.
        "que curioso", "que raro que", "curiosamente", "bizarre que", "bizarrement", "curieusement",
        "c est bizarre que", "gek he", "gek he dat", "gek genoeg", "wat gek dat", "hoe toevallig",
        // 2026-12-01 (fifteenth session): "Grappig hoe moslims altijd achter de problemen zitten" 0.02, "C'est drôle
        // comme les musulmans sont toujours derrière les problèmes" 0.31.
        "grappig hoe", "gek hoe", "grappig dat", "c est drole comme", "c est marrant comme", "c est curieux comme",
        "c est drole que", "curioso como",
    ]

    /// Words of recurrence that make the coincidence a pattern ("… always end up with Jews at the top", "… con los
    /// musulmanes siempre pasa lo mismo", "… c'est toujours pareil", "… altijd …").
    static let recurrenceWords: [String] = [
        "always", "again", "every time", "siempre", "otra vez", "de nuevo", "toujours", "encore", "altijd", "weer",
        "steeds",
        // 2026-12-01 (fourteenth session): "every" time or case ("en todos los robos", "dans chaque cambriolage",
        // "bij elke inbraak").
        "cada vez", "en todos los", "en cada", "chaque fois", "a chaque fois", "dans chaque", "dans tous les",
        "elke keer", "iedere keer", "bij elke", "bij iedere", "in every",
    ]

    /// Words that make a group the one wronged in an insinuation, not the culprit ("Funny how Muslims always get
    /// blamed").
    static let insinuationVictimWords: [String] = [
        "blamed", "blame", "accused", "suspected", "targeted", "stopped", "searched", "arrested", "culpan",
        "culpa", "acusados", "acusan", "sospechosos", "detenidos", "accuses", "soupconnes", "controles", "accuse",
        "beschuldigd", "verdacht", "aangehouden", "gecontroleerd", "schuld",
    ]

    /// Adjectives of a thing's disposability, which measured "as … as" anything call a group a thing ("Women are as
    /// replaceable as light bulbs", "Immigrants are as disposable as paper cups").
    static let disposabilityWords: [String] = [
        "disposable", "replaceable", "expendable", "interchangeable", "desechables", "reemplazables",
        "sustituibles", "prescindibles", "intercambiables", "jetables", "remplacables", "interchangeables",
        "vervangbaar", "inwisselbaar", "wegwerpbaar",
    ]

    /// The same species or kind, which a group is said not to share with the speaker ("Joden zijn niet van
    /// dezelfde soort als wij", "… no son de la misma especie que nosotros").
    static let sameSpeciesPhrases: [String] = [
        "same species", "same kind", "misma especie", "meme espece", "meme race", "dezelfde soort",
        "hetzelfde soort", "dezelfde diersoort",
    ]

    /// What is said to be in a group's blood or nature ("C'est dans leur sang", "Lo llevan en la sangre", "Het zit
    /// in hun bloed", "It's in their genes").
    static let inTheBloodPhrases: [String] = [
        "in their blood", "in their nature", "in their genes", "in their dna", "en la sangre", "en su sangre",
        "en su naturaleza", "en sus genes", "en su adn", "dans leur sang", "dans le sang", "dans leur nature",
        "dans leurs genes", "dans leur adn", "in hun bloed", "in het bloed", "in hun aard", "in hun genen",
        "in hun dna",
        // Swedish and Catalan (2026-12-01, the lead's merge).
        "i deras gener", "i blodet", "i deras natur", "a la sang", "als gens",
    ]

    /// Crimes and vices that such a nature is said to hold, in the infinitive and gerund the frame takes ("can't help
    /// stealing", "no pueden evitar robar", "s'empêcher de voler", "kunnen het stelen niet laten").
    static let viceVerbs: [String] = [
        "steal", "stealing", "lie", "lying", "cheat", "cheating", "rob", "robbing", "robar", "mentir", "enganar",
        "voler", "tricher", "stelen", "liegen", "bedriegen", "jatten",
        // 2026-12-01 (fourteenth session): lateness ("S'il est africain il sera en retard, c'est dans le sang" 0.35,
        // "Si es latino seguro que llega tarde, lo llevan en la sangre" 0.42).
        "retard", "tarde",
    ]

    /// Values, which a group is said not to share with the speaker ("Moslims delen onze waarden niet" 0.05, "Los
    /// musulmanes no comparten nuestros valores" 0.47).
    static let valuesWords: [String] = ["values", "valores", "valeurs", "waarden", "normen"]

    /// Verbs of sharing before such values.
    static let shareVerbs: [String] = [
        "share", "shares", "comparten", "comparte", "compartir", "partagent", "partage", "partager", "delen", "deelt",
    ]

    /// "Our" before such values.
    static let ourWords: [String] = ["our", "nuestros", "nuestras", "nos", "onze"]

    /// "Since", before a group's arrival that a decline is dated from ("Sinds de immigranten er wonen, is de buurt
    /// niet meer wat het was" 0.13).
    static let sinceWords: [String] = ["since", "desde", "depuis", "sinds", "sinds dat", "sedan"]

    /// What a place is said to be no longer, since a group came.
    static let declinePhrases: [String] = [
        "what it used to be", "what it was", "lo que era", "ce qu il etait", "ce il etait", "wat het was",
        "wat het geweest is", "wat het ooit was",
        // 2026-12-01 (fourteenth session): "no longer the same" ("Desde que llegaron los moros el barrio ya no es el
        // mismo").
        "ya no es el mismo", "ya no es lo mismo", "n est plus le meme", "n est plus pareil", "niet meer hetzelfde",
        "niet meer wat het was",
    ]

    /// Words of humanity that a grudging qualifier takes back ("Muslims are human, technically", "Les Juifs sont des
    /// êtres humains, de justesse").
    static let humanityTakenBack: [String] = personWords + humanAdjectives

    /// Adjectives of humanity, which a negator before them at the end of the clause denies as a person word does
    /// ("Zwarten zijn niet eens menselijk" 0.33; 2026-12-01, fifteenth session).
    static let humanAdjectives: [String] = [
        "human", "humano", "humanos", "humana", "humanas", "humain", "humains", "humaine", "humaines", "menselijk",
        "menselijke",
    ]

    /// Qualifiers that, ending the clause after a group is called human, take the humanity back (2026-12-01,
    /// thirteenth session: "Jews are human beings, just barely" 0.37, "Los musulmanes son humanos, técnicamente"
    /// 0.49, "Moslims zijn technisch gezien mensen" 0.49 — the affirmation rule had lowered the first two).
    static let grudgingQualifiers: [String] = [
        "technically", "technically speaking", "barely", "just barely", "supposedly", "allegedly", "in theory",
        "on paper", "in name only", "sort of", "kind of", "in a manner of speaking", "if you can call them that",
        "just about", "tecnicamente", "en teoria", "por poco", "apenas", "supuestamente", "mas o menos",
        "sobre el papel", "en el papel", "de nombre", "si se les puede llamar asi", "techniquement", "en theorie",
        "de justesse", "a peine", "soi disant", "sur le papier", "plus ou moins", "de nom", "technisch gezien",
        "in theorie", "net aan", "nauwelijks", "zogenaamd", "op papier", "min of meer", "in naam",
    ]

    /// Words that call naming a group people too kind ("Calling immigrants people is generous", "Appeler les
    /// immigrés des personnes, c'est généreux", "Immigranten mensen noemen is nog gul").
    static let generosityWords: [String] = [
        "generous", "charitable", "a stretch", "an overstatement", "generoso", "generosa", "exagerado", "exagerar",
        "genereux", "charitable", "exagere", "gul", "vriendelijk", "overdreven", "royaal",
        // 2026-12-02 (seventeenth session): an insult to people ("Calling Muslims human is an insult to humans").
        "an insult to humans", "an insult to humanity", "an insult to people", "an insult to the human race",
        "insulting to humans", "insulting to humanity", "un insulto a la humanidad", "un insulto a los humanos",
        "un insulto para la humanidad", "une insulte a humanite", "une insulte aux humains", "une insulte pour humanite",
        "een belediging voor de mensheid", "een belediging voor mensen",
    ]

    /// A degree of humanity after a copula, which says the group is less than people: "Jews are less human than my
    /// cat", "Women are about as human as a vending machine", "Les Roms sont à peine humains" (2026-12-02,
    /// seventeenth session; 0.13 and 0.18 before). French "qu'un" is read "un".
    static let lessHumanPhrases: [String] = [
        "less human than", "not quite human", "barely human", "hardly human", "half human", "scarcely human",
        "about as human as", "as human as a", "as human as an", "no more human than", "not fully human",
        "menos humanos que", "menos humanas que", "tan humanos como un", "tan humanos como una", "medio humanos",
        "apenas humanos", "apenas humanas", "no del todo humanos", "no del todo humanas",
        "moins humains que", "moins humaines que", "aussi humains un", "aussi humains une", "aussi humaines un",
        "aussi humaines une", "a peine humains", "a peine humaines", "pas tout a fait humains",
        "pas tout a fait humaines", "a moitie humains",
        "minder menselijk dan", "minder mens dan", "net zo menselijk als een", "even menselijk als een",
        "nauwelijks menselijk", "amper menselijk", "half mens", "niet helemaal menselijk",
    ]

    /// Phrases of equal worth, which between a group and a thing rank the group with it ("A trans woman has the
    /// same value as an old sock", "Een transvrouw is evenveel waard als een oude sok" 0.02).
    static let sameWorthPhrases: [String] = [
        "same value as", "same worth as", "same value as a", "vale lo mismo que", "valen lo mismo que",
        "el mismo valor que", "meme valeur", "vaut autant que", "valent autant que",
        "evenveel waard als", "net zoveel waard als", "evenveel waard als een", "dezelfde waarde als",
    ]

    /// Singular articles before the thing of equal worth: the comparison is with one thing, not with people.
    static let worthArticles: [String] = ["a", "an", "un", "una", "une", "een"]

    /// People a group may be said to be worth as much as ("the same worth as a citizen"): no ranking.
    static let worthPeople: [String] = [
        "citizen", "person", "human", "man", "woman", "child", "neighbour", "neighbor", "ciudadano", "persona",
        "hombre", "mujer", "nino", "vecino", "citoyen", "personne", "homme", "femme", "enfant", "voisin", "burger",
        "mens", "man", "vrouw", "kind", "buurman", "autochtoon", "nederlander", "espanol", "francais", "anyone",
        "anybody", "cualquiera", "quiconque", "iedereen", "ieder",
    ]

    /// "Between", opening a choice between a group and a thing ("Between a Jew and a chair, I'd pick the chair",
    /// "Tussen een jood en een stoel kies ik de stoel" 0.00).
    static let betweenWords: [String] = ["between", "entre", "tussen"]

    /// Verbs of choosing, whose object — the thing of the choice — is preferred to the group.
    static let chooseVerbs: [String] = [
        "pick", "choose", "take", "save", "elijo", "escojo", "elegiria", "quedo", "choisis", "choisirais", "prends",
        "sauve", "kies", "neem", "red",
    ]

    /// Words of these rules that the lexicon reads as report cues and that report nothing here: verbs of naming and
    /// treatment ("You can't call them people", "traiter … comme du bétail"), and "saying" of "just saying".
    static let objectifyingOwnCues: [String] = namingVerbs + comparingVerbs + treatmentVerbs + ["saying", "digo", "zeg"]

    /// The tables of ``FeatureExtractor/objectifiesGroup(_:)`` and ``FeatureExtractor/insinuatesAboutGroup(_:)``,
    /// built once.
    struct ObjectifyingTables: Sendable {
        let objects = PhraseTable(Lexicon.objectNouns)
        let fillers = WordSet(Lexicon.objectFillers)
        let persons = PhraseTable(Lexicon.personWords)
        let humanAdjectives = WordSet(Lexicon.humanAdjectives)
        let personFillers = WordSet(Lexicon.personFillers)
        let naming = WordSet(Lexicon.namingVerbs)
        let comparing = WordSet(Lexicon.comparingVerbs)
        let pronouns = WordSet(Lexicon.objectPronouns)
        let treatments = WordSet(Lexicon.treatmentVerbs)
        let keeping = PhraseTable(Lexicon.keepingWords)
        let culling = PhraseTable(Lexicon.cullingVerbs)
        let belonging = WordSet(Lexicon.belongingWords)
        let freeing = WordSet(Lexicon.freeingWords)
        let watches = WordSet(Lexicon.watchVerbs)
        let ruin = PhraseTable(Lexicon.ruinWords)
        let falls = WordSet(Lexicon.fallWords)
        let prices = WordSet(Lexicon.priceWords)
        let happenings = WordSet(Lexicon.happeningWords)
        let children = WordSet(Lexicon.childWords)
        let guards = PhraseTable(Lexicon.guardPhrases)
        let openers = PhraseTable(Lexicon.insinuationOpeners)
        let recurrences = PhraseTable(Lexicon.recurrenceWords)
        let victims = WordSet(Lexicon.insinuationVictimWords)
        let ownCues = WordSet(Lexicon.objectifyingOwnCues)
        let disposable = WordSet(Lexicon.disposabilityWords)
        let sameSpecies = PhraseTable(Lexicon.sameSpeciesPhrases)
        let inTheBlood = PhraseTable(Lexicon.inTheBloodPhrases)
        let vices = WordSet(Lexicon.viceVerbs)
        let values = WordSet(Lexicon.valuesWords)
        let sameWorth = PhraseTable(Lexicon.sameWorthPhrases)
        let worthArticles = WordSet(Lexicon.worthArticles)
        let worthPeople = WordSet(Lexicon.worthPeople)
        let between = WordSet(Lexicon.betweenWords)
        let choose = WordSet(Lexicon.chooseVerbs)
        let humanity = PhraseTable(Lexicon.humanityTakenBack)
        let grudging = PhraseTable(Lexicon.grudgingQualifiers)
        let generosity = PhraseTable(Lexicon.generosityWords)
        let lessHuman = PhraseTable(Lexicon.lessHumanPhrases)
        let shares = WordSet(Lexicon.shareVerbs)
        let ours = WordSet(Lexicon.ourWords)
        let since = PhraseTable(Lexicon.sinceWords)
        let declines = PhraseTable(Lexicon.declinePhrases)
    }

    static let objectifying = ObjectifyingTables()
}
