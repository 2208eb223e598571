import Testing
@testable import CGClassifier

@Suite("Language identification")
struct LanguageIdentifierTests {
    @Test("identifies everyday sentences in the six languages", arguments: [
        ("I think the people in this city are very friendly and helpful", Language.en),
        ("women aren't dangerous", .en),
        ("Creo que la gente de esta ciudad es muy amable", .es),
        ("los inmigrantes no son el problema", .es),
        ("Je pense que les gens de cette ville sont très gentils", .fr),
        ("Ik denk dat de mensen in deze stad heel vriendelijk zijn", .nl),
        ("Jag tror att människorna i den här staden är mycket vänliga", .sv),
        ("Crec que la gent d'aquesta ciutat és molt amable", .ca),
    ])
    func identifies(text: String, expected: Language) {
        #expect(LanguageIdentifier.shared.identify(text) == expected)
    }

    @Test("text without Latin letters or too short is other")
    func other() {
        #expect(LanguageIdentifier.shared.identify("") == .other)
        #expect(LanguageIdentifier.shared.identify("😡😡") == .other)
        #expect(LanguageIdentifier.shared.identify("Привет, как у тебя дела сегодня?") == .other)
    }
}
