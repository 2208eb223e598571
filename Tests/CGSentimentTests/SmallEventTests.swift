import CGAnalytics
import CGGeo
import Foundation
import Testing

@testable import CGSentiment

/// Trigger events that are small per area, judged as an analyst would on seeded synthetic Paris streams
/// (``PlantedCityStream``): found, in the right group, areas and days; and nothing reported on streams without
/// an event.
@Suite("Small trigger events")
struct SmallEventTests {
    static let paris = CityPacks.pack(id: "paris")!
    /// Where and when the moving event was planted (stream day indices).
    static let planted: [String: ClosedRange<Int>] = [
        PlantedCityStream.paris(18): 55...58, PlantedCityStream.paris(19): 55...58, PlantedCityStream.paris(20): 55...58,
        PlantedCityStream.paris(10): 58...61, PlantedCityStream.paris(11): 58...61,
    ]

    /// How the finder did on one stream with the moving event: the event found for `jews` around its days, its
    /// areas, and the areas whose days are off by more than a day.
    struct Outcome {
        var found: TriggerEvent?
        var missing: [String] = []
        var stray: [String] = []
        var offDays: [String] = []
        var otherEvents = 0
        var perfect: Bool { found != nil && missing.isEmpty && stray.isEmpty && offDays.isEmpty }
    }

    static func outcome(seed: UInt64, perAreaDay: ClosedRange<Int>, attachLevel: Double = 0.001) -> Outcome {
        let stream = PlantedCityStream(pack: paris, seed: seed, plantings: PlantedCityStream.movingEvent(perAreaDay))
        let events = TriggerEventFinder.find(rows: stream.rows, pack: paris, period: stream.period, attachLevel: attachLevel)
        let first = stream.period.from
        var outcome = Outcome()
        outcome.found = events.first { $0.targetGroup == "jews" && $0.period.from <= first + 61 && $0.period.to >= first + 55 }
        outcome.otherEvents = events.count - (outcome.found == nil ? 0 : 1)
        guard let event = outcome.found else { return outcome }
        let codes = Set(event.areas.map(\.areaCode))
        outcome.missing = planted.keys.filter { !codes.contains($0) }.sorted()
        outcome.stray = codes.filter { planted[$0] == nil }.sorted()
        for area in event.areas {
            guard let days = planted[area.areaCode] else { continue }
            if abs(area.period.from - (first + days.lowerBound)) > 1 || abs(area.period.to - (first + days.upperBound)) > 1 {
                outcome.offDays.append("\(area.areaCode) \(area.period.from - first)–\(area.period.to - first)")
            }
        }
        return outcome
    }

    @Test("the small moving event (2–4 extra a day per area): found city-wide for jews, all five areas on their own days")
    func smallMovingEvent() {
        var perfect = 0
        for seed in UInt64(1)...20 {
            let o = Self.outcome(seed: seed, perAreaDay: 2...4)
            #expect(o.found?.cityWide == true, "seed \(seed): not found")
            #expect(o.stray.isEmpty && o.otherEvents == 0, "seed \(seed): stray \(o.stray)")
            #expect(o.missing.count <= 1, "seed \(seed): missing \(o.missing)")
            if o.perfect { perfect += 1 }
        }
        // Measured: 18 of 20 seeds perfect; in seeds 10 and 18 one area of the 18th–20th misses (its extra
        // messages drawn near the low end, e.g. 11 over four days against 2.8 expected).
        #expect(perfect >= 18)
    }

