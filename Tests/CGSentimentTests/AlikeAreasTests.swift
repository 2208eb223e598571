import CGAnalytics
import CGGeo
import Foundation
import Testing

@testable import CGSentiment

/// A single area's rise at moderate volume (docs/sentiment-analysis.md, "One area at moderate volume"): when a
/// city's areas show, within the precision of their counts, the same rate for a group, a local run's count test
/// borrows as much of the city's rate as they show (``CityRatePrior/standardErrors``, ``TriggerEventFinder/tailPrior``)
/// rather than ten messages, so an area's rate is not judged on its own 42 messages alone.
@Suite("Local events: the count test borrows what alike areas show")
struct AlikeAreasTests {
    static let paris = CityPacks.pack(id: "paris")!

    /// `areas` areas of `volume` messages a day, each with `count` against the group every day for `days` days.
    static func alike(areas: Int, days: Int, volume: Double, count: Double) -> [(counts: [Double], volume: [Double])] {
        (0..<areas).map { _ in (Array(repeating: count, count: days), Array(repeating: volume, count: days)) }
    }

    @Test("by hand: twenty alike areas of 42 messages each lend 66 at the city's rate with two standard errors, ten with the floor")
    func prior() {
        // Twenty areas × 42 days × 100 messages, one against the group a day: each area's history holds exactly its
        // expected 42, so the estimate is below zero (−42 × 20 / (20 × 42²) = −0.024); the standard error under
        // alike areas is √(20 × (2 × 42² + 42)) / (20 × 42²) = 0.00757, two of them 0.01515 < the floor 0.1:
        // 1 / 0.01515 = 66.0 messages at the rate 0.01 (volume 6,602).
        let hundred = Self.alike(areas: 20, days: 43, volume: 100, count: 1)
        let lent = CityRatePrior(standardErrors: 2).borrowed(areas: hundred, days: 43)[42]
        #expect(lent.map { abs($0.count - 66.016) < 0.01 && abs($0.volume - 6_601.6) < 1 } == true, "\(String(describing: lent))")
        let floor = CityRatePrior().borrowed(areas: hundred, days: 43)[42]
        #expect(floor.map { abs($0.count - 10) < 1e-9 && abs($0.volume - 1_000) < 1e-6 } == true, "\(String(describing: floor))")
        // Thirteen areas of five messages each (the Stockholm trial's size): two standard errors are 0.165, above
        // the floor — ten, as without.
        let sparse = (0..<13).map { _ in
            (counts: (0..<15).map { $0 % 3 == 1 && $0 < 14 ? 1.0 : 0 }, volume: Array(repeating: 25.0, count: 15))
        }
        #expect(CityRatePrior(standardErrors: 2).borrowed(areas: sparse, days: 15)[14]?.count == 10)
        // Areas that differ (squared CV 0.8, above the floor): the estimate holds either way, 1.25 messages.
        let differ = (0..<12).map { a in
            (counts: (0..<15).map { a % 2 == 0 && $0 < 10 ? 1.0 : 0 }, volume: Array(repeating: 25.0, count: 15))
        }
        let differing = CityRatePrior(standardErrors: 2).borrowed(areas: differ, days: 15)[14]?.count ?? .infinity
        #expect(abs(differing - 1.25) < 1e-9, "\(differing)")
    }

    /// Paris, every arrondissement 100 messages a day with one against Jews, for 45 days; in the 5th then
    /// `event` on days 42–44 (the extra messages added to its volume too).
    static func rows(event: [Int]) -> (rows: [AggregateRow], period: DayRange) {
        var rows: [AggregateRow] = []
        for area in paris.areas {
            for d in 0..<45 {
                let day = PlantedCityStream.firstDay + d
                let count = area.code == "75105" && d >= 42 ? event[d - 42] : 1
                rows.append(PlantedCityStream.row(paris.id, area.code, day, "jews", AggregateDelta(messages: count, hateful: count)))
                rows.append(PlantedCityStream.row(
                    paris.id, area.code, day, AggregateKey.allTargets, AggregateDelta(messages: 99 + count, hateful: count)))
            }
        }
        return (rows, DayRange(from: PlantedCityStream.firstDay, to: PlantedCityStream.firstDay + 44))
    }

    @Test("by hand: 6, 6, 5 in one area where 1 a day is usual is found on its days with the city's rate lent as the areas show it, not with ten messages")
    func oneArea() throws {
        let (rows, period) = Self.rows(event: [6, 6, 5])
        // 17 in 314 messages against the area's 42 in 4,200: with 66 messages lent at 0.01 the negative binomial
        // tail NB(109, 314 / 11,116) ≥ 17 is 1.0e−7 ≤ 1.7e−7 (3.4e−6 / 20 areas); with ten (NB(53, 314 / 5,514))
        // 2.4e−7 — over the level, nothing.
        let events = TriggerEventFinder.find(rows: rows, pack: Self.paris, period: period)
        let event = try #require(events.first, "\(events)")
        #expect(events.count == 1 && event.targetGroup == "jews" && !event.cityWide, "\(events)")
        #expect(event.areas.map(\.areaCode) == ["75105"])
        #expect(event.period == DayRange(from: period.from + 42, to: period.from + 44))
        #expect(TriggerEventFinder.find(rows: rows, pack: Self.paris, period: period, tailPrior: nil).isEmpty)
        // One message less is 4.8e−7 even so: nothing.
        let (fewer, _) = Self.rows(event: [6, 5, 5])
        #expect(TriggerEventFinder.find(rows: fewer, pack: Self.paris, period: period).isEmpty)
    }
}
