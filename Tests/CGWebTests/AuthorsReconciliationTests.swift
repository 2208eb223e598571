import CGAnalytics
import CGDomain
import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The "who drives it" page must say what it counts: its headline is the hateful messages the table holds (not
/// every message with an age band or gender), and the table's shown cells plus its hidden cells make that total.
@Suite("Who drives it: the headline counts what the table counts")
struct AuthorsReconciliationTests {
    /// Hand-made demographic rows for Muslims on one day: (age band, gender, messages, hateful).
    static let rows: [(String, String, Int, Int)] = [
        ("18-24", "male", 400, 40),
        ("18-24", "female", 200, 22),
        ("25-34", "male", 300, 31),
        ("25-34", "female", 100, 3),  // below 10: hidden
        ("45-54", "unknown", 150, 15),
        ("35-44", "unknown", 50, 0),
    ]
    // By hand: hateful 40 + 22 + 31 + 3 + 15 + 0 = 111; all messages 1,200 (what the old headline showed, eleven
    // times the table's total). The 3 is hidden, and to protect it the whole 18–24 + 25–34 by female × male
    // rectangle (40 + 22 + 31 + 3 = 96); the 15 is shown. Hateful figures are perturbed by the cell-key method
    // (until 2026-11-30 rounded to 5: 110, 95 and 15); these rows have no stored messages, so no authors: key 0.
    static let hatefulTrue = 111
    static let hatefulTotal = CellKeyPerturbation.publish(count: 111, cellKey: 0).value ?? -1
    static let allMessages = 1_200
    static let hiddenByHand = 96

    @Test("JSON and page: hateful total = table total, hidden cells counted, all messages labelled as such",
          arguments: TestEngine.available)
    func reconciles(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let today = CityClock(timeZoneIdentifier: "Europe/London").dayAndHour(app.clock.now).day
            var insert = try app.sql.insert(into: "online_demographics")
                .columns("city", "day", "target_group", "age_band", "gender", "messages", "hateful", "violent")
            for group in ["all", "muslims"] {
                for (band, gender, messages, hateful) in Self.rows {
                    insert = insert.values(
                        SQLBind("london"), SQLBind(today - 1), SQLBind(group), SQLBind(band), SQLBind(gender),
                        SQLBind(messages), SQLBind(hateful), SQLBind(0))
                }
            }
            try await insert.run()
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let range = "from=\(Timestamp.dayLabel(today - 7))&to=\(Timestamp.dayLabel(today))"

            let response = try await analyst.get("/api/v1/analysis/authors?group=muslims&\(range)")
            #expect(response.status == .ok, "\(response.text.prefix(300))")
            let result = try #require(try response.json()["result"] as? [String: Any])
            let table = try #require(result["hateful"] as? [String: Any])
            let labels = (try #require(table["rowLabels"] as? [String]), try #require(table["columnLabels"] as? [String]))
            let cells = try #require(table["cells"] as? [[[String: Any]]])
            let grand = try #require(table["grandTotal"] as? [String: Any])
            #expect(grand["value"] as? Int == Self.hatefulTotal)

            // The headline is the table's total, not every message with an age band or gender.
            let headline = try #require(result["hatefulWithDemographics"] as? [String: Any])
            #expect(headline["value"] as? Int == Self.hatefulTotal)
            #expect((result["messagesWithDemographics"] as? [String: Any])?["value"] as? Int == Self.allMessages)

            // Reconciliation: the hidden cells' true counts, summed by hand from the rows the response hides, are
            // reported (protected as one count), and shown + hidden make the total up to the perturbation (at most 2 per number).
            var hidden = 0, shown = 0, shownNumbers = 0
            for (band, gender, _, hateful) in Self.rows {
                let cell = cells[try #require(labels.0.firstIndex(of: band))][try #require(labels.1.firstIndex(of: gender))]
                if let value = cell["value"] as? Int {
                    shown += value
                    shownNumbers += 1
                } else {
                    hidden += hateful
                }
            }
            let small = cells[try #require(labels.0.firstIndex(of: "25-34"))][try #require(labels.1.firstIndex(of: "female"))]
            #expect(small["suppressed"] as? String == "fewer-than-10")
            #expect(hidden == Self.hiddenByHand && shown == CellKeyPerturbation.publish(count: 15, cellKey: 0).value)
            let expectedHidden = CellKeyPerturbation.publish(count: hidden, cellKey: 0)
            let hiddenCell = try #require(result["hatefulInSuppressedCells"] as? [String: Any])
            #expect(hiddenCell["value"] as? Int == expectedHidden.value && abs((expectedHidden.value ?? 0) - 96) <= 2)
            #expect(hiddenCell["perturbed"] as? Bool == true && grand["perturbed"] as? Bool == true)
            if expectedHidden.value == nil { #expect(hiddenCell["suppressed"] as? String == "fewer-than-10") }
            let hiddenShown = expectedHidden.value ?? 0
            let slack = 2 * (shownNumbers + 2) + (expectedHidden.value == nil ? 9 : 0)
            #expect(abs(shown + hiddenShown - Self.hatefulTotal) <= slack)
            // Never a count from 1 to 9.
            for value in (cells.joined().map { $0["value"] as? Int } + [hiddenCell["value"] as? Int]).compactMap({ $0 }) {
                #expect(value == 0 || value >= 10)
            }

            // The page says the same, in words that name what is counted.
            let page = try await analyst.get("/analysis/authors?group=muslims&\(range)")
            #expect(page.status == .ok)
            let html = page.text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&#x27;", with: "'")
            #expect(html.contains("Hateful messages whose author has an age band or gender (the table's total): \(Self.hatefulTotal);"))
            let hiddenText = expectedHidden.value.map(String.init) ?? "fewer than 10"
            #expect(html.contains("of them in hidden cells: \(hiddenText)."))
            #expect(html.contains("All messages whose author has an age band or gender, hateful or not: \(Self.allMessages)."))
        }
    }
}
