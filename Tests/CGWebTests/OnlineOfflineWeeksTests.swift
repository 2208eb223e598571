import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The weekly online/offline correlation, checked by hand from the page's own daily figures.
@Suite("Online vs offline by week: whole weeks only")
struct OnlineOfflineWeeksTests {
    static func pearson(_ x: [Double], _ y: [Double], lag: Int) -> Double {
        let pairs = x.indices.compactMap { t in y.indices.contains(t + lag) ? (x[t], y[t + lag]) : nil }
        let mx = pairs.map(\.0).reduce(0, +) / Double(pairs.count), my = pairs.map(\.1).reduce(0, +) / Double(pairs.count)
        let sxy = pairs.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = pairs.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }, syy = pairs.reduce(0) { $0 + ($1.1 - my) * ($1.1 - my) }
        return sxy / (sxx * syy).squareRoot()
    }

    @Test("a period from a Saturday to a Tuesday: the weekly r and overlap are those of its 14 whole weeks",
          arguments: TestEngine.available)
    func wholeWeeks(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let sql = try app.sql
            let area = PlantedStream.a
            let today = CityClock(timeZoneIdentifier: "Europe/London").dayAndHour(app.clock.now).day
            // Day 0 (1970-01-01) was a Thursday: (day + 3) % 7 counts days since Monday.
            let to = today - ((today + 3) % 7 - 1 + 7) % 7 - 7  // a Tuesday
            let from = to - 101  // a Saturday: 2 days, 14 whole weeks, 2 days
            #expect((from + 3) % 7 == 5 && (to + 3) % 7 == 1)
            // Online: a level per week; offline: reports on the week's Wednesday, loosely following it.
            try await PlantedStream.weeklyLevels(sql, area: area, days: from...to) { day in
                (day + 3) % 7 == 2 || day == from || day == to
            }
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let filters = "group=muslims&area=\(area)&from=\(Timestamp.dayLabel(from))&to=\(Timestamp.dayLabel(to))"
            let series = try #require(try await analyst.get("/api/v1/analysis/series?\(filters)").json()["result"] as? [String: Any])
            let online = try #require((series["series"] as? [String: Any])?["hateful"] as? [Int]).map(Double.init)
            let offline = try #require(series["offlineIncidents"] as? [Int]).map(Double.init)
            #expect(online.count == 102 && offline.count == 102)
            // The 14 whole weeks: days 2…99 of the period.
            func weeks(_ daily: [Double]) -> [Double] { (0..<14).map { w in daily[(2 + 7 * w)..<(9 + 7 * w)].reduce(0, +) } }
            let response = try await analyst.get("/api/v1/analysis/online-offline?\(filters)")
            #expect(response.status == .ok)
            let analysis = try #require((try response.json()["result"] as? [String: Any])?["analysis"] as? [String: Any])
            let weekly = try #require(analysis["weekly"] as? [[String: Any]])
            for lag in [-2, 0, 1] {
                let row = try #require(weekly.first { $0["lag"] as? Int == lag })
                #expect(row["overlap"] as? Int == 14 - abs(lag), "lag \(lag): \(row)")
                let r = try #require(row["correlation"] as? Double, "lag \(lag): \(row)")
                #expect(abs(r - Self.pearson(weeks(online), weeks(offline), lag: lag)) < 1e-9, "lag \(lag)")
            }
            // The page shows the same weekly r at lag 0, in its last column (raw r, trends included; the tested r of
            // the detrended weeks leads the row since 2026-12-01).
            let r0 = try #require(weekly.first { $0["lag"] as? Int == 0 }?["correlation"] as? Double)
            let page = try await analyst.get("/analysis/online-offline?\(filters)")
            let row = page.text.components(separatedBy: "<tr><td>0</td><td>14</td>").dropFirst().first?
                .components(separatedBy: "</tr>").first
            #expect(row?.hasSuffix("<td>\(String(format: "%.2f", r0))</td>") == true, "\(row ?? "no lag 0 row")")
        }
    }
}

