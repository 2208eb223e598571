extension Lexicon {
    /// Markers that present what follows as the expected thing: "of course the thief was …", "claro, el ladrón
    /// era …", "évidemment, le voleur était encore …", "natuurlijk was de dief weer …". With a word for an
    /// offender and a group they blame crime on the group (``FeatureExtractor/blamesCrimeOnGroup()``). Written
    /// normalised; one list for every language.
    static let expectationMarkers: [String] = [
        "of course", "obviously", "as always", "as usual", "typical", "surprise surprise", "once again", "again",
        "who would have guessed", "no surprise", "claro", "como siempre", "otra vez", "de nuevo", "como no",
        "tipico", "obviamente", "por supuesto", "evidemment", "encore", "encore une fois", "comme d habitude",
        "comme toujours", "bien sur", "forcement", "typique", "sans surprise", "natuurlijk", "weer", "alweer",
        "uiteraard", "zoals altijd", "typisch", "tuurlijk", "wat een verrassing", "sjalvklart", "saklart",
        "som vanligt", "igen", "typiskt", "es clar", "com sempre", "una altra vegada", "evidentment",
    ]

    /// Words for an offender, in every language.
    static let offenderWords: [String] = [
        "thief", "thieves", "shoplifter", "shoplifters", "criminal", "criminals", "rapist", "rapists", "murderer",
        "murderers", "robber", "robbers", "mugger", "muggers", "dealer", "dealers", "pickpocket", "pickpockets",
        "terrorist", "terrorists", "attacker", "attackers", "killer", "killers", "stabber", "culprit", "culprits",
        "perpetrator", "perpetrators", "burglar", "burglars", "ladron", "ladrones", "delincuente", "delincuentes",
        "violador", "violadores", "asesino", "asesinos", "atracador", "atracadores", "carterista", "carteristas",
        "terrorista", "terroristas", "agresor", "agresores", "culpable", "culpables", "voleur", "voleurs",
        "delinquant", "delinquants", "violeur", "violeurs", "assassin", "assassins", "agresseur", "agresseurs",
        "terroriste", "terroristes", "criminel", "criminels", "casseur", "casseurs", "coupable", "coupables",
        "cambrioleur", "dief", "dieven", "crimineel", "criminelen", "verkrachter", "verkrachters", "moordenaar",
        "moordenaars", "overvaller", "overvallers", "zakkenroller", "zakkenrollers", "dader", "daders",
        "inbreker", "inbrekers", "tjuv", "tjuvar", "brottsling", "brottslingar", "valdtaktsman", "mordare",
        "ranare", "garningsman", "lladre", "lladres", "delinquent", "delinquents",
    ]

    /// Words that make someone the victim ("once again a thief robbed an immigrant"): the message then reports a
    /// crime against the group. In every language.
    static let victimisationWords: [String] = [
        "attacked", "robbed", "assaulted", "stabbed", "killed", "beaten", "murdered", "raped", "mugged", "victim",
        "victims", "targeted", "harassed", "atacado", "atacada", "atacados", "robado", "robada", "agredido",
        "agredida", "apunalado", "asesinado", "asesinada", "victima", "victimas", "agresse", "agressee", "attaque",
        "attaquee", "vole", "volee", "poignarde", "tue", "tuee", "victime", "victimes", "aangevallen", "beroofd",
        "mishandeld", "neergestoken", "vermoord", "slachtoffer", "slachtoffers", "attackerad", "rånad", "ranad",
        "misshandlad", "knivhuggen", "dodad", "offer", "agredit", "robat",
    ]

    /// Refusals before a kind of contact: "I would never …", "I'd rather die than …", "me niego a …", "je refuse
    /// de …", "ik zou nooit …", "jag skulle aldrig …". With a word of contact (``contactWords``) and a group near
    /// it they refuse the group's company (``FeatureExtractor/refusesContactWithGroup()``). Written normalised.
    static let refusalFrames: [String] = [
        "i would never", "id never", "i will never", "ill never", "i wont", "i refuse to", "id rather die than",
        "i would rather die than", "id sooner die than", "i dont want", "i do not want", "never in my life would i",
        "over my dead body", "no way would i", "i would not", "i wouldnt", "nunca", "jamas", "me niego a",
        "antes muerto que", "antes muerta que", "no quiero", "no pienso", "jamais", "je refuse de", "je refuse",
        "plutot mourir que", "plutot crever que", "je ne veux pas", "je veux pas", "je ne laisserai jamais",
        "je ne laisserais jamais", "je laisserais jamais", "ik zou nooit", "ik wil geen", "ik wil niet",
        "ik weiger", "nooit van mijn leven", "ik zal nooit", "liever dood dan", "jag skulle aldrig",
        "jag vagrar", "jag vill inte", "aldrig i livet", "mai", "em nego a", "no vull",
    ]

    /// Kinds of contact a refusal may name: marrying, dating, hiring, renting to, sitting or living next to,
    /// touching, eating what someone cooked, shaking hands, being treated by. Every form we met, every language.
    static let contactWords: [String] = [
        "marry", "married", "date", "dating", "hire", "hiring", "employ", "rent", "renting", "sit", "sitting",
        "live", "living", "neighbour", "neighbours", "neighbor", "neighbors", "touch", "touched", "eat", "eating",
        "cooked", "shake", "hug", "kiss", "share", "befriend", "next", "near", "treated", "casara", "casarse",
        "casar", "case", "salir", "contratar", "contrataria", "alquilar", "alquilaria", "sentarme", "sentaria",
        "vivir", "viviria", "vecino", "vecinos", "tocar", "comer", "comeria", "compartir", "juntarme", "cerca",
        "lado", "epouser", "epouse", "sortir", "embaucher", "embaucherais", "louer", "louerais", "asseoir",
        "vivre", "voisin", "voisins", "toucher", "manger", "mangerais", "serrer", "partager", "approcher", "pres",
        "cote", "trouwen", "daten", "aannemen", "verhuren", "zitten", "wonen", "buren", "buurman", "aanraken",
        "eten", "delen", "naast", "gifta", "dejta", "anstalla", "hyra", "sitta", "bo", "grannar", "granne", "rora",
        "ata", "bredvid", "llogar", "viure", "menjar", "costat",
    ]

    /// Idioms of menace that need no violent word: "your days are numbered", "we know where you live", "you will
    /// pay for this". Said to or of a group they threaten it (``FeatureExtractor/threatensByIdiom()``:
    /// "Immigrants, your days are numbered" 0.23, "Immigrés, vos jours sont comptés" 0.27). Written normalised.
    static let threatIdioms: [String] = [
        "days are numbered", "we know where you live", "we know where they live", "will pay for this",
        "are going to pay", "will pay for what", "watch your back", "watch your backs", "better watch out",
        "dias contados", "sabemos donde vives", "sabemos donde viven", "lo vais a pagar", "lo van a pagar",
        "lo pagareis", "jours sont comptes", "on sait ou tu habites", "on sait ou vous habitez",
        "on sait ou ils habitent", "allez payer", "vont payer", "paierez", "dagen zijn geteld",
        "we weten waar je woont", "we weten waar jullie wonen", "we weten waar ze wonen", "gaan hiervoor boeten",
        "zullen hiervoor boeten", "gaan boeten", "dagar ar raknade", "vi vet var du bor", "vi vet var ni bor",
        "kommer att fa betala", "dies comptats", "sabem on viviu",
    ]

    /// The tables of the stereotype rules, built once.
    struct StereotypeTables: Sendable {
        let markers = PhraseTable(Lexicon.expectationMarkers)
        let offenders = WordSet(Lexicon.offenderWords)
        let victimisation = WordSet(Lexicon.victimisationWords)
        let refusals = PhraseTable(Lexicon.refusalFrames)
        let contact = WordSet(Lexicon.contactWords)
        let threatIdioms = PhraseTable(Lexicon.threatIdioms)
        /// Words one of the three rules cannot do without — an offender, a kind of contact, the last word of an
        /// idiom (rarer than a first word such as "I" or "we") — so that a message with none skips them all with one
        /// lookup per word.
        let triggers = WordSet(
            Lexicon.offenderWords + Lexicon.contactWords
                + Lexicon.threatIdioms.map { String($0.split(separator: " ").last!) })
    }

    static let stereotypes = StereotypeTables()
}
