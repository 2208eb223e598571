import Testing
@testable import CGClassifier

/// Places and books of a faith (`Lexicon.groupPlaces`), violence verbs in inflected forms and "no better than"
/// comparisons (2026-11-29 night).
@Suite("Places of a faith, violence verbs, comparisons")
struct GroupPlaceTests {
    /// Groups the tokeniser names in `text` read as `language`.
    static func groups(_ text: String, _ language: Language) -> Set<TargetGroup> {
        let buffer = TokenBuffer()
        buffer.tokenize(text, language: language)
        return Set((0..<buffer.count).compactMap { i in
            buffer.groups[i] >= 0 ? TargetGroup.allCases[Int(buffer.groups[i])] : nil
        })
    }

    @Test(
        "a threat against a mosque, synagogue or church names the faith's followers, in all six languages",
        arguments: [
            ("La mosquée doit brûler", Language.fr, TargetGroup.muslims),
            ("Moskén måste brinna", .sv, .muslims),
            ("La sinagoga ha de cremar", .ca, .jews),
            ("Hay que quemar la mezquita del Raval", .es, .muslims),
            ("burn down the synagogues", .en, .jews),
            ("verbrand die kerk", .nl, .christians),
            // A centre for asylum seekers, set on fire (2026-11-30, seventh session).
            ("We gaan het AZC in de fik steken", .nl, .immigrants),
            ("bränn kyrkorna", .sv, .christians),
            ("les mosquées sont des nids de vermine", .fr, .muslims),
            ("de moskeeën zijn een plaag", .nl, .muslims),
            ("cremeu les esglésies", .ca, .christians),
            ("burn their quran", .en, .muslims),
            // A bomb wished or planned (2026-12-01, tenth session).
            ("Ojalá alguien ponga una bomba en esa mezquita", .es, .muslims),
            ("J'espère que quelqu'un posera une bombe dans cette mosquée", .fr, .muslims),
        ])
    func named(text: String, language: Language, group: TargetGroup) {
        #expect(Self.groups(text, language) == [group], "\(text)")
    }

    @Test("the same places name nobody in news, everyday talk or under negation, nor where the word is ordinary")
    func notNamed() {
        #expect(Self.groups("the mosque opens its doors for iftar tonight", .en).isEmpty)
        #expect(Self.groups("La mezquita abre sus puertas para el iftar", .es).isEmpty)
        #expect(Self.groups("kyrkan ska renoveras i vår", .sv).isEmpty)
        #expect(Self.groups("de synagoge wordt dit jaar gerenoveerd", .nl).isEmpty)
        // A hostile word under negation does not make the place a target.
        #expect(Self.groups("nobody wants to burn the mosque", .en).isEmpty)
        #expect(Self.groups("niemand wil de moskee verbranden", .nl).isEmpty)
        // Hostility the message condemns does not either.
        #expect(Self.groups("calls to burn the synagogue are racist", .en).isEmpty)
        #expect(Self.groups("appeler à brûler la mosquée, c'est raciste", .fr).isEmpty)
        #expect(Self.groups("calls to burn the synagogue", .en) == [.jews])
        // Catalan "mosques" are flies; in French they are mosques.
        #expect(Self.groups("cal matar les mosques", .ca).isEmpty)
        #expect(Self.groups("il faut brûler les mosques", .fr) == [.muslims])
        // A bomb in the news names nobody (2026-12-01, tenth session).
        #expect(Self.groups("la police a trouvé une bombe près de la mosquée, selon le maire", .fr).isEmpty)
        // A place does not displace a group term: both are named.
        #expect(Self.groups("burn the mosque and the jews", .en) == [.muslims, .jews])
    }

    @Test("the shipped models flag threats against places of a faith with the faith's followers as target")
    func classified() throws {
        let classifier = try #require(ShippedModelTests.classifier)
        for (text, group) in [
            ("La mosquée doit brûler", TargetGroup.muslims), ("Moskén måste brinna", .muslims),
            ("La sinagoga ha de cremar", .jews), ("Hay que quemar la mezquita del Raval", .muslims),
            ("quemad todas las sinagogas", .jews), ("on devrait incendier toutes les mosquées", .muslims),
        ] {
            let r = classifier.classify(text)
            #expect(r.hateful, "\(text): \(r.score)")
            #expect(r.targets.contains(group), "\(text): \(r.targets)")
        }
        for text in ["La mezquita abre sus puertas para el iftar", "la mosquée du quartier organise une journée portes ouvertes",
                     "de moskee aan de Kanaalstraat houdt zaterdag open huis"] {
            let r = classifier.classify(text)
            #expect(!r.hateful, "\(text): \(r.score)")
            #expect(r.targets.isEmpty, "\(text): \(r.targets)")
        }
    }

