import CGSentiment
import CGWeb
import Foundation
import Testing
import VaporTesting

/// An English event's threat word through the API: "die", a Dutch stop word (that, those), is an English content
/// word and stays in the words of an event against Muslims in London.
@Suite("Event words keep a content word that is another language's stop word")
struct EventStopWordTests {
    static let chatter = [
        "Rain all week, as usual", "The bus has been stuck for twenty minutes", "Fresh strawberries at the market",
        "Residents meeting tomorrow evening", "Does anyone know a good plumber?",
    ]

    @Test("'Muslims should die': the event's words hold 'die' and no phrase with 'should'",
          arguments: TestEngine.available)
    func threatWordKept(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            try await EventSpellingTests.ingest(
                app, city: "london", areas: ["Camden", "Hackney", "Lambeth", "Southwark"],
                eventAreas: ["Camden", "Hackney"], chatter: Self.chatter, daily: "I hate Muslims, every one of them",
                event: Array(repeating: "Muslims should die, burn the mosque", count: 10))
            let analyst = try await EventSpellingTests.analyst(app, city: "london")
            let response = try await analyst.get("/api/v1/analysis/events?city=london&group=muslims")
            #expect(response.status == .ok)
            let events = try #require(try response.json()["result"] as? [[String: Any]])
            let event = try #require(
                events.first { $0["targetGroup"] as? String == "muslims" }, "\(response.text.prefix(600))")
            let terms = (event["terms"] as? [[String: Any]] ?? []).compactMap { $0["term"] as? String }
            #expect(terms.contains("die"), "\(terms)")
            #expect(!terms.contains { $0.contains("should") }, "\(terms)")
        }
    }
}
