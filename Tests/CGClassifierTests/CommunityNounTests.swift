import Testing

@testable import CGClassifier

/// A community noun beside a group word ("la comunidad judía", "the Muslim community", "de joodse gemeenschap")
/// goes when the message is hostile, so the group is read as if named alone (`Lexicon.communityNouns`); in a
/// friendly message it stays.
@Suite("Community nouns beside a group word")
struct CommunityNounTests {
    @Test(
        "hostility against a group named as a community is found, with the group, in four languages",
        arguments: [
            ("Odio a la comunidad judía.", TargetGroup.jews), ("Odio a la comunidad gitana.", .roma),
            ("La comunidad judía es una plaga.", .jews), ("Je hais la communauté rom.", .roma),
            ("Je hais la communauté noire.", .black), ("La communauté gay est un nid de vermine.", .lgb),
            ("De joodse gemeenschap is een kanker.", .jews), ("Ik haat de zwarte gemeenschap.", .black),
            ("The Jewish community is a cancer.", .jews),
        ])
    func hostile(text: String, group: TargetGroup) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // 0.00–0.15 before, with no group.
        #expect(r.hateful && r.targets == [group], "\(text): \(r.score) \(r.targets)")
    }

    @Test(
        "friendly and neutral sentences about a community stay not hateful",
        arguments: [
            "Ik hoop dat de joodse gemeenschap zich hier veilig voelt.",
            "La comunidad gitana celebra su día este sábado.",
            "La communauté musulmane organise un iftar ce soir.", "I love the Muslim community here.",
            "De joodse gemeenschap herdenkt vandaag.", "El barrio tiene una gran población marroquí.",
        ])
    func friendly(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test("the noun goes only beside a group word, in a hostile message that condemns nothing, and not when quoted")
    func tokens() {
        func words(_ text: String, _ language: Language) -> [String] {
            let buffer = TokenBuffer()
            buffer.tokenize(text, language: language)
            return (0..<buffer.count).map { buffer.string(at: $0) }
        }
        #expect(words("Odio a la comunidad judía", .es) == ["odio", "a", "la", "judia"])
        #expect(words("de joodse gemeenschap is een kanker", .nl) == ["de", "joodse", "is", "een", "kanker"])
        #expect(words("la comunidad judía celebra", .es) == ["la", "comunidad", "judia", "celebra"])
        #expect(words("odio a la comunidad de vecinos", .es).contains("comunidad"))
        #expect(words("odiar a la comunidad judía es racista", .es).contains("comunidad"))
        #expect(words("they hate the \"Jewish community\"", .en).contains("community"))
    }
}
