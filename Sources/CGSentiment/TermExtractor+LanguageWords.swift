import CGClassifier

extension TermExtractor {
    /// Words of the shared ``stopWords`` that are content words in one of the six languages, kept in a message of
    /// that language. The shared set stays the rule (a message's language is sometimes misread, and a function
    /// word of its true language should still go); only a message read as this language keeps these words.
    ///
    /// Found by looking up every entry of ``stopWords`` in the word lists (`/usr/share/dict`) of the five other
    /// languages (about 240 hits, most of them loan words, abbreviations or function words there too) and keeping,
    /// by hand, the words that are ordinary content words of a language, above all those hostile messages use:
    /// - English: "die" (Dutch that, those — "Muslims should die" lost its threat word), "men" (Dutch and Swedish
    ///   but — "Muslim men", "gay men"), "sin" (Spanish without — "homosexuality is a sin"), "son" (Spanish they
    ///   are, French his), "era" (Spanish was, Swedish your), "sea" (Spanish be), "van" (Dutch of — "van
    ///   attack"), "car" (French for), "want" (Dutch because), "door" (Dutch through), "sense" (Catalan without),
    ///   "hos" (Swedish at; the plural of an English slur, left for the same reason Dutch "hoe" is).
    /// - Swedish: "hem" (Catalan we have, Dutch him — "åk hem", go home), "kon" (Dutch could; Swedish "kön",
    ///   sex, gender, folded), "son" (son).
    /// - French: "con" (Spanish with; an insult), "fou" (Catalan was; mad), "ville" (Swedish wanted; town), "mot"
    ///   (Swedish against; word).
    /// - Spanish: "mes" (Catalan more; month). Catalan: "mot" (word). Dutch: "dom" (Swedish they; stupid).
    ///
    /// Left as they are: words that are function words in the other language too (Swedish "sin", "hen";
    /// Catalan "era", "hem"; French "mes", "son"), and rare or weak readings (English "hay", "den", "ton",
    /// "pour", "heel", "bent", "dig", "bland"; Dutch "vers"; Spanish "dar", "sur"; French "dit"), which a
    /// narrative would not miss.
    static let contentWords: [Language: Set<String>] = [
        .en: ["die", "men", "sin", "son", "era", "sea", "van", "car", "want", "door", "sense", "hos"],
        .es: ["mes"],
        .ca: ["mot"],
        .fr: ["con", "fou", "ville", "mot"],
        .nl: ["dom"],
        .sv: ["hem", "kon", "son"],
    ]

    /// Function words of one language that the shared ``stopWords`` leaves out because another language uses
    /// them as content words, dropped in a message of that language only: Dutch "hoe" (how; an English slur).
    /// Swedish "man" (one, and a man) and "får"/"far" (gets, sheep, and father) are content words in Swedish
    /// too, so they stay in every language.
    static let languageStopWords: [Language: Set<String>] = [
        .nl: ["hoe"]
    ]
}
