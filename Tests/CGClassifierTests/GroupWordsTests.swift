import Testing

@testable import CGClassifier

/// Group words the lexicon lacked, denying determiners before a group, and votes and rights denied by a modal
/// (2026-12-01, fifteenth session).
@Suite("Group words, denying determiners and denied votes")
struct GroupWordsTests {
    /// The group the tokeniser gives the word `word` in `text`, or nil.
    static func group(of word: String, in text: String, _ language: Language) -> TargetGroup? {
        let buffer = TokenBuffer()
        buffer.tokenize(text, language: language)
        guard let i = (0..<buffer.count).first(where: { buffer.string(at: $0) == word }), buffer.groups[i] >= 0 else {
            return nil
        }
        return TargetGroup.allCases[Int(buffer.groups[i])]
    }

    @Test(
        "the new words name their group",
        arguments: [
            ("surinamese", "surinamese people are here", Language.en, TargetGroup.nationalities),
            ("surinameses", "los surinameses llegaron", .es, .nationalities),
            ("surinamais", "les surinamais sont là", .fr, .nationalities),
            ("pakistanies", "los pakistanies llegaron", .es, .asian),
            ("pakistanais", "les pakistanais sont là", .fr, .asian),
            ("pakistanen", "de pakistanen zijn hier", .nl, .asian),
            ("noir", "un noir est venu", .fr, .black), ("negra", "una negra vino", .es, .black),
            ("zwarte", "een zwarte man kwam", .nl, .black), ("polish", "the polish workers came", .en, .nationalities),
            ("nonbinaires", "les nonbinaires sont là", .fr, .trans),
        ])
    func names(word: String, text: String, language: Language, group: TargetGroup) {
        // Before: no group (Pakistanais: Roma, by a misspelling).
        #expect(Self.group(of: word, in: text, language) == group, "\(text)")
    }

    @Test(
        "colour, country and ordinary words stay no group",
        arguments: [
            ("negra", "me compre una camiseta negra", Language.es), ("noire", "la nuit noire tombait", .fr),
            ("zwarte", "ze droeg een zwarte jurk", .nl), ("zwarte", "een zwarte kat liep over straat", .nl),
            ("polen", "we gingen op vakantie naar polen", .nl), ("polish", "i need some nail polish", .en),
        ])
    func lookAlikes(word: String, text: String, language: Language) {
        #expect(Self.group(of: word, in: text, language) == nil, "\(text)")
    }

    @Test(
        "hostility with a new word is hateful, with its group",
        arguments: [
            ("surinamese people are lazy parasites", TargetGroup.nationalities),
            ("les surinamais sont des parasites", .nationalities), ("Los pakistaníes son basura", .asian),
            ("Les Pakistanais sont des déchets", .asian), ("the polish workers here are rats", .nationalities),
            ("Un noir ne devrait jamais avoir le droit de voter", .black),
            ("Poolse arbeiders zijn dieven", .nationalities), ("Roemeense bedelaars zijn tuig", .nationalities),
        ])
    func hostileNewWords(text: String, group: TargetGroup) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: 0.16, 0.59 (no group), 0.58, Roma, 0.27, 0.27, 0.08, 0.16.
        #expect(r.hateful && r.targets == [group], "\(text): \(r.score) \(r.targets)")
    }

    @Test(
        "a benefit, a vote or a life denied by a determiner or a modal is hateful, with the group",
        arguments: [
            ("No woman deserves to be heard", TargetGroup.women), ("No Jew deserves to live here", .jews),
            ("Ningún gay merece casarse", .lgb), ("ningún inmigrante merece tener derechos", .immigrants),
            ("aucune femme ne mérite qu'on l'écoute", .women), ("Geen vrouw verdient een stem", .women),
            ("Los hombres no deberían tener derecho a votar", .men),
            ("Los inmigrantes no deberían tener derecho al voto", .immigrants),
            ("Immigranten zouden geen stemrecht mogen hebben", .immigrants),
        ])
    func deniedBenefits(text: String, group: TargetGroup) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: 0.13, 0.30, 0.26, 0.01, 0.09, 0.52, 0.43, 0.37, 0.55 — none hateful.
        #expect(r.hateful && r.targets.contains(group), "\(text): \(r.score) \(r.targets)")
    }

    @Test(
        "a harm denied, a right defended and a vote denied to no group stay not hateful",
        arguments: [
            "Ninguna mujer merece ser insultada por su ropa", "Ninguna mujer merece ser maltratada por nadie",
            "Geen vrouw verdient het om geslagen te worden", "Aucune femme ne mérite d'être insultée",
            "No woman deserves to live in fear", "No immigrant deserves to lose their rights",
            "Gays should not be denied the right to marry", "Women should not be paid less than men",
            "Women should not have to fight for the right to vote", "Muslims should not lose their right to vote",
            "Los menores no deberían votar", "Kinderen zouden niet mogen stemmen",
            "Les mineurs ne devraient pas voter",
            // A determiner and a modal before a harm (before: 0.64, 0.61).
            "no Black person should be treated like a criminal", "No woman should be hit",
            // A Dutch adjective of origin before a thing.
            "We waren op een Turkse bruiloft", "De Poolse worst is lekker", "Antilliaanse muziek is geweldig",
        ])
    func harmsDenied(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: the first three 0.57 and the next four from 0.55 to 0.73, hateful; the wedding 0.66 once "turkse"
        // named the group, before weddings were things of a people.
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "one member pointed at and called a vermin or an animal is hateful; praise or a place is not",
        arguments: [
            ("el moro ese es una rata como todos", true), ("ese gitano es un animal", true),
            ("ce chinois est un rat", true), ("that muslim is a doctor", false), ("ce chinois est un ami", false),
            ("ese moro es un barrio precioso", false), ("calling that muslim a rat is racist", false),
        ])
    func pointedMember(text: String, hateful: Bool) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: 0.07, 0.25, 0.18, none hateful.
        #expect(r.hateful == hateful, "\(text): \(r.score)")
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect((extractor.brandsEveryMember(box.expressions) == .dehumanising) == hateful, "\(text)")
    }

    @Test(
        "a harm measured against worth or humanity after a determiner and a modal is not denied",
        arguments: [
            "No gay should be treated like a normal person", "No immigrant should be treated like a human being",
        ])
    func measuredHarm(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.deniesGroupHarm(box.expressions), "\(text)")
    }

    @Test("a determiner's rule reads the benefit, not only the determiner")
    func determinerNeedsBenefit() throws {
        let c = try #require(GroupFormsTests.classifier)
        let (_, box, heard) = SlurTests.modelScore(c, "No woman deserves to be heard")
        #expect(heard.deniesGroupRights(box.expressions) && !heard.deniesGroupHarm(box.expressions))
        let (_, _, hit) = SlurTests.modelScore(c, "No woman deserves to be hit")
        #expect(!hit.deniesGroupRights(box.expressions) && hit.deniesGroupHarm(box.expressions))
    }
}
