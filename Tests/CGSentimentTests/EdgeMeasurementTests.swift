import CGAnalytics
import CGGeo
import Foundation
import Testing

@testable import CGSentiment

/// The measuring loops behind "Event edges at high volume" in docs/sentiment-analysis.md: every row of the power
/// table and the 550 null streams of `LocalEventPowerTests` with the areas' runs of days cut by each penalty
/// (``ExcessSegment/Penalty``). Minutes in a debug build, so only with `CG_MEASURE=1`; `CG_MEASURE_EDGE=name,name`
/// picks the variants (default: all).
@Suite("Event edges: measurements (CG_MEASURE=1)", .enabled(if: ProcessInfo.processInfo.environment["CG_MEASURE"] == "1"))
struct EdgeMeasurementTests {
    typealias Settings = LocalEventPowerTests.Settings

    static let variants: [(name: String, settings: Settings)] = {
        func penalty(_ p: ExcessSegment.Penalty) -> Settings {
            var s = Settings()
            s.segmentPenalty = p
            return s
        }
        let all: [(name: String, settings: Settings)] = [
            ("1.5 sd", penalty(.deviations(1.5))), ("tail 0.1", penalty(.tail(level: 0.1, deviations: 1.5))),
            ("tail 0.04", penalty(.tail(level: 0.04, deviations: 1.5))),
            ("trim 0.1", penalty(.trimmed(level: 0.1, deviations: 1.5))), ("trim 0.04", penalty(.trimmed(level: 0.04, deviations: 1.5))),
        ]
        guard let only = ProcessInfo.processInfo.environment["CG_MEASURE_EDGE"] else { return all }
        let names = Set(only.split(separator: ",").map(String.init))
        return all.filter { names.contains($0.name) }
    }()

    @Test("every row of the power table under each penalty", arguments: WeakLocalEventMeasurementTests.rows)
    func power(_ r: WeakLocalEventMeasurementTests.Row) throws {
        let lines = try LocalEventPowerTests.measureLines(
            tag: "edge power", label: "\(r)", variants: Self.variants, city: r.city, perAreaDay: r.perAreaDay,
            twoAreas: r.twoAreas, extra: r.extra)
        print(lines.joined(separator: "\n"))
    }

    @Test("the 550 null streams of LocalEventPowerTests under each penalty", arguments: 0..<5)
    func nulls(_ batch: Int) throws {
        let b = LocalEventPowerTests.nullBatches[batch]
        let pack = try #require(CityPacks.pack(id: b.city))
        for (name, settings) in Self.variants {
            let r = LocalEventPowerTests.null(pack: pack, seeds: b.seeds, perAreaDay: b.perAreaDay, settings: settings)
            print("MEASURE edge null | \(b.city) \(Int(b.perAreaDay)) × \(b.seeds.count) | \(name) | local \(r.local.count), city-wide \(r.city) | \(r.local)")
        }
    }
}
