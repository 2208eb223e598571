import Testing

@testable import CGClassifier

/// What the London trial's English stream showed the classifier misreading (2026-11-30, seventh session): a women's
/// team praised in sports slang read as a threat, a trope of British slang missed, a spelling of "Jews" unknown.
@Suite("English forms the London trial found")
struct LondonFindingsTests {
    @Test("a team of a group praised in sports slang is not a threat against it")
    func sportsSlang() throws {
        try HateExpressionTests.loweredByRule("The womens team smashed it tonight!") {
            $0.affirmsGroup($1.expressions, language: $1.language)
        }
    }

    @Test("'too thick to vote' is a trope after a group")
    func thick() throws {
        let c = try #require(HateExpressionTests.classifier)
        let text = "Women are too thick to vote, get back in the kitchen"
        let (p, box, extractor) = SlurTests.modelScore(c, text)
        #expect(p < box.threshold, "the model alone: \(p)")
        #expect(extractor.expressesHatePlainly(box.expressions))
        #expect(c.classify(text).hateful)
    }

    @Test("'jooz' names Jews")
    func jooz() throws {
        let c = try #require(HateExpressionTests.classifier)
        let r = c.classify("Jooz control everything innit")
        #expect(r.hateful && r.targets == [.jews], "\(r.score) \(r.targets)")
    }

    @Test("'ppl' after a colour names the group as 'people' does")
    func ppl() throws {
        let c = try #require(HateExpressionTests.classifier)
        let r = c.classify("Black ppl are criminals")
        #expect(r.hateful && r.targets == [.black], "\(r.score) \(r.targets)")
        #expect(!c.classify("white ppl are so nice").hateful)
    }
}

/// What the fifth outside trial (Paris, French over HTTP) found in the classifier (2026-11-30, eighth session).
@Suite("What the Paris trial found")
struct ParisFindingsTests {
    @Test(
        "French monsters, 'transsexuels' and 'romanichels' name their hate and their group",
        arguments: [
            ("Les transsexuels sont des monstres", TargetGroup.trans),  // missed 63 of 63
            ("Ces romanichels sont une vermine, expulsez-les", .roma),  // flagged with no group 38 of 39
        ])
    func french(text: String, group: TargetGroup) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(r.hateful && r.targets == [group], "\(text): \(r.score) \(r.targets)")
    }
}
