import Testing

@testable import CGClassifier

/// What the Stockholm trial's Swedish stream showed the classifier missing or misreading (2026-11-30, seventh session):
/// greed and rabble ("girigt pack"), disgust in the singular ("äcklig"), Somalis read as Roma, and two groups gathering
/// for peace read as hate against the first.
@Suite("Swedish forms the Stockholm trial found")
struct StockholmFindingsTests {
    @Test(
        "Swedish hate the trial's stream held is flagged for its group",
        arguments: [
            ("Judar är girigt pack", TargetGroup.jews), ("Prideparaden är äcklig, bögar är sjuka", .lgb),
            ("Somalier är apor, skicka tillbaka dem", .black), ("Somalierna i Rinkeby är ett jävla pack", .black),
        ])
    func flagged(text: String, group: TargetGroup) throws {
        let c = try #require(HateExpressionTests.classifier)
        let r = c.classify(text)
        #expect(r.language == .sv)
        #expect(r.hateful && r.targets.contains(group), "\(text): \(r.score) \(r.targets)")
    }

    @Test("'pack' is a carton in English and Dutch, and no cue there")
    func packIsNoCueInEnglish() throws {
        let c = try #require(HateExpressionTests.classifier)
        #expect(!c.classify("I bought a pack of crisps for the kids").hateful)
        #expect(!c.classify("Jag köpte ett pack mjölk").hateful)
    }

    @Test(
        "two groups gathering or praying together is not hate against either",
        arguments: [
            "Muslimer och judar samlades tillsammans för fred", "Muslims and Jews gathered together for peace",
        ])
    func gatheredTogether(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.affirmsGroup($1.expressions, language: $1.language) }
    }

    @Test("two groups gathering to do harm is not the rule's")
    func gatheredForHarm() throws {
        try HateExpressionTests.notSeenByRule("Muslims and Jews gathered to destroy our country") {
            $0.affirmsGroup($1, language: .en)
        }
    }
}

/// Catalan hate the lists lacked (2026-11-30, seventh session): groups named with Catalan words ("sudaques",
/// "minusvàlids") and a burning promised in the future tense.
@Suite("Catalan groups and threats")
struct CatalanFormsTests {
    @Test(
        "Catalan hate is flagged for its group",
        arguments: [
            ("Els sudaques haurien de tornar al seu país", TargetGroup.immigrants),
            ("Els minusvàlids són una càrrega per a la societat", .disabled),
            ("Cremarem la mesquita del barri", .muslims),
        ])
    func flagged(text: String, group: TargetGroup) throws {
        let c = try #require(HateExpressionTests.classifier)
        let r = c.classify(text)
        #expect(r.language == .ca)
        #expect(r.hateful && r.targets.contains(group), "\(text): \(r.score) \(r.targets)")
    }
}
