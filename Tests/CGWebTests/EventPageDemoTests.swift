import CGGeo
import CGSentiment
@testable import CGWeb
import Foundation
import Testing

@Suite("Event pages of the demo")
struct EventPageDemoTests {
    @Test("every event the demo's events page lists links to a page and JSON that answer, with the list's days; the planted event carries its alert")
    func demoEvents() async throws {
        try await TestApp.with(.sqlite, adjust: {
            $0.isDemo = true
            $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0"
        }) { app in
            try await DemoSeeder.seed(app.app)
            let pack = try #require(CityPacks.pack(id: DemoSeeder.city))
            let analyst = Browser(app)
            _ = try await analyst.login(DemoSeeder.analystEmail, DemoSeeder.adminPassword)
            let list = try await analyst.get("/analysis/events?city=\(pack.id)")
            #expect(list.status == .ok)
            let links = list.text.ranges(of: "href=\"/analysis/events/").map { range -> String in
                let rest = list.text[range.upperBound...]
                let end = rest.firstIndex(of: "\"") ?? rest.endIndex
                return "/analysis/events/" + rest[..<end].replacingOccurrences(of: "&amp;", with: "&")
            }
            let json = try await analyst.get("/api/v1/analysis/events?city=\(pack.id)").json()
            let rows = try #require(json["result"] as? [[String: Any]])
            #expect(!rows.isEmpty, "the demo has trigger events")
            #expect(links.count == rows.count, "one link per row: \(links)")
            var alerted = 0
            for (link, row) in zip(links, rows) {
                let page = try await analyst.get(link)
                #expect(page.status == .ok, "\(link): \(page.status) \(page.text.prefix(300))")
                #expect(page.text.contains("class=\"synthetic\""))
                // The page's JSON twin: the same path and filters under /api/v1.
                let body = try await analyst.get("/api/v1" + link).json()
                let result = try #require(body["result"] as? [String: Any], "\(link)")
                let event = try #require(result["event"] as? [String: Any])
                #expect((event["period"] as? [String: Any])?["from"] as? Int == (row["period"] as? [String: Any])?["from"] as? Int)
                #expect(event["observed"] as? Double == row["observed"] as? Double)
                alerted += (result["alerts"] as? [Any])?.count ?? 0
            }
            #expect(alerted >= 1, "the demo's planted event was alerted")
        }
    }
}
