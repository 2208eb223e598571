import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The online vs offline page leads with the statistic its permutation test judges (the correlation of the
/// detrended series), draws it by lag, and keeps the raw r as a labelled secondary column.
@Suite("Online vs offline: the tested correlation, charted")
struct OnlineOfflineChartTests {
    /// 26 whole weeks of planted rows and verified reports, ending a week before today; the filters for them.
    static func plant(_ app: TestApp) async throws -> String {
        let sql = try app.sql
        let area = PlantedStream.a
        let today = CityClock(timeZoneIdentifier: "Europe/London").dayAndHour(app.clock.now).day
        // Day 0 (1970-01-01) was a Thursday: (day + 3) % 7 counts days since Monday.
        let to = today - (today + 3) % 7 - 1 - 7
        let from = to - 26 * 7 + 1
        try await PlantedStream.weeklyLevels(sql, area: area, days: from...to) { ($0 + 3) % 7 == 2 }
        return "group=muslims&area=\(area)&from=\(Timestamp.dayLabel(from))&to=\(Timestamp.dayLabel(to))"
    }

    /// The inline SVG whose id starts with `id`.
    static func svg(_ page: String, id: String) -> String? {
        page.components(separatedBy: "<svg").dropFirst().first { $0.contains("id=\"\(id)-title\"") }
            .map { String($0.components(separatedBy: "</svg>")[0]) }
    }

    static func count(_ text: String, _ part: String) -> Int { text.components(separatedBy: part).count - 1 }

    @Test("the JSON gives the tested r and its interval; the page charts one mark per computed lag and labels the raw r",
          arguments: TestEngine.available)
    func testedCorrelationShown(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let filters = try await Self.plant(app)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let response = try await analyst.get("/api/v1/analysis/online-offline?\(filters)")
            #expect(response.status == .ok)
            let analysis = try #require((try response.json()["result"] as? [String: Any])?["analysis"] as? [String: Any])
            let daily = try #require(analysis["daily"] as? [[String: Any]])
            let weekly = try #require(analysis["weekly"] as? [[String: Any]])
            #expect(daily.count == 29 && weekly.count == 9)
            for row in daily + weekly where row["status"] as? String == "ok" {
                let tested = try #require(row["testedCorrelation"] as? Double, "\(row)")
                let lower = try #require(row["testedLower95"] as? Double), upper = try #require(row["testedUpper95"] as? Double)
                #expect(lower < tested && tested < upper, "\(row)")
            }
            // The headline lag is the one with the largest tested |r|, not the largest raw |r|.
            let strongest = try #require(analysis["strongestDaily"] as? [String: Any])
            let largest = daily.compactMap { $0["testedCorrelation"] as? Double }.map(abs).max()
            #expect((strongest["testedCorrelation"] as? Double).map(abs) == largest)

            let page = try await analyst.get("/analysis/online-offline?lang=en&\(filters)")
            #expect(page.status == .ok)
            let text = page.text
            #expect(text.contains("<th>r (trends removed)</th>") && text.contains("<th>raw r, trends included</th>"))
            #expect(text.contains("a positive lag means online hate comes first"))
            #expect(text.contains("not a prediction about any person"))
            #expect(!text.contains("<script"))
            for (id, lags) in [("lags-daily", daily), ("lags-weekly", weekly)] {
                let chart = try #require(Self.svg(text, id: id), "\(id) on the page")
                let computed = lags.filter { $0["status"] as? String == "ok" && $0["testedCorrelation"] != nil }.count
                #expect(computed > 0)
                #expect(Self.count(chart, "class=\"lag-mark") == computed, "\(id)")
                #expect(Self.count(chart, "class=\"lag-mark") + Self.count(chart, "class=\"lag-gap\"") == lags.count, "\(id)")
                #expect(chart.contains("class=\"zero\"") && chart.contains("Too little data"), "\(id): zero line and gap legend")
                let significant = lags.filter { ($0["familyPValue"] as? Double ?? 1) < 0.05 }.count
                #expect(Self.count(chart, "lag-mark significant") == significant, "\(id)")
            }
            // Daily lags beyond the overlap guard do not exist in 26 weeks; the tested r leads each row.
            let zero = try #require(daily.first { $0["lag"] as? Int == 0 })
            let tested = String(format: "%.2f", try #require(zero["testedCorrelation"] as? Double))
            #expect(text.contains("<tr><td>0</td><td>182</td><td>\(tested)</td>"), "lag 0 row")
            // The other five languages draw the chart with their own words.
            for (language, axis) in [("es", "Desfase en días"), ("ca", "Desfasament en dies"), ("fr", "Décalage en jours"),
                                     ("nl", "Vertraging in dagen"), ("sv", "Eftersläpning i dagar")] {
                let localised = try await analyst.get("/analysis/online-offline?lang=\(language)&\(filters)").text
                #expect(localised.contains(axis), "\(language)")
            }
        }
    }

    @Test("in headless Chromium on a phone the lag chart's labels stay readable and the page does not overflow",
          .enabled(if: HeadlessChromium.path != nil, "headless Chromium is not installed"))
    func inBrowser() async throws {
        try await TestApp.with(.sqlite) { app in
            let chromium = try #require(HeadlessChromium.path)
            let filters = try await Self.plant(app)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let page = try await analyst.get("/analysis/online-offline?lang=en&\(filters)").text
            let shot = BrowserTests.screenshotFolder.appendingPathComponent("phone-online-offline.png")
            let measured = try PhoneLayout.measure(chromium, html: page, folder: app.dataDirectory, screenshot: shot)
            #expect(measured.innerWidth == PhoneLayout.width)
            let lagCharts = measured.charts.filter { $0.id.hasPrefix("lags-") }
            #expect(lagCharts.count == 2, "\(measured.charts)")
            for chart in lagCharts { #expect(chart.label >= 9, "\(chart.id): labels at \(chart.label) px") }
            #expect(measured.overflowing.isEmpty, "\(measured.overflowing.prefix(10))")
            #expect(try Data(contentsOf: shot).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }
}
