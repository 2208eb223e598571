import Testing

@testable import CGClassifier

/// A group said to have arrived, gathered, celebrated or waited, plainly ("Refugees arrived …", "Les réfugiés sont
/// arrivés hier"): the models learned arrival and waiting from hateful sentences about immigration and flagged such
/// news in every language (0.54–0.96 before the rule, 12 of 43 probes; 2026-11-30, ninth session).
@Suite("Groups reported taking part in an ordinary event")
struct NewsReportTests {
    @Test(
        "a verb of an event after the group opening its clause, then only where and when, in six languages",
        arguments: [
            "The refugees arrived by boat last night", "Los refugiados llegaron ayer",
            "Les réfugiés sont arrivés hier", "Des centaines de migrants sont arrivés à Calais cette semaine",
            "Vluchtelingen wachten maanden op een beslissing", "De vluchtelingen kwamen gisteren aan in Ter Apel",
            "Els refugiats van arribar ahir al port", "Flyktingarna kom till Malmö i går",
            "Les réfugiés fuient la guerre",
        ])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.reportsGroupEvent(box.expressions, language: box.language)
        }
    }

    @Test(
        "a purpose, a second verb, a likeness, us against them, a second clause, hostility, a subject of its own",
        arguments: [
            "Migrants arrived by the thousands to live off our taxes", "Refugees arrived like a swarm of locusts",
            "Immigrants arrived and the crime rate went through the roof",
            "Los moros llegaron y empezaron los robos", "Les migrants sont arrivés pour profiter des allocations",
            "Marokkanen kwamen aan en de inbraken begonnen", "Invandrare kom till Sverige för att leva på bidrag",
            "Les réfugiés sont arrivés hier, il faut les renvoyer chez eux",
            "Flyktingarna kom till Malmö i går, skicka hem packet",
            "Refugees arrived yesterday, the filthy parasites", "Moslims kwamen hier",
            "Most gay people I've met have been utter douchebags", "Did the refugees arrive yesterday?",
            "\"Refugees arrived\" is all the news ever says",
        ])
    func notLowered(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.reportsGroupEvent(box.expressions, language: box.language), "\(text)")
    }

    /// News, figures or a study about a group (2026-12-01, tenth session).
    @Test(
        "news or figures about a group are not hate",
        arguments: [
            "statistics on Arabs were published today", "el telediario habló de los musulmanes y las pensiones",
        ])
    func newsAbout(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.reportsNewsAboutGroup(box.expressions, language: box.language)
        }
    }

    @Test(
        "news with hostility, a negation or a question is not the rule's",
        arguments: [
            "The report on immigrants shows they are criminals.", "Statistics on Jews: parasites, all of them.",
            "News about Muslims again, disgusting.", "Statistics on immigrants are never published?",
        ])
    func newsAboutNotSeen(text: String) throws {
        try HateExpressionTests.notSeenByBoxRule(text) { extractor, box in
            extractor.reportsNewsAboutGroup(box.expressions, language: box.language)
        }
    }
}
