import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// A period of 13–15 whole weeks computes only the inner weekly lags; the page says which are missing and why.
@Suite("Online vs offline by week: the lags a short period lacks are named")
struct OnlineOfflineMissingLagsTests {
    static let notes: [(language: String, text: String)] = [
        ("en", "Weekly lags ±2…±4 are not computed: they need a period of 14–16 whole weeks, and this one holds 13."),
        (
            "es",
            "Los desfases semanales ±2…±4 no se calculan: necesitan un periodo de 14–16 semanas completas y "
                + "este tiene 13."
        ),
        (
            "ca",
            "Els desfasaments setmanals ±2…±4 no es calculen: necessiten un període de 14–16 setmanes senceres i "
                + "aquest en té 13."
        ),
        (
            "fr",
            "Les décalages hebdomadaires ±2…±4 ne sont pas calculés : ils demandent une période de 14–16 semaines "
                + "entières, et celle-ci en compte 13."
        ),
        (
            "nl",
            "Wekelijkse vertragingen ±2…±4 worden niet berekend: ze hebben een periode van 14–16 hele weken nodig en "
                + "deze telt er 13."
        ),
        (
            "sv",
            "Veckovisa eftersläpningar ±2…±4 beräknas inte: de kräver en period på 14–16 hela veckor och den här "
                + "har 13."
        ),
    ]

    @Test("13 whole weeks: the page names lags ±2…±4 in every language; 15 weeks names ±4; 26 weeks names none",
          arguments: TestEngine.available)
    func missingLagsNamed(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let sql = try app.sql
            let area = PlantedStream.a
            let today = CityClock(timeZoneIdentifier: "Europe/London").dayAndHour(app.clock.now).day
            // Day 0 (1970-01-01) was a Thursday: (day + 3) % 7 counts days since Monday.
            let to = today - (today + 3) % 7 - 1 - 7  // a Sunday at least a week back
            #expect((to + 3) % 7 == 6)
            let from = to - 26 * 7 + 1  // a Monday: 26 whole weeks
            // Online: a level per week; offline: one to four verified reports on each week's Wednesday.
            try await PlantedStream.weeklyLevels(sql, area: area, days: from...to) { ($0 + 3) % 7 == 2 }
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            func filters(weeks: Int) -> String {
                "group=muslims&area=\(area)&from=\(Timestamp.dayLabel(to - weeks * 7 + 1))&to=\(Timestamp.dayLabel(to))"
            }
            // The JSON already says it lag by lag: 13 whole weeks compute −1…+1 only.
            let response = try await analyst.get("/api/v1/analysis/online-offline?\(filters(weeks: 13))")
            let result = try response.json()["result"] as? [String: Any]
            let analysis = try #require(result?["analysis"] as? [String: Any])
            let weekly = try #require(analysis["weekly"] as? [[String: Any]])
            let computed = weekly.filter { $0["status"] as? String == "ok" }.compactMap { $0["lag"] as? Int }
            #expect(computed.sorted() == [-1, 0, 1], "\(weekly)")
            for (language, text) in Self.notes {
                let page = try await analyst.get("/analysis/online-offline?lang=\(language)&\(filters(weeks: 13))")
                #expect(page.status == .ok)
                #expect(page.text.contains(text), "\(language)")
                // The computed lags are still in the table.
                #expect(page.text.contains("<tr><td>0</td><td>13</td>"), "\(language)")
            }
            let fifteen = try await analyst.get("/analysis/online-offline?lang=en&\(filters(weeks: 15))")
            #expect(
                fifteen.text.contains(
                    "Weekly lags ±4 are not computed: they need a period of 16 whole weeks, and this one holds 15."))
            let full = try await analyst.get("/analysis/online-offline?lang=en&\(filters(weeks: 26))")
            #expect(full.status == .ok)
            #expect(full.text.contains("<tr><td>4</td><td>22</td>"))
            #expect(!full.text.contains("are not computed"))
        }
    }
}
