import CGAnalytics
import CGGeo
import Foundation
import Testing

@testable import CGSentiment

/// The measuring loops behind "Event edges at high volume" in docs/sentiment-analysis.md: every row of the power
/// table and the 550 null streams of `LocalEventPowerTests` with the areas' runs of days cut by each penalty
/// (``ExcessSegment/Penalty``), or with the city-wide runs' edge days trimmed (``SpikeDetector/edgeThreshold``:
/// "city edges kept" is the finder without trimming, "city edges 3" and "4" trim at 3 and 4 standard deviations), or
/// with the city-wide runs' count test knowing a short history's rate is estimated ("city poisson", "city exact 42",
/// "city exact always": ``SpikeDetector/exactTailHistoryDays``), or before and after the event-edge change ("edges
/// before": every high day bridges and nothing confirms a city-wide spike's edges by its areas; "edges after":
/// ``SpikeDetector/detachedEdges`` and ``TriggerEventFinder/areaEdgeLevel``).
/// Minutes in a debug build, so only with `CG_MEASURE=1`; `CG_MEASURE_EDGE=name,name` picks the variants (default:
/// all).
@Suite("Event edges: measurements (CG_MEASURE=1)", .enabled(if: ProcessInfo.processInfo.environment["CG_MEASURE"] == "1"))
struct EdgeMeasurementTests {
    typealias Settings = LocalEventPowerTests.Settings

