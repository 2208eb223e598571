import CGSentiment
import CGStorage
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Alerts link to their trigger event's page while it exists; the event page refuses a group filter it does not match")
struct AlertEventLinkTests {
    @Test("the dashboard, the alerts page and the alerts JSON lead to the alert's event; once the event is gone the alert stays, unlinked",
          arguments: TestEngine.available)
    func alertLinks(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let (stream, analyst) = try await Fixtures.analystWithPlantedAlert(app)
            let key = "muslims-\(Timestamp.dayLabel(stream.eventStart))"
            let link = "href=\"/analysis/events/\(key)?city=london"
            func text(_ path: String) async throws -> String {
                let response = try await analyst.get(path)
                #expect(response.status == .ok, "\(path): \(response.status)")
                return response.text
            }
            func eventPages() async throws -> [String?] {
                let body = try await analyst.get("/api/v1/analysis/alerts").json()
                let alerts = try #require(body["result"] as? [[String: Any]])
                #expect(alerts.count == 1)
                // The field is there on every alert, null when there is no page.
                for alert in alerts { #expect(alert.keys.contains("eventPage"), "\(alert)") }
                return alerts.map { $0["eventPage"] as? String }
            }

            // Linked: the dashboard's events table and its alerts table, the alerts page's table, the JSON.
            #expect(try await text("/analysis").components(separatedBy: link).count - 1 == 2)
            #expect(try await text("/analysis/alerts").components(separatedBy: link).count - 1 == 1)
            let path = try #require(try await eventPages().first ?? nil)
            #expect(path.hasPrefix("/analysis/events/\(key)?city=london&from="), "\(path)")
            // The link answers with the event, under the alerts' filters.
            #expect(try await text(path).contains(Timestamp.dayLabel(stream.eventStart)))

            // The event the alert was for is gone: here its recorded start is moved weeks before any event of the
            // group, as when the data an event was found in change.
            let sql = try #require(app.app.db as? any SQLDatabase)
            try await sql.update(M0024_CreateAnalysisAlerts.schema).set("start_day", to: SQLBind(stream.eventStart - 30)).run()
            #expect(try await text("/analysis").components(separatedBy: link).count - 1 == 1, "only the events table links")
            let alertsPage = try await text("/analysis/alerts")
            #expect(!alertsPage.contains(link))
            #expect(alertsPage.contains("market attack"), "the alert is still listed")
            #expect(try await eventPages() == [nil])
        }
    }

    @Test("a group filter other than the event's answers 404 naming the filter, with a link back keeping it; all groups or the event's own answer 200",
          arguments: TestEngine.available)
    func contradictingGroup(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let (stream, analyst) = try await Fixtures.analystWithPlantedStream(app)
            let key = "muslims-\(Timestamp.dayLabel(stream.eventStart))"
            for group in ["all", "muslims"] {
                #expect(try await analyst.get("/api/v1/analysis/events/\(key)?group=\(group)").status == .ok, "\(group)")
                #expect(try await analyst.get("/analysis/events/\(key)?group=\(group)").status == .ok, "\(group)")
            }
            for group in ["jews", "none"] {
                let api = try await analyst.get("/api/v1/analysis/events/\(key)?group=\(group)")
                #expect(api.status == .notFound, "\(group): \(api.status)")
                let fields = try api.json()["fields"] as? [String: String]
                #expect(fields?["group"]?.hasPrefix("the event is against another group") == true, "\(api.text)")
                let page = try await analyst.get("/analysis/events/\(key)?group=\(group)&lang=en")
                #expect(page.status == .notFound)
                #expect(!page.text.contains("market attack"), "no event shown under a filter it does not match")
                #expect(page.text.contains("href=\"/analysis/events?city=london"), "a link back to the list")
                #expect(page.text.contains("group=\(group)"), "the link back keeps the filter")
                let spanish = try await analyst.get("/analysis/events/\(key)?group=\(group)&lang=es").text
                #expect(spanish.contains("el evento es contra otro grupo"), "\(spanish.suffix(800))")
            }
        }
    }
}
