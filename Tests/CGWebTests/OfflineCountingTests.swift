import CGSentiment
import CGWeb
import Foundation
import Testing
import VaporTesting

/// Offline incidents per group, as the series and the online/offline pages count them.
@Suite("Offline incidents: each verified report once under all")
struct OfflineCountingTests {
    @Test("a race/ethnicity report counts once under all (and for each of its six groups), one of age under all and none",
          arguments: TestEngine.available)
    func eachReportOnce(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let sql = try app.sql
            let today = CityClock(timeZoneIdentifier: "Europe/London").dayAndHour(app.clock.now).day
            let area = PlantedStream.a
            try await PlantedStream.verifiedReport(sql, day: today - 3, area: area, copy: 0)
            try await PlantedStream.verifiedReport(sql, day: today - 2, area: area, copy: 1, characteristics: "race_ethnicity", religion: nil)
            try await PlantedStream.verifiedReport(sql, day: today - 1, area: area, copy: 2, characteristics: "age", religion: nil)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            func offline(_ group: String) async throws -> (series: Int, total: Int?) {
                let series = try await analyst.get("/api/v1/analysis/series?group=\(group)").json()["result"] as? [String: Any]
                let both = try await analyst.get("/api/v1/analysis/online-offline?group=\(group)").json()["result"] as? [String: Any]
                return ((series?["offlineIncidents"] as? [Int] ?? []).reduce(0, +),
                        (both?["analysis"] as? [String: Any])?["offlineTotal"] as? Int)
            }
            for (group, expected) in [("all", 3), ("muslims", 1), ("black", 1), ("white", 1), ("none", 1), ("jews", 0)] {
                let counted = try await offline(group)
                #expect(counted.series == expected, "\(group)")
                #expect(counted.total == expected, "\(group)")
            }
        }
    }
}
