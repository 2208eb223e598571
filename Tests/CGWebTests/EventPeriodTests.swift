import CGSentiment
import Foundation
import Testing

/// An analyst who picks a period that starts in the middle of a trigger event: the event keeps its true days
/// and whole size, says it started before the period, and gives its part within the period, on the page and in
/// the JSON alike.
@Suite("Trigger events reaching outside the period")
struct EventPeriodTests {
    /// The hateful messages against Muslims per day (city-wide, or in `area`) from the series JSON.
    static func series(_ analyst: Browser, from: Int, to: Int, area: String? = nil) async throws -> [Int: Int] {
        let query = "group=muslims&from=\(Timestamp.dayLabel(from))&to=\(Timestamp.dayLabel(to))" + (area.map { "&area=\($0)" } ?? "")
        let result = try #require(try await analyst.get("/api/v1/analysis/series?\(query)").json()["result"] as? [String: Any])
        let series = try #require(result["series"] as? [String: Any])
        let hateful = try #require(series["hateful"] as? [Int])
        return Dictionary(uniqueKeysWithValues: hateful.enumerated().map { (from + $0.offset, $0.element) })
    }

    static func range(_ value: Any?) throws -> DayRange {
        let object = try #require(value as? [String: Any])
        return DayRange(from: try #require(object["from"] as? Int), to: try #require(object["to"] as? Int))
    }

    /// The messages of `daily` on the days of `days` from `first` on.
    static func sum(_ daily: [Int: Int], _ days: DayRange, from first: Int = Int.min) -> Double {
        Double(days.days.filter { $0 >= first }.reduce(0) { $0 + (daily[$1] ?? 0) })
    }

    @Test("an event that started before `from` keeps its start, end and whole size, and gives the messages within the period next to them, each area too",
          arguments: TestEngine.available)
    func startsBeforeThePeriod(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let from = stream.eventStart + 2
            let query = "group=muslims&from=\(Timestamp.dayLabel(from))&to=\(Timestamp.dayLabel(stream.today))"
            let events = try #require(try await analyst.get("/api/v1/analysis/events?\(query)").json()["result"] as? [[String: Any]])
            let event = try #require(events.first)
            let period = try Self.range(event["period"])
            #expect(period.from < from, "the event's true start is kept: \(period.fromDate)")
            let city = try await Self.series(analyst, from: period.from - 3, to: stream.today)
            // The whole size is the city-wide spike's days, as before; the part is the same count over its days
            // within the period.
            let part = try #require(event["inPeriod"] as? [String: Any], "no part within the period")
            let cityDays = try Self.range(event["cityPeriod"])
            #expect(event["observed"] as? Double == Self.sum(city, cityDays))
            let partDays = try Self.range(part["period"])
            #expect(partDays == DayRange(from: from, to: period.to))
            let inPeriod = try #require(part["observed"] as? Double)
            #expect(inPeriod == Self.sum(city, cityDays, from: from))
            #expect(inPeriod > 0 && inPeriod < (event["observed"] as? Double ?? 0))

            // Each area that started before the period gives its own part, from its own series.
            let page = try await analyst.get("/analysis/events?\(query)").text
            let areas = try #require(event["areas"] as? [[String: Any]])
            var areaParts = 0
            for area in areas {
                let code = try #require(area["areaCode"] as? String), name = try #require(area["name"] as? String)
                let days = try Self.range(area["period"])
                let own = try await Self.series(analyst, from: days.from, to: stream.today, area: code)
                let observed = Self.sum(own, days)
                #expect(area["observed"] as? Double == observed, "\(code)")
                guard days.from < from else {
                    #expect(area["inPeriod"] == nil, "\(code)")
                    continue
                }
                areaParts += 1
                let areaPart = try #require(area["inPeriod"] as? [String: Any], "\(code)")
                let partObserved = Self.sum(own, days, from: from)
                #expect(areaPart["observed"] as? Double == partObserved, "\(code)")
                #expect(page.contains("\(name) (\(days.fromDate) – \(days.toDate): \(Int(observed)); \(Int(partObserved)) in the period)"), "\(name)")
            }
            #expect(areaParts > 0)
            // The page: the true start marked as before the period, the part next to the whole size.
            #expect(page.contains("\(period.fromDate) (before the period)"))
            #expect(page.contains("; \(Int(inPeriod)) of them in the period (\(partDays.fromDate) – \(partDays.toDate))"))

            // Asked from its first day on, the event lies within the period: no part, no mark.
            let whole = "group=muslims&from=\(period.fromDate)&to=\(Timestamp.dayLabel(stream.today))"
            let inside = try #require(try await analyst.get("/api/v1/analysis/events?\(whole)").json()["result"] as? [[String: Any]])
            #expect(inside.first?["inPeriod"] == nil)
            #expect(!(try await analyst.get("/analysis/events?\(whole)")).text.contains("in the period"))
        }
    }
}