    @Test(
        "violence verbs in inflected forms are hostile cues",
        arguments: [
            (Language.en, "they were slaughtered, stabbed and lynched, their homes torched", ["slaughtered", "stabbed", "lynched", "torched"]),
            (.es, "quemad sus casas, quememos todo, matadlos", ["quemad", "quememos", "matadlos"]),
            (.ca, "cremeu la casa, cremem les cases", ["cremeu", "cremem"]),
            (.fr, "brûlez tout, brûlons leurs maisons, tuez les", ["brulez", "brulons", "tuez"]),
            (.nl, "verbrand ze, vermoord ze allemaal", ["verbrand", "vermoord"]),
            (.sv, "det måste brinna, de ska dödas", ["brinna", "dodas"]),
        ])
    func violenceVerbs(language: Language, text: String, words: [String]) {
        let cues = HostileLexiconTests.cues(text, language)
        for word in words { #expect(cues[word] == .negative, "\(word) (\(language))") }
    }

    @Test("animal words of dehumanising comparisons are hostile cues, and the shipped models flag them next to a group")
    func animals() throws {
        let cues = HostileLexiconTests.cues("a pack of hyenas, livestock, mutants, jackals", .en)
        for word in ["hyenas", "livestock", "mutants", "jackals"] { #expect(cues[word] == .negative, "\(word)") }
        #expect(HostileLexiconTests.cues("moslims fokken als konijnen", .nl)["fokken"] == .negative)
        #expect(HostileLexiconTests.cues("une meute de hyènes", .fr)["hyenes"] == .negative)
        let classifier = try #require(ShippedModelTests.classifier)
        for text in ["jews are basically a pack of hyenas", "women are just livestock", "moslims fokken als konijnen"] {
            #expect(classifier.classify(text).hateful, "\(text)")
        }
    }

    @Test("ordinary words stay out: Swedish \"killing\" (a kid goat) is no cue in Swedish, English \"hanging\" none anywhere")
    func ordinary() {
        #expect(HostileLexiconTests.cues("en killing på gården", .sv)["killing"] == Lexicon.Cue.none)
        #expect(HostileLexiconTests.cues("stop killing them", .en)["killing"] == .negative)
        #expect(HostileLexiconTests.cues("we were hanging out", .en)["hanging"] == Lexicon.Cue.none)
        // One-edit variants of the new verbs that are words stay themselves.
        for word in ["queen", "verband", "creez"] {
            #expect(TextNormalizer.words(word, language: .en) == [word], "\(word)")
        }
    }

    @Test("\"no better than rats\" and \"no different from animals\" do not negate what follows, and \"better\" praises nobody there")
    func noBetterThan() throws {
        for (text, language, word) in [
            ("muslims are no better than rats", Language.en, "rats"),
            ("los judíos no son mejores que las ratas", .es, "ratas"),
            ("ils ne valent pas mieux que des rats", .fr, "rats"),
            ("ze zijn niet beter dan ratten", .nl, "ratten"),
            ("de är inte bättre än råttor", .sv, "rattor"),
            ("muslims are no different from animals in a zoo", .en, "animals"),
            ("ze zijn niet anders dan beesten", .nl, "beesten"),
            ("de är inte annorlunda än djur", .sv, "djur"),
            // An exception is said, not denied (2026-11-30, eighth session: 0.03 before).
            ("les noirs ne savent rien faire d'autre que voler", .fr, "voler"),
            ("de kan inget annat än att stjäla", .sv, "stjala"),
        ] {
            let buffer = TokenBuffer()
            buffer.tokenize(text, language: language)
            let i = (0..<buffer.count).first { buffer.string(at: $0) == word }
            #expect(i != nil, "\(text)")
            if let i { #expect(buffer.flags[i] & TokenFlags.negated.rawValue == 0, "\(text)") }
        }
        // Compared with something hostile, "better" is no praise; compared with a group, it is.
        #expect(HostileLexiconTests.cues("moslims zijn niet beter dan ratten", .nl)["beter"] == Lexicon.Cue.none)
        #expect(HostileLexiconTests.cues("muslims are no better than rats", .en)["better"] == Lexicon.Cue.none)
        #expect(HostileLexiconTests.cues("niemand is beter dan onze joodse buren", .nl)["beter"] == .positive)
        let classifier = try #require(ShippedModelTests.classifier)
        for text in ["moslims zijn niet beter dan ratten", "muslims are no better than rats",
                     "los judíos no son mejores que las ratas", "les juifs ne valent pas mieux que des rats",
                     "Muslims are no different from animals in a zoo"] {
            #expect(classifier.classify(text).hateful, "\(text)")
        }
        #expect(!classifier.classify("immigrants are no different from anyone else").hateful)
    }
}