    static let variants: [(name: String, settings: Settings)] = {
        func penalty(_ p: ExcessSegment.Penalty) -> Settings {
            var s = Settings()
            s.segmentPenalty = p
            return s
        }
        func cityEdges(_ k: Double?) -> Settings {
            var s = Settings()
            s.city.edgeThreshold = k
            return s
        }
        // The city-wide runs' count test with the rate's uncertainty (``SpikeDetector/exactTailHistoryDays``): never
        // (the Poisson tail), while the run's history is under six weeks, or always.
        func cityTail(_ days: Int) -> Settings {
            var s = Settings()
            s.city.exactTailHistoryDays = days
            return s
        }
        // The edges before and after the event-edge change (detached pieces, areas confirming the city-wide edges).
        var bridging = Settings()
        bridging.city.detachedEdges = false
        bridging.areaEdgeLevel = nil
        // The areas' runs before and after their edge days outside the city-wide spike needed 3 messages.
        var runsBefore = Settings()
        runsBefore.areaEdgeMinimum = nil
        // A city-wide span's growth by the score alone, as before 2026-12-01, and also by the Poisson tail.
        var growScore = Settings()
        growScore.city.extendByTail = false
        // The areas of a city-wide spike chosen beyond the Bonferroni cut (2026-12-01, sixteenth session): Holm's
        // step-down, Benjamini–Hochberg at q, with the areas' counts over the spike's own days ("days"), with a least
        // share of the spike's excess ("share"); "select bonferroni" is the finder before, "select bh 0.001 days only
        // share 0.05" the finder as shipped from then on.
        func select(
            _ selection: TriggerEventFinder.AreaSelection,
            evidence: TriggerEventFinder.AreaEvidence = .strongestRun, share: Double? = nil
        ) -> Settings {
            var s = Settings()
            s.areaSelection = selection
            s.areaEvidence = evidence
            s.areaShare = share
            return s
        }
        let all: [(name: String, settings: Settings)] = [
            ("select bonferroni", select(.bonferroni)), ("select holm", select(.holm)),
            ("select bh 0.001", select(.benjaminiHochberg(0.001))),
            ("select bh 0.002", select(.benjaminiHochberg(0.002))),
            ("select bh 0.005", select(.benjaminiHochberg(0.005))), ("select bh 0.01", select(.benjaminiHochberg(0.01))),
            ("select days", select(.bonferroni, evidence: .either)),
            ("select holm days", select(.holm, evidence: .either)),
            ("select bh 0.001 days", select(.benjaminiHochberg(0.001), evidence: .either)),
            ("select bh 0.002 days", select(.benjaminiHochberg(0.002), evidence: .either)),
            ("select bh 0.001 days only", select(.benjaminiHochberg(0.001), evidence: .spikeDays)),
            ("select bh 0.002 days only", select(.benjaminiHochberg(0.002), evidence: .spikeDays)),
            ("select bh 0.005 days only", select(.benjaminiHochberg(0.005), evidence: .spikeDays)),
            ("select bh 0.01 days only", select(.benjaminiHochberg(0.01), evidence: .spikeDays)),
            (
                "select bh 0.001 days only share 0.05",
                select(.benjaminiHochberg(0.001), evidence: .spikeDays, share: 0.05)
            ),
            ("select bh 0.005 share 0.05", select(.benjaminiHochberg(0.005), share: 0.05)),
            ("select bh 0.01 share 0.05", select(.benjaminiHochberg(0.01), share: 0.05)),
            ("grow score", growScore), ("grow tail", Settings()),
            ("runs before", runsBefore), ("runs edge 3", Settings()),
            ("edges before", bridging), ("edges after", Settings()),
            ("city poisson", cityTail(0)), ("city exact 42", cityTail(42)), ("city exact always", cityTail(.max)),
            ("1.5 sd", penalty(.deviations(1.5))), ("tail 0.1", penalty(.tail(level: 0.1, deviations: 1.5))),
            ("tail 0.04", penalty(.tail(level: 0.04, deviations: 1.5))),
            ("trim 0.1", penalty(.trimmed(level: 0.1, deviations: 1.5))), ("trim 0.04", penalty(.trimmed(level: 0.04, deviations: 1.5))),
            ("city edges kept", cityEdges(nil)), ("city edges 3", cityEdges(3)), ("city edges 4", cityEdges(4)),
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

    /// The moving city-wide event of `SmallEventTests` (days 55–61, five areas), seeds 1–40, under each variant:
    /// the city-wide span's own days (`cityPeriod`), which the power table does not judge, next to the event's.
    @Test("the moving city-wide event of SmallEventTests, seeds 1–40, under each variant", arguments: [2...4, 4...7])
    func movingEvent(_ extra: ClosedRange<Int>) {
        for (name, settings) in Self.variants {
            var found = 0, cityOnDays = 0, eventOnDays = 0, perfect = 0, other = 0
            var starts: [Int: Int] = [:], ends: [Int: Int] = [:]
            for seed in UInt64(1)...40 {
                let stream = PlantedCityStream(
                    pack: SmallEventTests.paris, seed: seed, plantings: PlantedCityStream.movingEvent(extra))
                let events = settings.find(stream)
                let first = stream.period.from
                // Within a day of the planted start and end, in stream days.
                func near(_ r: DayRange, _ days: ClosedRange<Int>) -> Bool {
                    abs(r.from - first - days.lowerBound) <= 1 && abs(r.to - first - days.upperBound) <= 1
                }
                let hit = events.first {
                    $0.targetGroup == "jews" && $0.period.from <= first + 61 && $0.period.to >= first + 55
                }
                other += events.count - (hit == nil ? 0 : 1)
                guard let event = hit, let city = event.cityPeriod else { continue }
                found += 1
                starts[city.from - first, default: 0] += 1
                ends[city.to - first, default: 0] += 1
                if near(city, 55...61) { cityOnDays += 1 }
                if near(event.period, 55...61) { eventOnDays += 1 }
                let areas = Dictionary(uniqueKeysWithValues: event.areas.map { ($0.areaCode, $0.period) })
                if Set(areas.keys) == Set(SmallEventTests.planted.keys),
                    SmallEventTests.planted.allSatisfy({ code, days in areas[code].map { near($0, days) } == true })
                {
                    perfect += 1
                }
            }
            func histogram(_ h: [Int: Int]) -> String { h.keys.sorted().map { "\($0):\(h[$0]!)" }.joined(separator: " ") }
            print(
                "MEASURE edge moving | +\(extra.lowerBound)–\(extra.upperBound) | \(name) | found \(found)/40, "
                    + "city-wide days ±1 \(cityOnDays), event days ±1 \(eventOnDays), areas perfect \(perfect), other \(other) "
                    + "| city starts \(histogram(starts)) | ends \(histogram(ends))")
        }
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
