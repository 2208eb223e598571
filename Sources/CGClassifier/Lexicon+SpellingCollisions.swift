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
}
