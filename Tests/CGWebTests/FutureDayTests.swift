import CGSentiment
import Foundation
import Testing

/// An analyst who asks for a period ending after today: the period ends today in the city (by the app's clock),
/// and every page and JSON answer says so, rather than showing the days to come as empty days.
@Suite("A `to` after today")
struct FutureDayTests {
    @Test("the period ends today and says so, on every analysis page and JSON answer; a `from` after today is 422",
          arguments: TestEngine.available)
    func endsToday(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let today = Timestamp.dayLabel(stream.today), asked = Timestamp.dayLabel(stream.today + 31)
            let notice = "\(asked) is after today; shown to \(today)"

            let answer = try await analyst.get("/api/v1/analysis/series?group=muslims&to=\(asked)")
            #expect(answer.status == .ok)
            let json = try answer.json()
            let filters = try #require(json["filters"] as? [String: Any])
            #expect(filters["to"] as? String == today)
            #expect(filters["from"] as? String == Timestamp.dayLabel(stream.today - 55), "eight weeks up to today")
            #expect(json["notices"] as? [String: String] == ["to": notice])
            let series = try #require((json["result"] as? [String: Any])?["series"] as? [String: Any])
            let dates = try #require(series["dates"] as? [String])
            #expect(dates.count == 56 && dates.last == today, "no empty days after today")

            // Every analysis answer reads the same filters: the notice is everywhere, `from` as asked.
            let from = Timestamp.dayLabel(stream.today - 20)
            for kind in ["map", "events", "online-offline", "receivers", "authors", "segments", "alerts"] {
                let other = try await analyst.get("/api/v1/analysis/\(kind)?from=\(from)&to=\(asked)").json()
                #expect(other["notices"] as? [String: String] == ["to": notice], "\(kind)")
                #expect((other["filters"] as? [String: Any])?["from"] as? String == from, "\(kind)")
            }
            for path in ["/analysis", "/analysis/series", "/analysis/events", "/analysis/alerts"] {
                let page = try await analyst.get("\(path)?from=\(from)&to=\(asked)")
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains("“To” \(asked) is after today; shown to \(today)."), "\(path)")
                #expect(page.text.contains("value=\"\(today)\""), "\(path): the form shows the period shown")
            }
            // Up to today, as asked: no notice.
            #expect(try await analyst.get("/api/v1/analysis/series?to=\(today)").json()["notices"] == nil)
            #expect(!(try await analyst.get("/analysis/series?to=\(today)").text.contains("is after today")))

            // Nothing to show from a day after today: refused, naming the field.
            let future = try await analyst.get("/api/v1/analysis/series?from=\(asked)&to=\(asked)")
            #expect(future.status == .unprocessableEntity)
            #expect((try future.json()["fields"] as? [String: String])?["from"] == "must not be in the future")

            // Today is the app's clock's: a day later the same question ends a day later.
            // (A day later the session has expired: the analyst signs in again.)
            app.clock.advance(by: 86_400)
            let tomorrow = Timestamp.dayLabel(stream.today + 1)
            let again = try await Fixtures.signedIn(app, role: .analyst, email: "analyst2@example.org")
            let later = try await again.get("/api/v1/analysis/series?to=\(asked)").json()
            #expect((later["filters"] as? [String: Any])?["to"] as? String == tomorrow)
            #expect(later["notices"] as? [String: String] == ["to": "\(asked) is after today; shown to \(tomorrow)"])
        }
    }
}
