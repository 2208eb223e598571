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
    /// `after` adds days after day 54 in the 19th; `more` plants other areas.
    static func rows(after: [Int: Int] = [:], more: [String: [Int: Int]] = [:]) -> [AggregateRow] {
        let planted: [String: [Int: Int]] = [
            "75119": [50: 7, 51: 6, 52: 5, 53: 6, 54: 2].merging(after) { $1 }, "75120": [50: 6, 51: 7, 52: 6, 53: 2],
        ].merging(more) { $1 }
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
    static func event(
        shipped: Bool, after: [Int: Int] = [:], more: [String: [Int: Int]] = [:]
    ) throws -> TriggerEvent {
        let stream = Self.rows(after: after, more: more)
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

    @Test("an area joining by the pair scan shows its days without a day of 2 before the spike")
    func joiningArea() throws {
        // The 11th (a neighbour of the 20th): 2 on day 49, before the city-wide spike (50–53), and 3 on day 50. Its
        // run (5 against about 0.5) is short of the attachment's 0.001 / areas, but the pair 11th–20th passes the
        // pair scan and names the 11th (0.001): it joins the event through `areaSpikes` (Stockholm seed 3's
        // Hägersten-Älvsjö, 13: 2, 14: 3 before Pride 14–17).
        let joining = ["75111": [49: 2, 50: 3, 51: 0]]
        let event = try Self.event(shipped: true, more: joining)
        #expect(event.cityPeriod == DayRange(from: 1050, to: 1053))
        let eleventh = try #require(event.areas.first { $0.areaCode == "75111" })
        #expect(eleventh.period == DayRange(from: 1050, to: 1050))
        #expect(eleventh.observed == 3)
        #expect(event.period == DayRange(from: 1050, to: 1053))
        // Not by the attachment: without the pairs it does not join.
        let stream = Self.rows(more: joining)
        let unpaired = try #require(
            TriggerEventFinder.find(rows: stream, pack: Self.paris, period: Self.period, neighbourPairs: false)
                .first { $0.targetGroup == "muslims" && $0.cityWide })
        #expect(!unpaired.areas.contains { $0.areaCode == "75111" })
        // Without the edge minimum its run, and so the event, starts on day 49 (and ends on 54, the 19th's day of 2).
        let before = try Self.event(shipped: false, more: joining)
        #expect(before.areas.first { $0.areaCode == "75111" }?.period == DayRange(from: 1049, to: 1050))
        #expect(before.period == DayRange(from: 1049, to: 1054))
        // Two weak days before the spike (48 and 49, 2 each) are the area's own: the 10th, joining by the pair scan
        // too, keeps them.
        let twoDays = try Self.event(shipped: true, more: ["75110": [48: 2, 49: 2, 50: 2]])
        #expect(twoDays.areas.first { $0.areaCode == "75110" }?.period == DayRange(from: 1048, to: 1050))
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