    @Test("a stream of four weeks, its event in the third: found with its areas on their days, from the stream's own first day")
    func shortStream() {
        var perfect = 0
        for seed in UInt64(1)...10 {
            let plantings = [
                PlantedCityStream.Planting(group: "jews", areas: [18, 19, 20].map(PlantedCityStream.paris), days: 17...20, perAreaDay: 4...7),
                PlantedCityStream.Planting(group: "jews", areas: [10, 11].map(PlantedCityStream.paris), days: 20...23, perAreaDay: 4...7),
            ]
            let stream = PlantedCityStream(pack: Self.paris, seed: seed, days: 28, plantings: plantings)
            // No history before the stream's first day: the period is the stream itself.
            let events = TriggerEventFinder.find(rows: stream.rows, pack: Self.paris, period: stream.period)
            let first = stream.period.from
            let event = events.first { $0.targetGroup == "jews" }
            #expect(event?.cityWide == true, "seed \(seed): \(events.map(\.targetGroup))")
            #expect(events.count == 1, "seed \(seed): \(events.count) events")
            guard let event else { continue }
            let days = Dictionary(uniqueKeysWithValues: event.areas.map { ($0.areaCode, ($0.period.from - first)...($0.period.to - first)) })
            let expected: [String: ClosedRange<Int>] = [
                PlantedCityStream.paris(18): 17...20, PlantedCityStream.paris(19): 17...20, PlantedCityStream.paris(20): 17...20,
                PlantedCityStream.paris(10): 20...23, PlantedCityStream.paris(11): 20...23,
            ]
            #expect(Set(days.keys).isSubset(of: Set(expected.keys)), "seed \(seed): stray \(days.keys.sorted())")
            if Set(days.keys) == Set(expected.keys), expected.allSatisfy({ code, planted in
                days[code].map { abs($0.lowerBound - planted.lowerBound) <= 1 && abs($0.upperBound - planted.upperBound) <= 1 } == true
            }) {
                perfect += 1
            }
        }
        #expect(perfect >= 8, "\(perfect) of 10 with every area on its days")
    }

    @Test("the larger moving event (4–7 extra a day per area): every area on its own days on every seed")
    func largeMovingEvent() {
        var stray: [String] = []
        for seed in UInt64(1)...20 {
            let o = Self.outcome(seed: seed, perAreaDay: 4...7)
            #expect(o.found?.cityWide == true && o.missing.isEmpty && o.offDays.isEmpty,
                    "seed \(seed): missing \(o.missing) off \(o.offDays)")
            stray += o.stray.map { "seed \(seed): \($0)" }
            #expect(o.otherEvents == 0, "seed \(seed)")
        }
        // Measured: one stray area in 20 seeds × 15 unplanted areas (seed 1, the 14th: 7 messages on the
        // event's days 58–60 against 0.7 expected, p ≈ 1e−5 — noise that happens to fall on the event's days).
        #expect(stray.count <= 1, "\(stray)")
    }

    @Test("null streams: no planted event, 40 seeds at 25, 20 at 100 and 10 at 400 messages per area-day, every group — at most the bound")
    func nullStreams() {
        var reported: [String] = []
        for (seeds, perAreaDay) in [(UInt64(101)...140, 25.0), (UInt64(141)...160, 100), (UInt64(161)...170, 400)] {
            for seed in seeds {
                let stream = PlantedCityStream(pack: Self.paris, seed: seed, perAreaDay: perAreaDay)
                for event in TriggerEventFinder.find(rows: stream.rows, pack: Self.paris, period: stream.period) {
                    reported.append(
                        "seed \(seed) \(event.targetGroup) \(event.cityWide ? "city" : "local") "
                            + "\(event.period.from - stream.period.from)–\(event.period.to - stream.period.from) \(event.areas.map(\.areaCode))")
                }
            }
        }
        // 70 streams × 5 groups × 49 days with a baseline: 17,150 city-wide group-days and 343,000 area-group-days
        // tested. Measured: 1 event (seed 126, immigrants, one city-wide day: 16 against 4.0). The bound allows 3
        // (0.04 per city-stream of ten weeks).
        #expect(reported.count <= 3, "\(reported)")
    }

    @Test("a busy news day that raises every message, hateful or not, is not an event")
    func busyDay() {
        for seed in UInt64(201)...205 {
            let stream = PlantedCityStream(pack: Self.paris, seed: seed, busyDays: [60: 3, 61: 2.5])
            let events = TriggerEventFinder.find(rows: stream.rows, pack: Self.paris, period: stream.period)
            #expect(events.isEmpty, "seed \(seed): \(events.map { ($0.targetGroup, $0.period.from - stream.period.from) })")
        }
    }
}
