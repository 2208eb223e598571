extension Lexicon {
    // Words of ``FeatureExtractor/brandsGroupAsBigots(_:)``: a whole group branded with a prejudice ("White people
    // are all racists", "Los blancos son todos racistas"). Written normalised (lower case, no diacritics).

    /// Words that name a prejudice or the one who holds it, as a predicate.
    static let prejudiceWords: [String] = [
        "racist", "racists", "sexist", "sexists", "homophobic", "homophobes", "transphobic", "transphobes",
        "misogynist", "misogynists", "misogynistic", "xenophobic", "xenophobes", "antisemitic", "antisemites",
        "islamophobic", "islamophobes", "bigots", "bigoted",
        "racista", "racistas", "machista", "machistas", "homofobo", "homofobos", "homofoba", "homofobas",
        "xenofobo", "xenofobos", "xenofoba", "xenofobas", "antisemitas", "misoginos", "misogino", "transfobos",
        "raciste", "racistes", "sexiste", "sexistes", "homophobe", "xenophobe",
        "misogyne", "misogynes",
        "racisten", "racistisch", "racistische", "seksist", "seksisten", "seksistisch", "homofoob", "homofoben",
        "xenofoob", "xenofoben", "antisemieten", "antisemitisch", "vrouwenhaters",
        "rasister", "rasistiska", "rasistisk", "sexister", "sexistiska", "homofober", "kvinnohatare",
        "masclistes", "masclista", "homofobs", "xenofobs",
    ]

    /// Words that may stand between the copula and the prejudice word: quantifiers of the whole, articles,
    /// "nothing but", "by nature", "always".
    static let bigotryFillers: [String] = [
        "all", "just", "nothing", "but", "only", "a", "an", "bunch", "of", "such", "so", "inherently", "naturally",
        "born", "always", "basically", "total", "complete", "todos", "todas", "unos", "unas", "solo", "siempre",
        "por", "naturaleza", "tan", "tous", "toutes", "des", "que", "de", "toujours", "nature", "si",
        "allemaal", "een", "stel", "stelletje", "altijd", "zo", "van", "alla", "bara", "alltid", "sa",
        "tots", "totes", "uns", "unes", "sempre",
    ]

    /// Words that take only part of a group before its name: "Some white people are racist" judges some people.
    static let partialQuantifiers: [String] = [
        "some", "many", "several", "few", "certain", "algunos", "algunas", "muchos", "muchas", "ciertos", "ciertas",
        "varios", "varias", "pocos", "certains", "certaines", "quelques", "plusieurs", "beaucoup", "sommige", "veel",
        "enkele", "bepaalde", "vissa", "manga", "nagra", "flera", "alguns", "algunes", "molts", "moltes",
    ]

    /// "And" between a prejudice word and a second charge that ends the clause ("racistas y opresores").
    static let bigotryConjunctions: [String] = ["and", "y", "e", "et", "en", "i", "och"]

    /// The tables of ``FeatureExtractor/brandsGroupAsBigots(_:)``, built once.
    struct BigotryTables: Sendable {
        let prejudice = WordSet(Lexicon.prejudiceWords)
        let fillers = WordSet(Lexicon.bigotryFillers)
        let partial = WordSet(Lexicon.partialQuantifiers)
        let conjunctions = WordSet(Lexicon.bigotryConjunctions)
    }

    static let bigotry = BigotryTables()
}
