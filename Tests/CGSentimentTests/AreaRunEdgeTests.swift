import CGGeo
import Testing

@testable import CGAnalytics
@testable import CGSentiment

/// An area's run attached to a city-wide spike keeps an edge day outside the spike's days only with at least
/// ``TriggerEventFinder/areaEdgeMinimum`` messages (the Paris trial, seed 1: the 19th's run took in a day of 2
/// after the event, where it expects about 0.25).
@Suite("Area runs: edge days outside the city-wide spike")
struct AreaRunEdgeTests {
    static let paris = CityPacks.pack(id: "paris")!
    static let period = DayRange(from: 1000, to: 1059)

    /// 60 days, 25 messages per area-day; against Muslims one message every fourth day in each area (about 0.25 a
    /// day, 5 a day city-wide), then days 50–53 an event in the 19th (7, 6, 5, 6) and the 20th (6, 7, 6, 2), and
    /// day 54 a day of 2 in the 19th alone (city-wide about 6 against 5: no spike).
    /// `after` adds days after day 54 in the 19th.
    static func rows(after: [Int: Int] = [:]) -> [AggregateRow] {
        let planted: [String: [Int: Int]] = [
            "75119": [50: 7, 51: 6, 52: 5, 53: 6, 54: 2].merging(after) { $1 }, "75120": [50: 6, 51: 7, 52: 6, 53: 2],
        ]
        var rows: [AggregateRow] = []
        for (i, area) in paris.areas.enumerated() {
            for d in 0..<period.count {
                let day = period.from + d
                func key(_ group: String) -> AggregateKey {
                    AggregateKey(
                        city: "paris", area: area.code, day: day, hour: 0, targetGroup: group, type: "none",
                        language: "fr")
                }
                rows.append(AggregateRow(key: key(AggregateKey.allTargets), delta: AggregateDelta(messages: 25)))
                let hateful =
                    planted[area.code]?[d] ?? ((d >= 50 && planted[area.code] != nil) || (d + i) % 4 != 0 ? 0 : 1)
                if hateful > 0 {
                    rows.append(
                        AggregateRow(key: key("muslims"), delta: AggregateDelta(messages: hateful, hateful: hateful)))
                }
            }
        }
        return rows
    }

    /// The city-wide event against Muslims, by the finder as shipped (`shipped`) or without the edge minimum.
    static func event(shipped: Bool, after: [Int: Int] = [:]) throws -> TriggerEvent {
        let stream = Self.rows(after: after)
        let events =
            shipped
            ? TriggerEventFinder.find(rows: stream, pack: paris, period: period)
            : TriggerEventFinder.find(rows: stream, pack: paris, period: period, areaEdgeMinimum: nil)
        return try #require(events.first { $0.targetGroup == "muslims" && $0.cityWide })
    }

    @Test("a day of 2 beside the city-wide spike no longer stretches an area's run; one inside it stays")
    func edgeDayOfTwo() throws {
        let event = try Self.event(shipped: true)
        #expect(event.cityPeriod == DayRange(from: 1050, to: 1053))
        let runs = Dictionary(uniqueKeysWithValues: event.areas.map { ($0.areaCode, $0.period) })
        #expect(runs["75119"] == DayRange(from: 1050, to: 1053))
        #expect(runs["75120"] == DayRange(from: 1050, to: 1053))
        #expect(event.period == DayRange(from: 1050, to: 1053))
        #expect(event.areas.first { $0.areaCode == "75119" }?.observed == 24)
        // Without the rule the 19th's run, and so the event, takes in day 54.
        let before = try Self.event(shipped: false)
        #expect(before.areas.first { $0.areaCode == "75119" }?.period == DayRange(from: 1050, to: 1054))
        #expect(before.period == DayRange(from: 1050, to: 1054))
    }

    @Test("two weak days in a row beside the spike are the area's own: its run keeps them")
    func twoWeakDays() throws {
        // Day 55 a second day of 2 in the 19th: as chance days beside a spike two in a row are rare (about 0.07 %).
        let event = try Self.event(shipped: true, after: [55: 2])
        #expect(event.areas.first { $0.areaCode == "75119" }?.period == DayRange(from: 1050, to: 1055))
        #expect(event.cityPeriod == DayRange(from: 1050, to: 1053))
    }

    @Test("the trim drops weak edges outside the supported days only, and recomputes the sums")
    func trimmingEdges() throws {
        let counts: [Double] = [0, 2, 2, 6, 7, 2, 0], expected = Array(repeating: 0.2, count: 7)
        let run = try #require(ExcessSegment.strongest(counts, expected: expected, in: 0...6))
        #expect(run.startIndex == 1 && run.endIndex == 5)
        let trimmed = run.trimmingEdges(counts, expected: expected, minimumCount: 3, outside: 3...4)
        #expect(trimmed.startIndex == 3 && trimmed.endIndex == 4 && trimmed.observed == 13)
        #expect(abs(trimmed.expected - 0.4) < 1e-9)
        // A day of 2 inside the supported days stays; a day of 3 outside them stays.
        #expect(run.trimmingEdges(counts, expected: expected, minimumCount: 3, outside: 3...5).endIndex == 5)
        #expect(run.trimmingEdges(counts, expected: expected, minimumCount: 2, outside: 3...4) == run)
    }
}
