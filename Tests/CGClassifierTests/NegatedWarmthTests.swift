import Testing

@testable import CGClassifier

/// The speaker denying a group liking, trust or respect ("No me gustan los judíos", "Ik mag joden niet", "Jag
/// gillar inte judar"): the negator reads as a negation to the models, which scored such messages 0.00–0.47 in
/// Dutch, Swedish and Spanish (11 of 35 probes missed; English and French were read right). 2026-11-30, ninth
/// session.
@Suite("Warmth denied to a group")
struct NegatedWarmthTests {
    @Test(
        "a denied liking, trust or respect before the group, or Dutch \"niet\" after it, is hate",
        arguments: [
            "No me gustan los judíos", "No confío en los musulmanes", "Ik hou niet van joden",
            "Ik heb geen respect voor moslims", "Ik mag joden niet", "Ik vertrouw Marokkanen niet",
            "Ik respecteer homo's niet", "Jag gillar inte judar", "Jag tycker inte om judar",
            "Jag respekterar inte bögar",
        ])
    func raised(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.expressesHatePlainly(table) }
    }

    @Test(
        "the Dutch verb-final denial in a subordinate clause",
        arguments: ["Eerlijk gezegd geef ik toe dat ik moslims niet vertrouw"])
    func subordinate(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.expressesHatePlainly(box.expressions))
        #expect(c.classify(text).hateful)
    }

    @Test(
        "a dislike of what is done to a group, of those who hate it, a permission, a question",
        arguments: [
            "No me gusta que insulten a los judíos", "No me gusta el odio contra los musulmanes",
            "Jag gillar inte när folk hatar judar", "Ik hou niet van mensen die joden haten",
            "Ik heb geen respect voor mensen die moslims uitschelden", "Ik mag moslims niet beledigen van de wet",
            "Wie zegt dat ik joden niet mag?", "Ik vertrouw mensen die homo's haten niet",
        ])
    func notRaised(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.expressesHatePlainly(table) }
    }

    /// 2026-12-01, tenth session: respect or liking the speaker cannot claim ("No puedo decir que respete a las
    /// personas trans" 0.03, "Je n'ai aucun respect pour les immigrés" 0.12, "Ik kan niet zeggen dat ik
    /// transgenders respecteer" 0.0001, "I do not like Jews at all" 0.27).
    @Test(
        "respect or liking the speaker cannot claim, or has none of, is hate",
        arguments: [
            "I can't say I like Muslims.", "I do not like Jews at all.",
            "No puedo decir que respete a las personas trans.", "No puedo decir que me gusten los gitanos.",
            "Je ne peux pas dire que je respecte les personnes trans.", "Je ne peux pas dire que j'aime les Roms.",
            "Je n'ai aucun respect pour les immigrés.", "Ik kan niet zeggen dat ik transgenders respecteer.",
            "Ik kan niet zeggen dat ik moslims mag.",
        ])
    func cannotClaim(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.expressesHatePlainly(table) }
    }

    @Test(
        "what the speaker cannot say is hatred, or cannot like is the harm done to a group",
        arguments: [
            "Ik kan niet zeggen dat ik moslims haat.", "I can't say I like seeing Muslims insulted.",
            "I do not like people who attack Jews.", "No puedo decir que odie a los gitanos.",
            "Je ne peux pas dire que je déteste les Roms.",
        ])
    func cannotClaimNotRaised(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.expressesHatePlainly(table) }
    }
}
