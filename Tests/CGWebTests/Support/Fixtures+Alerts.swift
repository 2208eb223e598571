import CGWeb
import Foundation
import Testing

extension Fixtures {
    /// The planted stream written, an analyst subscribed (through the alerts page's form) to its group in London,
    /// and the early-warning job run once: one alert recorded. The app needs `CG_EARLY_WARNING_INTERVAL=0`.
    static func analystWithPlantedAlert(_ app: TestApp) async throws -> (stream: PlantedStream, analyst: Browser) {
        let (stream, analyst) = try await analystWithPlantedStream(app)
        try await analyst.get("/analysis/alerts")
        let subscribed = try await analyst.post("/analysis/alerts/subscriptions", ["city": "london", "groups": "muslims"])
        #expect(subscribed.status == .seeOther, "\(subscribed.status) \(subscribed.text.prefix(300))")
        #expect(try await EarlyWarningJob(app: app.app).run(now: app.clock.now).alertsRecorded == 1)
        return (stream, analyst)
    }
}
