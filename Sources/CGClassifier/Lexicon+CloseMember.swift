extension Lexicon {
    /// People close to the speaker, named after a possessive with a group word beside them ("My gay brother is
    /// getting married next month" 0.46, "Mi hermano gay se casa el mes que viene" 0.59, "Mon frère gay se marie le
    /// mois prochain" 0.69, "Mijn homoseksuele broer trouwt volgende maand" 0.84): the models read the group word
    /// and the ordinary verbs after it as hate. Read by ``FeatureExtractor/speaksOfCloseMember(_:)``. Written for
    /// this project, normalised. 2026-12-01, tenth session.
    static let closePersonNouns: [String] = [
        "brother", "sister", "son", "daughter", "mother", "father", "mum", "mom", "dad", "cousin", "uncle", "aunt",
        "friend", "neighbour", "neighbor", "colleague", "partner", "wife", "husband", "boyfriend", "girlfriend",
        "grandmother", "grandfather", "granddaughter", "grandson", "teacher", "doctor", "boss", "flatmate",
        "hermano", "hermana", "hijo", "hija", "madre", "padre", "primo", "prima", "tio", "tia", "amigo", "amiga",
        "vecino", "vecina", "companero", "companera", "pareja", "novio", "novia", "esposa", "marido", "abuela",
        "abuelo", "nieta", "nieto", "profesora", "profesor", "medica", "medico", "jefa", "jefe",
        "frere", "soeur", "fils", "fille", "mere", "pere", "cousine", "oncle", "tante", "ami", "amie", "voisin",
        "voisine", "collegue", "copain", "copine", "mari", "grandmere", "grandpere", "petite", "prof", "medecin",
        "broer", "zus", "zoon", "dochter", "moeder", "vader", "neef", "nicht", "oom", "vriend", "vriendin",
        "buurman", "buurvrouw", "collega", "oma", "opa", "kleindochter", "kleinzoon", "lerares", "leraar", "dokter",
        "bror", "syster", "dotter", "mamma", "pappa", "kusin", "granne", "kollega", "mormor", "farmor",
        "germa", "germana", "fill", "filla", "mare", "pare", "amic", "amiga", "veina", "vei", "company", "companya",
    ]

    /// What a group is called and the word it ends in, for the one statement that affirms a trans identity with
    /// the group's own head noun ("Trans women are women" 0.77, "Las mujeres trans son mujeres" 0.92, "Les femmes
    /// trans sont des femmes" 0.97, "Transvrouwen zijn vrouwen" 1.00): a Dutch or Swedish compound and its head.
    /// Read by ``FeatureExtractor/affirmsOwnName(_:)``. 2026-12-01, tenth session.
    static let compoundHeads: [(compound: String, head: String)] = [
        ("transvrouwen", "vrouwen"), ("transmannen", "mannen"), ("transvrouw", "vrouw"), ("transman", "man"),
        ("transkvinnor", "kvinnor"),
    ]

    /// The nouns such a statement may end in: women and men.
    static let genderNouns: [String] = [
        "women", "men", "woman", "man", "mujeres", "hombres", "mujer", "hombre", "femmes", "hommes", "femme",
        "homme", "vrouwen", "mannen", "vrouw", "kvinnor", "man", "kvinna", "dones", "homes", "dona", "home",
    ]

    /// The speaker knowing members of a group, opening the message (``FeatureExtractor/speaksOfAcquaintances(_:language:)``).
    /// 2026-12-01, eleventh session.
    static let acquaintanceOpeners: [String] = [
        "i know", "i personally know", "ik ken", "ik ken persoonlijk", "je connais", "je connais personnellement",
        "conozco a", "conozco", "conec", "jag kanner",
    ]

    /// Words of number between the opener and the group ("veel", "een paar", "beaucoup de", "muchos").
    static let acquaintanceQuantities: [String] = [
        "many", "some", "a", "few", "lot", "lots", "of", "several", "plenty", "veel", "een", "paar", "wat", "enkele",
        "heel", "best", "beaucoup", "de", "des", "quelques", "plusieurs", "muchos", "muchas",
        "algunos", "algunas", "unos", "unas", "varios", "varias", "bastantes", "manga", "nagra", "flera", "molts",
        "moltes", "alguns", "algunes", "uns", "unes",
    ]

    /// The words above by word hash.
    static let acquaintanceOpenerTable = PhraseTable(acquaintanceOpeners)
    static let acquaintanceQuantityHashes = Set(acquaintanceQuantities.map { FNV.hash($0) })
    static let closePersonHashes = Set(closePersonNouns.map { FNV.hash($0) })
    static let genderNounHashes = Set(genderNouns.map { FNV.hash($0) })

    /// Words of a last clause that only insists on what the message said ("…, period", "…, punt", "…, punto",
    /// "… Point final", "… Full stop"), read by ``FeatureExtractor/affirmsOwnName(_:)``.
    static let emphaticEnds: [String] = [
        "period", "full", "stop", "punt", "punto", "final", "point", "basta", "klaar", "slut", "punkt", "fin",
    ]

    static let emphaticEndHashes = Set(emphaticEnds.map { FNV.hash($0) })
    static let compoundHeadHashes: [UInt64: UInt64] = Dictionary(
        compoundHeads.map { (FNV.hash($0.compound), FNV.hash($0.head)) }, uniquingKeysWith: { a, _ in a })
}
