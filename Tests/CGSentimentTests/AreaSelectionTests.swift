import CGGeo
import Testing

@testable import CGAnalytics
@testable import CGSentiment

/// A city-wide spike's areas beyond the Bonferroni cut (``TriggerEventFinder/AreaSelection``,
/// ``TriggerEventFinder/AreaEvidence``, ``TriggerEventFinder/areaShare``): the Barcelona trial at 1,600 messages a day
/// named 4 of its 10 districts, where a district whose count over the event's days is as unlikely as 4.7e−4 (10
/// districts tested) was left out by the cut 0.001 / 10.
@Suite("The areas of a city-wide spike: Benjamini–Hochberg over the spike's own days")
struct AreaSelectionTests {
    /// The stream of ``AreaRunEdgeTests`` (the 19th and 20th on days 50–53, about 0.25 a day elsewhere) with the
    /// 15th, which neighbours neither, at `fifteenth` on days 50–53.
    static func event(_ fifteenth: [Int: Int], shipped: Bool) throws -> TriggerEvent {
        let rows = AreaRunEdgeTests.rows(more: ["75115": fifteenth])
        let paris = AreaRunEdgeTests.paris, period = AreaRunEdgeTests.period
        let events =
            shipped
            ? TriggerEventFinder.find(rows: rows, pack: paris, period: period)
            : TriggerEventFinder.find(
                rows: rows, pack: paris, period: period, areaSelection: .bonferroni, areaEvidence: .strongestRun,
                areaShare: nil)
        return try #require(events.first { $0.targetGroup == "muslims" && $0.cityWide })
    }

    @Test("an area whose count over the spike's days passes Benjamini–Hochberg joins; the cut alone leaves it out")
    func weakAreaJoins() throws {
        // The 15th: 2, 2, 2, 1 (7 against about 1.05 over the spike's days: 1.1e−4, third of 20 areas tested, under
        // 3 × 0.001 / 20); its strongest run, 50–52 (6 against 0.8, 1.7e−4), is short of 0.001 / 20.
        let fifteenth = [50: 2, 51: 2, 52: 2, 53: 1]
        let event = try Self.event(fifteenth, shipped: true)
        #expect(event.cityPeriod == DayRange(from: 1050, to: 1053))
        #expect(event.areas.map(\.areaCode).sorted() == ["75115", "75119", "75120"])
        let before = try Self.event(fifteenth, shipped: false)
        #expect(before.areas.map(\.areaCode).sorted() == ["75119", "75120"])
    }

    @Test("an area whose excess lies beside the spike's days, not on them, does not join")
    func besideTheSpike() throws {
        // The same seven messages on days 46–49, before the spike: the spike's own days hold none of them.
        let event = try Self.event([46: 2, 47: 2, 48: 2, 49: 1], shipped: true)
        #expect(!event.areas.contains { $0.areaCode == "75115" })
    }

    @Test("the procedures: Holm and Benjamini–Hochberg only add to the Bonferroni cut")
    func procedures() {
        let p = [0.00001, 0.0003, 0.00012, 0.02]
        // 0.001 / 10 = 1e−4: the first alone.
        #expect(TriggerEventFinder.selected(p, by: .bonferroni, level: 0.001, tested: 10) == [0])
        // Holm: the second smallest (1.2e−4) against 0.001 / 9, fails; stops.
        #expect(TriggerEventFinder.selected(p, by: .holm, level: 0.001, tested: 10) == [0])
        #expect(TriggerEventFinder.selected([0.00001, 0.00011], by: .holm, level: 0.001, tested: 10) == [0, 1])
        // Benjamini–Hochberg at 0.001: k × 1e−4; the third smallest (3e−4) passes at 3e−4, so all three join.
        #expect(TriggerEventFinder.selected(p, by: .benjaminiHochberg(0.001), level: 0.001, tested: 10) == [0, 1, 2])
    }
}
