import Testing

@testable import CGClassifier

/// Violence against a group announced as the speaker's intent ("I want to strangle every lesbian in this city" 0.36):
/// the English model learned its threats from a few verbs in a few frames (2026-12-01, twelfth session).
@Suite("Violence announced as intent")
struct IntentTests {
    @Test(
        "a frame of intent, a verb of violence and the group after articles or hostile words",
        arguments: ["I want to strangle every lesbian in this city."])
    func raised(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.threatensWithIntent(table) }
    }

    @Test(
        "the rule sees other frames and verbs",
        arguments: [
            "I'm gonna choke the next refugee I meet.", "We will hunt down the trans freaks one by one.",
            "I'm going to punch the next Jew I see.", "I'll happily torch a few of those gypsies",
            "I will drown a boatload of migrants myself.",
        ])
    func seen(text: String) throws {
        try HateExpressionTests.seenByRule(text) { extractor, table in extractor.threatensWithIntent(table) }
    }

    @Test(
        "a negated intent, a report, someone else as the object, an event, a verb of sport",
        arguments: [
            "I will never hurt a gay person.", "He said he will kill all Muslims.",
            "I will hurt anyone who touches a refugee.", "I'm going to shoot a gay wedding next week.",
            "We will beat the women's team on Sunday.", "I'll hang out with the gay guys.",
            "We will attack the Muslim ban in court.", "I want to kill the stereotype that women can't drive.",
        ])
    func notSeen(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.threatensWithIntent(table) }
    }
}
