import Testing
@testable import CGClassifier

/// Definite and other forms of identity terms name their group (`Lexicon.groupForms`).
@Suite("More forms of identity terms")
struct GroupFormsTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    @Test(
        "each form names its group",
        arguments: [
            ("invandrarna", Language.sv, TargetGroup.immigrants), ("judarna", .sv, .jews), ("muslimerna", .sv, .muslims),
            ("zigenarna", .sv, .roma), ("svartingar", .sv, .black), ("allochtonen", .nl, .immigrants),
            ("moslima", .nl, .muslims), ("feujs", .fr, .jews), ("panchitos", .es, .latinx),
            ("bisexuales", .es, .lgb), ("biseksuelen", .nl, .lgb), ("transgeneros", .es, .trans),
            ("handicapees", .fr, .disabled), ("refugiees", .fr, .immigrants), ("tziganes", .fr, .roma),
            ("juive", .fr, .jews), ("witten", .nl, .white), ("vitingar", .sv, .white), ("chretiennes", .fr, .christians),
            ("moroccans", .en, .arabs), ("marocains", .fr, .arabs), ("marroquies", .es, .arabs),
            // 2026-12-01 (tenth session).
            ("turken", .nl, .nationalities), ("turcs", .fr, .nationalities),
        ])
    func names(word: String, language: Language, group: TargetGroup) {
        let buffer = TokenBuffer()
        buffer.tokenize("de \(word) här", language: language)
        let index = (0..<buffer.count).first { buffer.string(at: $0) == word }
        #expect(index.map { Int(buffer.groups[$0]) } == TargetGroup.allCases.firstIndex(of: group), "\(word)")
    }

    @Test("Swedish hostility that names a group in its definite form is found, with the group")
    func swedishDefinite() throws {
        let c = try #require(Self.classifier)
        let r = c.classify("Invandrarna är kriminella parasiter, skicka hem dem")
        #expect(r.hateful && r.targets == [.immigrants], "\(r.score)")  // 0.42 and no group before
        let neutral = c.classify("Invandrarna i vårt kvarter startade en fotbollsklubb för barnen")
        #expect(!neutral.hateful, "\(neutral.score)")
    }

    @Test(
        "hostility against Moroccans is found in English, French and Spanish, with the group",
        arguments: ["Moroccans are vermin.", "Les Marocains sont des rats.", "Los marroquíes son ratas."])
    func moroccans(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(r.hateful && r.targets == [.arabs], "\(r.score) \(r.targets)")  // 0.19, 0.38 and Spanish "lgb" before
    }

    @Test(
        "Turks and people with a disability named in more words are found, with the group (2026-12-01)",
        arguments: [
            ("Ga terug naar je eigen land, niemand wil hier Turken.", TargetGroup.nationalities),
            ("No soporto a las personas con discapacidad.", .disabled),
        ])
    func moreWords(text: String, group: TargetGroup) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(r.hateful && r.targets.contains(group), "\(r.score) \(r.targets)")
        #expect(!c.classify("Las personas con discapacidad tienen derecho a trabajar.").hateful)
    }
}
