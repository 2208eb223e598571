import CGAnalytics
@testable import CGSentiment
import Testing

/// An event listed under an area filter: its whole size kept, its part in the area given next to it, and no
/// listing where the area took no part in it within the period.
@Suite("Trigger event parts in a filtered area")
struct EventAreaPartTests {
    static func area(_ code: String, _ from: Int, _ to: Int, observed: Double) -> EventArea {
        EventArea(
            areaCode: code, name: code, period: DayRange(from: from, to: to), peakDay: from, observed: observed,
            expected: 1, score: 4)
    }

    /// A local event that moved from A (days 100–102, 5 a day) to B (days 110–112, 7 a day).
    static let moving = TriggerEvent(
        targetGroup: "muslims", period: DayRange(from: 100, to: 112), peakDay: 100, observed: 36, expected: 6, score: 5,
        cityWide: false, areas: [area("A", 100, 102, observed: 15), area("B", 110, 112, observed: 21)], terms: [])

    static let rows = (100...102).map { PlantedCityStream.row("london", "A", $0, "muslims", AggregateDelta(messages: 50, hateful: 5)) }
        + (110...112).map { PlantedCityStream.row("london", "B", $0, "muslims", AggregateDelta(messages: 50, hateful: 7)) }

    @Test("the area's own days and size next to the whole; the area's part within the period when it reaches outside it")
    func partInArea() throws {
        let period = DayRange(from: 90, to: 120)
        let inB = try #require(Self.moving.within(period, rows: Self.rows).inAreas(["B"], period: period))
        #expect(inB.observed == 36 && inB.period == Self.moving.period, "the whole size and days are kept")
        #expect(inB.inAreas == EventAreaPart(areas: ["B"], period: DayRange(from: 110, to: 112), observed: 21))
        let both = try #require(Self.moving.within(period, rows: Self.rows).inAreas(["A", "B"], period: period))
        #expect(both.inAreas == EventAreaPart(areas: ["A", "B"], period: DayRange(from: 100, to: 112), observed: 36))

        // From day 102: A's part within the period is its last day only.
        let late = DayRange(from: 102, to: 120)
        let inA = try #require(Self.moving.within(late, rows: Self.rows).inAreas(["A"], period: late))
        #expect(inA.inPeriod?.observed == 26)
        #expect(inA.inAreas == EventAreaPart(
            areas: ["A"], period: DayRange(from: 100, to: 102), observed: 15,
            inPeriod: EventPeriodPart(period: DayRange(from: 102, to: 102), observed: 5)))
    }

    @Test("not listed under an area it did not touch, nor under one whose own days all lie before the period")
    func notListed() {
        let period = DayRange(from: 90, to: 120)
        #expect(Self.moving.within(period, rows: Self.rows).inAreas(["C"], period: period) == nil)
        let afterA = DayRange(from: 105, to: 120)
        let shown = Self.moving.within(afterA, rows: Self.rows)
        #expect(shown.inAreas(["A"], period: afterA) == nil)
        #expect(shown.inAreas(["B"], period: afterA)?.inAreas?.observed == 21)
    }
}
