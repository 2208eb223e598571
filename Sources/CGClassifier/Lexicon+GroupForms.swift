extension Lexicon {
    /// More forms of the identity terms of ``groupTerms`` (normalised): Swedish definite forms ("invandrarna",
    /// "judarna" — how Swedish says "the immigrants", so most Swedish hostility names a group this way), Dutch
    /// feminine and ethnic names, and common slurs and verlan of Spanish, French and Dutch. Without them
    /// "Invandrarna är kriminella parasiter" named no group, and the strongest feature of the models (a group
    /// named together with a hostile word) stayed silent: 0.42 where "Invandrare är kriminella parasiter" scored
    /// 0.96. Each word was checked against the common word lists of our six languages, as ``spellingCollisions``
    /// says; forms that are ordinary words elsewhere are left out (Swedish "bögen" is Dutch "bogen", arches;
    /// Spanish "moras" are blackberries). Dutch "Marokkanen" was left out at first (the Dutch model read the word
    /// from its letters, and naming it a group cost two cases of the first blind part); since 2026-11-30, eighth
    /// session, with the rules that came after, it names the group and gains one case of that part
    /// ("Marokkanen kunnen niets anders dan stelen" 0.37 → 0.85). Feminine, plural and
    /// singular forms added 2026-11-29 late ("bisexuales", "handicapées", "réfugiées", "juive", "tziganes",
    /// "witten", "vitingar", "chrétiennes"); colour words that would also be read ("blancas", "blanches") are
    /// not, as the masculine "blancos" and "blancs" already are.
    static let groupForms: [TargetGroup: [String]] = [
        .women: ["kvinnorna", "tjejerna", "kvinnan", "hororna", "vrouwtjes", "wijfjes"],
        .trans: [
            "transsexuels", "transsexuelles", "transexuels", "transsexuel", "transsexuelle", "transpersonerna",
            "transorna", "transgenero", "transgeneros",
            // Non-binary people, hyphenated as "nonbinary" is (2026-12-01, fifteenth session): "non-binaires",
            // "no-binarias". Not with a space: "non" and "no" are negators there.
            "nonbinaires", "nonbinaire", "nobinarias", "nobinarios", "nobinaries",
        ],
        .lgb: [
            "homostel", "homostellen", "lgtb", "lgtbi", "lgbti", "lgtbiq", "lgbtqi", "lgbtqia", "hbtq", "hbtqi",
            "bogarna", "lesbiskorna", "homoseksuelen", "homoseksueel", "bogjavlar", "flikkertjes", "bisexuales",
            "bisexuels", "biseksuelen", "bisexuella", "lesbienne", "lesbiana", "homosexuel", "biseksueel",
            "homoseksuele",
            // French slurs (2026-12-01, twelfth session: "Espèce de tarlouze" held for naming no group).
            "tarlouze", "tarlouzes", "fiotte", "fiottes",
        ],
        .black: ["comunidad negra", "communaute noire", "comunitat negra", "zwarte gemeenschap", "poblacion negra",
            "population noire", "svartingar", "svartingarna", "negrerna", "bamboulas", "negratas", "zwartjes",
            "negresse", "negresses"],
        .muslims: [
            "moslimgemeenschap", "moslimgemeenschappen", "islamitische gemeenschap", "muslimerna", "muslimen",
            "moslima", "moslimas", "islamieten", "mohammedanen", "moritos", "musulmane"
        ],
        .jews: ["judarna", "juden", "judinna", "jodin", "feujs", "feuj", "judia", "juive", "joodse", "kankerjood",
            "kankerjoden"],
        .immigrants: [
            "invandrarna", "invandraren", "flyktingarna", "migranterna", "allochtonen", "gelukszoekers",
            "asylsokarna", "clandestinos", "refugiadas", "immigrees", "refugiees", "vluchteling", "flykting",
        ],
        // "con discapacidad" (2026-12-01, tenth session): "No soporto a las personas con discapacidad" named no
        // group.
        .disabled: [
            "gehandicapte", "discapacitadas", "handicapees", "con discapacidad", "amb discapacitat",
            // One of them (2026-12-01, tenth session): "Nadie en su sano juicio contrataría a un discapacitado".
            "discapacitado", "discapacitada", "handicape", "handicapee",
        ],
        .asian: ["comunidad asiatica", "comunidad china", "communaute asiatique", "communaute chinoise",
            "kineserna", "asiaterna", "niakoues"],
        .roma: [
            "romanichels", "romanichel", "communaute rom", "population rom", "comunidad rom", "poblacion rom",
            "romerna", "zigenarna", "zigenaren", "woonwagenbewoners", "tziganes", "zigeuner", "gitana", "gypsys"
        ],
        // Moroccans, the most targeted origin in Rotterdam and much of Barcelona's and Paris's hate, named in
        // English, French, Spanish, Catalan and Swedish (added 2026-11-30: "Moroccans are vermin" 0.19, "Les
        // Marocains sont des rats" 0.38). Dutch "Marokkanen" since the eighth session.
        .arabs: [
            "communaute maghrebine", "arabier", "marokkanen", "marokkaan", "araberna", "bicots", "moroccans",
            "moroccan", "marocains", "marocaines", "marocain", "marroquies", "marroqui", "marroquins", "marockaner",
            "marockanerna",
            // Dutch adjectives (2026-12-01, twelfth session): the glued-word solver cut "Marokkaanse" into
            // "marokkaan se", so "De Marokkaanse keuken is heerlijk" never reached the rule of a group's things.
            "marokkaanse", "marokkaans"
        ],
        .latinx: ["panchitos", "latinamerikanerna"],
        .white: ["witten", "vitingar"],
        .christians: ["katolikerna", "christenhonden", "cristianas", "chretiennes", "catolicas", "evangelicos"],
        // Turks: named since 2026-12-01 (tenth session, "Ga terug naar je eigen land, niemand wil hier Turken" named
        // no group) as immigrants, since the twelfth session as what they are, a national origin. Not "turks": the
        // Dutch adjective of food.
        .nationalities: ["turken", "turcos", "turcs", "turkar", "turk", "rumanerna", "ryssarna", "polackerna"],
    ]

    /// Nouns that a group word right before or after them turns into a name of the group: "la comunidad judía",
    /// "the Muslim community", "de joodse gemeenschap", "el colectivo gitano", "le peuple juif", "la minorité rom".
    /// The tokeniser drops the noun there, so the group is read as if named alone (2026-11-30, eighth session).
    /// The models learned these nouns from friendly sentences only ("the Jewish community holds a vigil"), so
    /// "Odio a la comunidad judía" scored 0.13 against 0.96 for "Odio a los judíos", and "De joodse gemeenschap
    /// is een kanker" 0.00. Not "people", "gente", "mensen", "personnes": most groups have two-word terms with
    /// them, and "Mensen uit Afrika" is no group word beside the noun.
    static let communityNouns: [String] = [
        "community", "communities", "minority", "minorities", "comunidad", "comunidades", "colectivo", "colectivos",
        "minoria", "minorias", "poblacion", "pueblo", "communaute", "communautes", "minorite", "minorites",
        "population", "populations", "peuple", "gemeenschap", "gemeenschappen", "minderheid", "minderheden", "volk",
        "gemenskap", "gemenskapen", "minoritet", "minoriteten", "folket", "comunitat", "comunitats", "collectiu",
        "poble",
    ]
}
