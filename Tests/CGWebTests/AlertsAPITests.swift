import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing

@Suite("Alerts API")
struct AlertsAPITests {
    @Test("GET /api/v1/analysis/alerts answers in the analysis envelope: the filters, whether the city's data is synthetic, the alerts in 'result'",
          arguments: TestEngine.available)
    func envelope(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let (_, analyst) = try await Fixtures.analystWithPlantedAlert(app)

            // The planted stream's only source is synthetic: the alerts say so, as every other analysis does.
            let response = try await analyst.get("/api/v1/analysis/alerts?group=muslims")
            #expect(response.status == .ok, "\(response.status) \(response.text.prefix(300))")
            let body = try response.json()
            #expect(body["synthetic"] as? Bool == true)
            let filters = try #require(body["filters"] as? [String: Any])
            #expect(filters["city"] as? String == "london")
            #expect(filters["group"] as? String == "muslims")
            let alerts = try #require(body["result"] as? [[String: Any]])
            #expect(alerts.count == 1)
            #expect(alerts.first?["group"] as? String == "muslims")
            let areas = try #require(alerts.first?["areas"] as? [String])
            #expect(areas.contains(PlantedStream.a) && areas.contains(PlantedStream.b))

            // The filters still select: another group has no alert.
            let other = try await analyst.get("/api/v1/analysis/alerts?group=jews").json()
            #expect((other["result"] as? [Any])?.isEmpty == true)

            // Real messages: the same alert, no longer marked synthetic.
            try await app.sql.update("online_sources").set("is_synthetic", to: SQLBind(false)).run()
            let real = try await analyst.get("/api/v1/analysis/alerts").json()
            #expect(real["synthetic"] as? Bool == false)
            #expect((real["result"] as? [Any])?.count == 1)

            // A bad filter is a 422 with the field, as on the other analysis endpoints.
            let bad = try await analyst.get("/api/v1/analysis/alerts?from=yesterday")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("from"))
        }
    }
}
