import Testing

@testable import CGAnalytics
@testable import CGSentiment

/// A city-wide spike's edge days confirmed by its areas (``TriggerEventFinder/areaConfirmed``): the Paris trial's
/// two-day event against gay people in the 3rd and 4th (stream days 33–34), which grew over day 32 — 6 messages
/// city-wide against 1.5, none in either arrondissement.
@Suite("Event edges confirmed by the event's areas")
struct AreaEdgeTests {
    static let period = DayRange(from: 100, to: 109)

    static func area(_ code: String, _ days: ClosedRange<Int>) -> EventArea {
        EventArea(
            areaCode: code, name: code,
            period: DayRange(from: period.from + days.lowerBound, to: period.from + days.upperBound),
            peakDay: period.from + days.upperBound, observed: 0, expected: 0, score: 0)
    }

    /// The spike 2–4 (peak 4) with city counts 6, 23, 26 against 1.5, 2.1, 1.7; the areas' counts on days 2–4 and
    /// their expectation 0.1 a day each.
    static func confirmed(
        areaCounts: [String: [Double]], areaRuns: [String: ClosedRange<Int>], city: [Double], level: Double
    )
        -> ClosedRange<Int>
    {
        let spike = Spike(
            startIndex: 2, endIndex: 4, peakIndex: 4, startDate: nil, endDate: nil, peakDate: nil, observed: 55,
            expected: 5.3,
            score: 14)
        var cityCounts = Array(repeating: 2.0, count: period.count)
        let cityExpected: [Double] = [2, 2, 1.5, 2.1, 1.7, 2, 2, 2, 2, 2]
        for (k, c) in city.enumerated() { cityCounts[2 + k] = c }
        var counts: [String: [Double]] = [:], expected: [String: [Double]] = [:]
        for (code, days) in areaCounts {
            var series = Array(repeating: 0.0, count: period.count)
            for (k, c) in days.enumerated() { series[2 + k] = c }
            counts[code] = series
            expected[code] = Array(repeating: 0.1, count: period.count)
        }
        return TriggerEventFinder.areaConfirmed(
            spike, areas: areaRuns.keys.sorted().map { area($0, areaRuns[$0]!) }, period: period, expected: expected,
            counts: counts, cityCounts: cityCounts, cityExpected: { cityExpected[$0] }, level: level)
    }

    @Test("an edge day whose excess is not in the event's areas is dropped")
    func chanceDayElsewhere() {
        let runs = ["75103": 3...4, "75104": 3...4]
        let counts: [String: [Double]] = ["75103": [0, 6, 5], "75104": [0, 6, 8]]
        // The areas hold 25 of the core's 45 excess messages (share 0.55); day 2's 4.5 excess would put 2.5 in them,
        // they hold 0: P(X ≤ 0) = 0.07.
        #expect(Self.confirmed(areaCounts: counts, areaRuns: runs, city: [6, 23, 26], level: 0.1) == 3...4)
        // At a stricter level the day stays, and without the check (level 0) the spike keeps its days.
        #expect(Self.confirmed(areaCounts: counts, areaRuns: runs, city: [6, 23, 26], level: 0.05) == 2...4)
        #expect(Self.confirmed(areaCounts: counts, areaRuns: runs, city: [6, 23, 26], level: 0) == 2...4)
    }

    @Test("an edge day the areas share in, or an event whose areas hold little of it, keeps its days")
    func keptEdges() {
        let runs = ["75103": 3...4, "75104": 3...4]
        // Day 2 holds 2 in the areas: its share is there (P(X ≤ 2) under 2.6 is 0.52).
        let shared: [String: [Double]] = ["75103": [1, 6, 5], "75104": [1, 6, 8]]
        #expect(Self.confirmed(areaCounts: shared, areaRuns: runs, city: [6, 23, 26], level: 0.1) == 2...4)
        // A city-wide march with one district holding 3 of its 45 excess messages: a day with none there says
        // nothing (share 0.06, mean 0.4, P(X ≤ 0) = 0.66).
        let small: [String: [Double]] = ["75103": [0, 1, 2.2]]
        #expect(Self.confirmed(areaCounts: small, areaRuns: ["75103": 3...4], city: [6, 23, 26], level: 0.1) == 2...4)
        // A day inside an area's run is never judged.
        let early = ["75103": 2...4, "75104": 3...4]
        let counts: [String: [Double]] = ["75103": [0, 6, 5], "75104": [0, 6, 8]]
        #expect(Self.confirmed(areaCounts: counts, areaRuns: early, city: [6, 23, 26], level: 0.1) == 2...4)
    }
}
