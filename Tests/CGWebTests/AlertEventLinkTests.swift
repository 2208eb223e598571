import CGSentiment
import CGStorage
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Alerts link to their trigger event's page while it exists")
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
}
