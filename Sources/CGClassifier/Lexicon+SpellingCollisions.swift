extension Lexicon {
    /// Words of the common word lists of our six languages that the spelling variants added on 2026-11-29 (late)
    /// would otherwise read as an identity term or hostile word: an "l" read as "i" (leetspeak "1" is read as
    /// "i", so "mus1ims" arrives as "musiims") and a final "s" written "z" ("jewz"). French verbs in "-ez" and
    /// Spanish nouns in "-ez" ("immigrez", "estupidez"), Portuguese-looking plurals the Spanish list holds
    /// ("animais"), English "fusilier". Found by generating every such variant and looking it up in
    /// `/usr/share/dict` of all six languages; "niggaz" is left out of this list on purpose (it is the slur).
    static let variantCollisions: Set<String> = [
        "animais", "arrierez", "attardez", "brutez", "degenerez", "depravez", "estupidez", "filies", "fusilier",
        "giris", "grosz", "handicapez", "hatez", "idiotez", "immigrez", "lachez", "maies", "mordaz", "orientais",
        "parasitez", "pourriez", "ratez", "refugiez", "salez", "salopez", "salvajez", "singez", "violentez",
    ]

    /// Words of the same word lists that a doubled letter (added 2026-11-30, seventh session) makes of an identity term
    /// or hostile word: "horror" of Swedish "horor", "hommes" of "homes", "after", "passed", "stellen". Found the same
    /// way: every doubled-letter variant looked up in `/usr/share/dict` of all six languages.
    static let doubledCollisions: Set<String> = [
        "after", "arrierees", "attardees", "barbaars", "christiaan", "christiaans", "criminelle", "cristiaans",
        "degenerees", "degeneress", "degouttant", "depravees", "detestee", "donnes", "ennemies", "escorria", "executee",
        "executeer", "fusilleer", "gangrenee", "handicapees", "hatting", "hommes", "horror", "idioots", "illegaals",
        "illegales", "immigree", "immigrees", "incendiiez", "indiaans", "inhumaan", "lachees", "laddies", "malles",
        "menacee", "mexicaan", "mexicaans", "mohammedaans", "mongools", "morrons", "morros", "negeer", "neggers",
        "negross", "ontaardde", "orientaals", "parasiteer", "parasitees", "passed", "probleem", "refugiees", "roomer",
        "salopees", "singees", "stellen", "transsexual", "travellers", "uitschoot", "verbrandden", "vermoordden",
        "violentees", "zwartten"
    ]
}
