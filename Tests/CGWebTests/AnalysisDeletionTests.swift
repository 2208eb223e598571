import CGGeo
import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Analyses after ingest and deletion")
struct AnalysisDeletionTests {
    static func areaCount(_ browser: Browser, _ area: String, group: String = "all") async throws -> (messages: Int, hateful: Int) {
        let response = try await browser.get("/api/v1/analysis/map?group=\(group)&from=2026-08-01&to=2026-09-21")
        let result = try #require(try response.json()["result"] as? [String: Any])
        let row = try #require((result["areas"] as? [[String: Any]])?.first { $0["areaCode"] as? String == area })
        return (try #require(row["messages"] as? Int), try #require(row["hateful"] as? Int))
    }

    @Test("a message ingested through the ingest service counts on the map, and disappears when it is deleted",
          arguments: TestEngine.available)
    func deletedMessageDisappears(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let ingest = MessageIngestService(app: app.app)
            _ = try await ingest.register(MessageSource.demo, actor: .commandLine)
            let pack = try #require(CityPacks.pack(id: "london"))
            let start = app.clock.now.addingTimeInterval(-20 * 86_400)
            let stream = DemoStream.generate(city: pack, days: 14, seed: 7, start: start, messagesPerAreaPerDay: 6)
            let summary = try await ingest.ingest(
                MessageReadResult(messages: stream.messages), source: MessageSource.demo.name, city: "london", actor: .commandLine)
            #expect(summary.stored > 1000)
            // A stored hateful message placed in an area.
            let row = try #require(
                try await app.sql.select().from("online_messages").columns("message_id", "area")
                    .where("hateful", .equal, true).where("area", .notEqual, AggregateKey.unplaced).limit(1).first())
            let id = try row.decode(column: "message_id", as: String.self)
            let area = try row.decode(column: "area", as: String.self)
            let browser = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let before = try await Self.areaCount(browser, area)
            #expect(before.hateful >= 1)
            #expect(try await ingest.delete(source: MessageSource.demo.name, messageID: id, actor: .commandLine))
            let after = try await Self.areaCount(browser, area)
            #expect(after.messages == before.messages - 1)
            #expect(after.hateful == before.hateful - 1)
            let page = try await browser.get("/analysis/map")
            #expect(page.status == .ok)
            #expect(page.text.contains("class=\"synthetic\""))
        }
    }
}
