import CGSentiment
import Foundation
import Testing

/// An analyst who filters the trigger events by an area: each event keeps its true days and whole size (one event,
/// one size, on every page) and gives the area's part next to it, on the page and in the JSON alike; an event the
/// area took no part in is not listed under it.
@Suite("Trigger events under an area filter")
struct EventAreaTests {
    static func events(_ analyst: Browser, _ query: String) async throws -> [[String: Any]] {
        try #require(try await analyst.get("/api/v1/analysis/events?\(query)").json()["result"] as? [[String: Any]])
    }

    @Test("an event under an area keeps its whole size and gives the area's own days and messages, also within the period",
          arguments: TestEngine.available)
    func partInTheArea(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let whole = try #require(try await Self.events(analyst, "group=muslims").first)
            #expect(whole["inAreas"] == nil, "no area, no part")

            let code = PlantedStream.a
            let event = try #require(try await Self.events(analyst, "group=muslims&area=\(code)").first)
            // The whole size is the city's, as on the unfiltered page.
            #expect(event["observed"] as? Double == whole["observed"] as? Double)
            #expect(try EventPeriodTests.range(event["period"]) == EventPeriodTests.range(whole["period"]))
            let area = try #require((event["areas"] as? [[String: Any]])?.first { $0["areaCode"] as? String == code })
            let days = try EventPeriodTests.range(area["period"])
            let own = try await EventPeriodTests.series(analyst, from: days.from, to: stream.today, area: code)
            let observed = EventPeriodTests.sum(own, days)
            let part = try #require(event["inAreas"] as? [String: Any], "no part in the area")
            #expect(part["areas"] as? [String] == [code])
            #expect(try EventPeriodTests.range(part["period"]) == days)
            #expect(part["observed"] as? Double == observed)
            #expect(observed > 0 && observed < (whole["observed"] as? Double ?? 0))
            #expect(part["inPeriod"] == nil)

            let page = try await analyst.get("/analysis/events?group=muslims&area=\(code)").text
            #expect(page.contains("<th>In Tower Hamlets</th>") && page.contains("Size (whole event)"))
            #expect(page.contains("<td>\(Int(observed)) (\(days.fromDate) – \(days.toDate))</td>"))
            let size = Int(try #require(whole["observed"] as? Double)), expected = Int((whole["expected"] as? Double ?? 0).rounded())
            #expect(page.contains("\(size) hateful messages, \(expected) expected"))
            // The series under the area carries the same part on its events.
            let series = try #require(
                try await analyst.get("/api/v1/analysis/series?group=muslims&area=\(code)").json()["result"] as? [String: Any])
            let seriesPart = (series["events"] as? [[String: Any]])?.first?["inAreas"] as? [String: Any]
            #expect(seriesPart?["observed"] as? Double == observed)

            // From the event's third day: the area's part within the period too.
            let from = stream.eventStart + 2
            let late = "group=muslims&area=\(code)&from=\(Timestamp.dayLabel(from))&to=\(Timestamp.dayLabel(stream.today))"
            let clipped = try #require(try await Self.events(analyst, late).first)
            let inside = try #require((clipped["inAreas"] as? [String: Any])?["inPeriod"] as? [String: Any])
            let partInside = EventPeriodTests.sum(own, days, from: from)
            #expect(inside["observed"] as? Double == partInside)
            #expect(try EventPeriodTests.range(inside["period"]) == DayRange(from: from, to: days.to))
            #expect(try await analyst.get("/analysis/events?\(late)").text
                .contains("<td>\(Int(observed)) (\(days.fromDate) – \(days.toDate)); \(Int(partInside)) in the period</td>"))

            // Barnet took no part: nothing is listed under it, on the page, the dashboard or the series.
            #expect(try await Self.events(analyst, "group=muslims&area=\(PlantedStream.c)").isEmpty)
            #expect(try await analyst.get("/analysis/events?group=muslims&area=\(PlantedStream.c)").text
                .contains("No trigger event was found in this period."))
        }
    }
}
