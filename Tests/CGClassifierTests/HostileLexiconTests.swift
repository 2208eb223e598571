import Testing
@testable import CGClassifier

/// The hostile-word lexicon widened on 2026-11-29 evening: new insults and inflected forms are read as hostile
/// cues in the language they belong to, and words that are ordinary in one of our languages are no cues there.
@Suite("Hostile-word lexicon")
struct HostileLexiconTests {
    /// The cue of each word of `text` tokenised as `language`, by word.
    static func cues(_ text: String, _ language: Language) -> [String: Lexicon.Cue] {
        let buffer = TokenBuffer()
        buffer.tokenize(text, language: language)
        var out: [String: Lexicon.Cue] = [:]
        for i in 0..<buffer.count {
            out[buffer.string(at: i)] = Lexicon.Cue(rawValue: buffer.cues[i]) ?? Lexicon.Cue.none
        }
        return out
    }

    /// 2026-12-01 (twelfth session): trust denied and defect ("Asians are sneaky and untrustworthy" 0.29, "Lesbians
    /// are defective creatures" 0.11).
    @Test("trust denied and defect are hostile cues")
    func untrustworthy() {
        let cues = Self.cues("untrustworthy, deceitful and defective", .en)
        for word in ["untrustworthy", "deceitful", "defective"] { #expect(cues[word] == .negative, "\(word)") }
    }

    @Test(
        "insults, dehumanising words and inflected forms are hostile cues",
        arguments: [
            (Language.en, "they are revolting degenerate freaks, leeches and maggots, a cancer, barbaric subhumans"),
            (.es, "son unas cucarachas asquerosas, peligrosas y sucias, chusma despreciable, sanguijuelas"),
            (.fr, "des cafards dégoûtantes, dangereuses, inférieures, de la vermine, des sangsues immondes"),
            (.nl, "gevaarlijke vieze smerige walgelijke minderwaardige achterlijke kakkerlakken, uitschot"),
            (.ca, "són perilloses, fastigoses, salvatges, lladres i paneroles"),
            (.sv, "de är vidriga, korkade brottslingar och äckligt slödder"),
        ])
    func hostile(language: Language, text: String) {
        let cues = Self.cues(text, language)
        let expected: [Language: [String]] = [
            .en: ["revolting", "degenerate", "freaks", "leeches", "maggots", "cancer", "barbaric", "subhumans"],
            .es: ["cucarachas", "asquerosas", "peligrosas", "sucias", "chusma", "despreciable", "sanguijuelas"],
            .fr: ["cafards", "degoutantes", "dangereuses", "inferieures", "vermine", "sangsues", "immondes"],
            .nl: ["gevaarlijke", "vieze", "smerige", "walgelijke", "minderwaardige", "achterlijke", "kakkerlakken", "uitschot"],
            .ca: ["perilloses", "fastigoses", "salvatges", "lladres", "paneroles"],
            .sv: ["vidriga", "korkade", "brottslingar", "ackligt", "slodder"],
        ]
        for word in expected[language] ?? [] {
            #expect(cues[word] == .negative, "\(word) (\(language))")
        }
    }

    @Test("hysteria, said of women, is a hostile cue (twelfth session): \"Women are hysterical\" scored 0.56")
    func hysteria() throws {
        for (language, text) in [
            (Language.en, "hysterical"), (.nl, "hysterisch"), (.es, "histéricas"), (.fr, "hystériques"),
        ] {
            #expect(Self.cues(text, language).values.first == .negative, "\(text)")
        }
        let c = try #require(HateExpressionTests.classifier)
        #expect(c.classify("Women are hysterical.").hateful)
        #expect(!c.classify("That comedy was hysterical, I cried laughing.").hateful)
    }

    @Test(
        "superlatives of hostile words are hostile cues (eleventh session)",
        arguments: [
            (Language.en, "the dumbest laziest filthiest greediest ugliest people", ["dumbest", "laziest", "filthiest", "greediest", "ugliest"]),
            (.nl, "de domste gevaarlijkste smerigste luiste mensen", ["domste", "gevaarlijkste", "smerigste", "luiste"]),
            (.sv, "de dummaste farligaste äckligaste", ["dummaste", "farligaste", "ackligaste"]),
        ])
    func superlatives(language: Language, text: String, words: [String]) {
        let cues = Self.cues(text, language)
        for word in words { #expect(cues[word] == .negative, "\(word) (\(language))") }
    }

    @Test(
        "Dutch \"die\" is a hostile cue as a demonstrative before a group, not as a relative pronoun",
        arguments: [
            ("Die moslims zijn allemaal terroristen", true), ("Ik haat die vieze vluchtelingen", true),
            ("Vrouwen zijn mensen die ik ken", false), ("Ik ken veel moslims die hier al jaren wonen", false),
            ("Ik heb collega's die moslim zijn", false), ("Er zijn Joden die elke week naar de synagoge gaan", false),
        ])
    func dutchDie(text: String, demonstrative: Bool) {
        #expect((Self.cues(text, .nl)["die"] == .negative) == demonstrative, "\(text)")
        // In the other languages the word is the English verb.
        #expect(Self.cues("they should die", .en)["die"] == .negative)
    }

    @Test(
        "Dutch relative clauses about a group are not hate for the relative pronoun",
        arguments: ["Het zijn vrouwen die het werk doen.", "Er zijn Joden die elke week naar de synagoge gaan."])
    func dutchRelative(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        #expect(!c.classify(text).hateful, "\(text)")
    }

    @Test("a misspelt new hostile word is read as the word")
    func misspelt() {
        #expect(TextNormalizer.words("they are revlting", language: .en).last == "revolting")
        #expect(TextNormalizer.words("son cucarahcas", language: .es).last == "cucarachas")
    }

    @Test("words ordinary in a language are no cues there, and still are where they are hostile")
    func collisions() {
        // Dutch "dit" (this), "kind" (child), "worst" (sausage).
        let nl = Self.cues("die man met dit kind eet worst", .nl)
        for word in ["dit", "kind", "worst"] { #expect(nl[word] == Lexicon.Cue.none, "\(word)") }
        #expect(Self.cues("they should die", .en)["die"] == .negative)
        #expect(Self.cues("the worst people", .en)["worst"] == .negative)
        // English "sales" and "rates"; French "sales" (dirty) and Catalan "rates" (rats) stay hostile.
        let en = Self.cues("sales and rates went up", .en)
        #expect(en["sales"] == Lexicon.Cue.none)
        #expect(en["rates"] == Lexicon.Cue.none)
        #expect(Self.cues("ces sales bêtes", .fr)["sales"] == .negative)
        #expect(Self.cues("són rates", .ca)["rates"] == .negative)
        // French "lui" (him), "sa" (his), "vies" (lives), "déjà", "hâte"; Dutch "lui" (lazy) stays hostile.
        let fr = Self.cues("j'ai déjà hâte de lui parler de sa vie et de nos vies", .fr)
        for word in ["lui", "sa", "vies", "deja", "hate"] { #expect(fr[word] == Lexicon.Cue.none, "\(word)") }
        #expect(Self.cues("ze zijn lui", .nl)["lui"] == .negative)
        // Swedish "dom" (they), "trots" (despite); Dutch "dom" (stupid) and "trots" (proud) keep their cues.
        let sv = Self.cues("dom kom trots regnet", .sv)
        #expect(sv["dom"] == Lexicon.Cue.none)
        #expect(sv["trots"] == Lexicon.Cue.none)
        #expect(Self.cues("ze zijn dom", .nl)["dom"] == .negative)
        #expect(Self.cues("ik ben trots", .nl)["trots"] == .positive)
        // Spanish and Catalan "sales" (you go out, rooms) and "lata" (tin); Swedish "lata" (lazy) stays hostile.
        #expect(Self.cues("sales a la calle con una lata", .es)["sales"] == Lexicon.Cue.none)
        #expect(Self.cues("sales a la calle con una lata", .es)["lata"] == Lexicon.Cue.none)
        #expect(Self.cues("de är lata", .sv)["lata"] == .negative)
    }

    @Test("no new hostile word is an ordinary word that was left a cue by mistake")
    func noCommonWords() {
        let hostile = Set(Lexicon.cueWords[.negative] ?? [])
        for word in ["gross", "maten", "fora", "bruts", "sale", "rot", "pack", "gas", "stab"] {
            #expect(!hostile.contains(word), "\(word)")
        }
        // The misspelling table gives no variant that is a word of our common word lists.
        for word in ["sinking", "sponges", "signes", "pants", "somme", "verbanden"] {
            #expect(TextNormalizer.words(word, language: .en) == [word], "\(word)")
        }
    }
}
