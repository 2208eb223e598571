import CGAnalytics
import CGGeo
import Foundation
import Testing

@testable import CGSentiment

/// The pair scan of the local events: an event in two neighbouring areas is judged on the two areas' sums too,
/// so evidence split between two series, each under the level alone, is found (docs/sentiment-analysis.md,
/// "Two neighbouring areas").
@Suite("Trigger events: neighbouring areas summed")
struct NeighbourPairTests {
    /// Paris, every arrondissement 100 messages a day with exactly one against Jews, for 21 days; then in the
    /// 8th and its first neighbour `extra` a day on days 21–23 (and in the volume).
    static func stream(extra: Int) throws -> (rows: [AggregateRow], pack: CityPack, period: DayRange, areas: [String]) {
        let pack = try #require(CityPacks.pack(id: "paris"))
        let first = PlantedCityStream.paris(8)
        let second = try #require(pack.area(code: first)?.neighbours.first)
        var rows: [AggregateRow] = []
        for area in pack.areas {
            for d in 0..<25 {
                let day = PlantedCityStream.firstDay + d
                let count = 1 + ((21...23).contains(d) && [first, second].contains(area.code) ? extra : 0)
                rows.append(PlantedCityStream.row(pack.id, area.code, day, "jews", AggregateDelta(messages: count, hateful: count)))
                rows.append(PlantedCityStream.row(
                    pack.id, area.code, day, AggregateKey.allTargets, AggregateDelta(messages: 99 + count, hateful: count)))
            }
        }
        return (rows, pack, DayRange(from: PlantedCityStream.firstDay, to: PlantedCityStream.firstDay + 24), [first, second])
    }

    @Test("two neighbouring areas of 5 a day for three days where 1 is usual: found together, on their days; neither alone is")
    func twoAreasTogether() throws {
        let (rows, pack, period, areas) = try Self.stream(extra: 4)
        let events = TriggerEventFinder.find(rows: rows, pack: pack, period: period)
        let event = try #require(events.first, "\(events)")
        #expect(events.count == 1 && event.targetGroup == "jews" && !event.cityWide, "\(events)")
        #expect(Set(event.areas.map(\.areaCode)) == Set(areas), "\(event.areas)")
        #expect(event.areas.allSatisfy { $0.period == DayRange(from: period.from + 21, to: period.from + 23) }, "\(event.areas)")
        // Each area alone: 15 in three days (300 messages) against 21 in 2,100 and ten borrowed at the city's
        // rate — the negative binomial tail is above the level for one of 20 areas (1.7e−7); summed, 30 against
        // 42 is far below the level for one of the pack's pairs.
        #expect(TriggerEventFinder.find(rows: rows, pack: pack, period: period, neighbourPairs: false).isEmpty)
    }

    @Test("one area's neighbour does not ride along: an event in one area names that area only")
    func oneAreaAlone() throws {
        let pack = try #require(CityPacks.pack(id: "paris"))
        var rows: [AggregateRow] = []
        let area8 = PlantedCityStream.paris(8)
        for area in pack.areas {
            for d in 0..<25 {
                let count = 1 + ((21...23).contains(d) && area.code == area8 ? 8 : 0)
                let day = PlantedCityStream.firstDay + d
                rows.append(PlantedCityStream.row(pack.id, area.code, day, "jews", AggregateDelta(messages: count, hateful: count)))
                rows.append(PlantedCityStream.row(
                    pack.id, area.code, day, AggregateKey.allTargets, AggregateDelta(messages: 99 + count, hateful: count)))
            }
        }
        let period = DayRange(from: PlantedCityStream.firstDay, to: PlantedCityStream.firstDay + 24)
        let events = TriggerEventFinder.find(rows: rows, pack: pack, period: period)
        #expect(events.count == 1 && events.first?.areas.map(\.areaCode) == [area8], "\(events)")
    }
}
