import CGAnalytics
import CGGeo
import Foundation
import Testing

@testable import CGSentiment

/// Local trigger events (a rise in one or two areas that the city-wide total does not show), judged as an analyst
/// would on seeded Paris streams (``PlantedCityStream``): how often a planted local event is found, in its areas,
/// on its days and for its group, by size and volume; and how many local events streams without one report.
@Suite("Local trigger events: power and false positives")
struct LocalEventPowerTests {
    static let paris = CityPacks.pack(id: "paris")!

    /// How the finder did over many seeds for one kind of planted local event.
    struct Tally: CustomStringConvertible {
        var seeds = 0
        /// An event of any group holding a planted area on days that overlap the planted ones (± 1).
        var found = 0
        /// Found for the planted group.
        var rightGroup = 0
        /// Found for the planted group with every planted area and no other.
        var rightAreas = 0
        /// As `rightAreas`, and each area's days within one day of the planted start and end.
        var rightDays = 0
        /// Found city-wide rather than local (allowed: a large event may lift the city total).
        var cityWide = 0
        /// Events elsewhere (other groups, days or areas): false positives on the planted streams.
        var other = 0

        var description: String {
            "\(found)/\(seeds) found, group \(rightGroup), areas \(rightAreas), days \(rightDays), city-wide \(cityWide), other \(other)"
        }
    }

    /// The planted event of seed `seed`: group, areas (the seed's arrondissement, with its first neighbour when
    /// `twoAreas`) and 3–5 days starting between days 49 and 60 of the 70, or on day `start` when given.
    static func planting(
        seed: UInt64, twoAreas: Bool, extra: ClosedRange<Int>, pack: CityPack = paris, start fixedStart: Int? = nil
    ) -> PlantedCityStream.Planting {
        let group = PlantedCityStream.groups[Int(seed % 5)]
        let first = pack.areas[Int((seed * 7) % UInt64(pack.areas.count))].code
        var areas = [first]
        if twoAreas, let next = pack.area(code: first)?.neighbours.first { areas.append(next) }
        let start = fixedStart ?? 49 + Int((seed * 5) % 12), length = 3 + Int(seed % 3)
        return PlantedCityStream.Planting(group: group, areas: areas, days: start...(start + length - 1), perAreaDay: extra)
    }

    /// The finder's settings a measurement runs with (the shipped ones by default).
    struct Settings {
        var city = TriggerEventFinder.cityDetector
        var local = TriggerEventFinder.localDetector
        var prior = TriggerEventFinder.cityPrior
        /// What a single area's count test alone borrows, when more (nil: the same as `prior`).
        var tailPrior = TriggerEventFinder.tailPrior
        /// Whether the pairs' count test borrows as `tailPrior` too.
        var tailPriorForPairs = false
        /// Whether pairs of neighbouring areas are scanned too (since 2026-11-30, second change of the day).
        var neighbourPairs = true
        /// Whether the local detector's screen skips series none of whose runs can pass (same events; faster).
        var screen = true
        /// What a day must clear to join an area's run of days.
        var segmentPenalty = TriggerEventFinder.segmentPenalty
        /// How a city-wide spike's edge days outside its areas' runs are confirmed (nil: not at all).
        var areaEdgeLevel = TriggerEventFinder.areaEdgeLevel
        /// What an attached area's edge day outside its city-wide spike's days must hold (nil: anything the
        /// penalty lets in).
        var areaEdgeMinimum: Double? = TriggerEventFinder.areaEdgeMinimum
        /// How a city-wide spike's areas are chosen beyond the Bonferroni cut (``TriggerEventFinder/AreaSelection``).
        var areaSelection = TriggerEventFinder.areaSelection
        /// Which p-value an area beyond the cut is chosen on (``TriggerEventFinder/AreaEvidence``).
        var areaEvidence = TriggerEventFinder.areaEvidence
        /// The least share of the city-wide spike's excess an area beyond the cut holds (nil: any).
        var areaShare = TriggerEventFinder.areaShare

        /// The finder before 2026-11-30: nothing before 14 days of history, each area on its own history alone.
        static let before = Settings(
            city: SpikeDetector(maximumWindow: 7, windowThreshold: 4.5),
            local: SpikeDetector(
                minimumCount: 4, minimumExcess: 3, maximumWindow: 7, windowThreshold: 4.5, minimumWindow: 1, exactRateTest: true),
            prior: nil, tailPrior: nil, neighbourPairs: false)

        func find(_ stream: PlantedCityStream) -> [TriggerEvent] {
            TriggerEventFinder.find(
                rows: stream.rows, pack: stream.pack, period: stream.period, detector: city, localDetector: local,
                cityPrior: prior, tailPrior: tailPrior, neighbourPairs: neighbourPairs, tailPriorForPairs: tailPriorForPairs, screen: screen,
                segmentPenalty: segmentPenalty,
                areaEdgeLevel: areaEdgeLevel, areaEdgeMinimum: areaEdgeMinimum, areaSelection: areaSelection,
                areaEvidence: areaEvidence, areaShare: areaShare)
        }
    }

    /// How the finder did on `seeds` streams of `days` days, each with the planted event of its seed (starting on
    /// day `start` when given: the history before it is then `start` days).
    static func measure(
        seeds: ClosedRange<UInt64>, perAreaDay: Double, twoAreas: Bool, extra: ClosedRange<Int>,
        settings: Settings = Settings(), pack: CityPack = paris, days streamDays: Int = 70, start: Int? = nil,
        areaSpread: Double = 0
    ) -> Tally {
        var tally = Tally()
        for seed in seeds {
            let planted = planting(seed: seed, twoAreas: twoAreas, extra: extra, pack: pack, start: start)
            let stream = PlantedCityStream(
                pack: pack, seed: seed, days: streamDays, perAreaDay: perAreaDay, plantings: [planted], areaSpread: areaSpread)
            let events = settings.find(stream)
            let first = stream.period.from
            let days = (first + planted.days.lowerBound)...(first + planted.days.upperBound)
            func touches(_ e: TriggerEvent) -> Bool {
                e.period.from <= days.upperBound + 1 && e.period.to >= days.lowerBound - 1
                    && e.areas.contains { planted.areas.contains($0.areaCode) }
            }
            tally.seeds += 1
            let hits = events.filter(touches)
            tally.other += events.count - hits.count
            guard !hits.isEmpty else { continue }
            tally.found += 1
            guard let event = hits.first(where: { $0.targetGroup == planted.group }) else { continue }
            tally.rightGroup += 1
            if event.cityWide { tally.cityWide += 1 }
            guard Set(event.areas.map(\.areaCode)) == Set(planted.areas) else { continue }
            tally.rightAreas += 1
            if event.areas.allSatisfy({
                abs($0.period.from - days.lowerBound) <= 1 && abs($0.period.to - days.upperBound) <= 1
            }) {
                tally.rightDays += 1
            }
        }
        return tally
    }

    /// One measuring line per variant (`MEASURE tag | label | variant | tally`) for one kind of planted event on
    /// seeds 1–40: the loop the measurement suites share.
    static func measureLines(
        tag: String, label: String, variants: [(name: String, settings: Settings)], city: String, perAreaDay: Double,
        twoAreas: Bool, extra: ClosedRange<Int>
    ) throws -> [String] {
        let pack = try #require(CityPacks.pack(id: city))
        return variants.map { name, settings in
            let t = measure(seeds: 1...40, perAreaDay: perAreaDay, twoAreas: twoAreas, extra: extra, settings: settings, pack: pack)
            return "MEASURE \(tag) | \(label) | \(name) | \(t)"
        }
    }

    /// The null streams of ``nullStreams``: city, seeds, messages per area-day (550 streams).
    static let nullBatches: [(city: String, seeds: ClosedRange<UInt64>, perAreaDay: Double)] = [
        ("paris", 1001...1200, 25), ("paris", 1201...1350, 100), ("paris", 1351...1450, 400),
        ("london", 1451...1500, 25), ("london", 1501...1550, 100),
    ]

    /// One kind of planted local event and the least the finder must achieve on seeds 1–40 (measured values in
    /// the comment of ``cases``; the bounds leave a margin of about a tenth).
    struct Case: Sendable, CustomStringConvertible {
        var city: String
        var perAreaDay: Double
        var twoAreas: Bool
        var extra: ClosedRange<Int>
        /// Least found, with all planted areas (and no other), and on their days (± 1).
        var found: Int, areas: Int, days: Int
        var description: String {
            "\(city) \(Int(perAreaDay))/area-day \(twoAreas ? 2 : 1) area(s) +\(extra.lowerBound)–\(extra.upperBound)"
        }
    }

    /// Measured on seeds 1–40 (found / areas / days; before this change in brackets, the old local detector:
    /// 5.5 on sums, day rule, no correction, no areas attached to a local event):
    /// Paris 25 one area +2–4 25/25/25 (17/17/17), +3–5 39/38/38 (36/36/36); two areas +2–4 34/33/32 (27/12/12),
    /// +3–5 40/39/39 (40/35/35); Paris 100 one area +3–5 16/16/14 (9/9/9), +5–8 38/37/34 (34/34/32); two areas
    /// +3–5 28/25/23 (18/4/4), +5–8 40/39/36 (40/35/31); Paris 400 one area +6–10 25/25/23 (20/20/19), two areas
    /// 31/31/26 (30/14/11); London (33 boroughs) 25 one area +3–5 35/35/35 (31/31/31), 100 two areas +3–5
    /// 24/22/21 (16/5/5). With runs measured at their first day's rate (merged the same night) the same or one
    /// more: Paris 400 one area 26/26/24, the rest as above. With the city's rate borrowed (``CityRatePrior``,
    /// 2026-11-30): Paris 25 one area +2–4 30/30/30, two areas +2–4 38/37/36, Paris 400 one area 27/27/25, two
    /// areas 33/33/28, London 25 39/39/39, Paris 100 one area +3–5 17/17/15; one less here and there at 100
    /// (one area +5–8 38/37/33, two areas +3–5 28/24/21); the rest as before. With neighbouring areas summed
    /// (the pair scan, 2026-11-30): two areas Paris 25 +2–4 40/39/38, Paris 100 +3–5 39/39/39, Paris 400
    /// 39/39/33, London 100 +3–5 39/35/35; Paris 25 one area +2–4 31/30/30, Paris 100 one area +5–8 38/36/36,
    /// two areas +5–8 40/38/36, Paris 400 one area 27/27/24; the rest as before. With the dispersion guard
    /// (``SpikeDetector/dispersionFromHistory``): Paris 400 one area 26/26/24, the rest the same. With a single
    /// area's count test borrowing what alike areas show (``TriggerEventFinder/tailPrior``, 2026-11-30, fourth
    /// change; before → after): Paris 100 one area +3–5 17/17/15 → 22/22/20, +5–8 38/36/36 → 40/38/38, Paris 25
    /// one area +2–4 31/30/30 → 33/32/32, Paris 400 one area 26/26/24 → 27/27/25, London 25 one area +2–4
    /// 21/21/21 → 27/27/27, London 100 one area +3–5 18/18/16 → 20/20/18; every other row the same.
    static let cases: [Case] = [
        Case(city: "paris", perAreaDay: 25, twoAreas: false, extra: 2...4, found: 30, areas: 29, days: 29),
        Case(city: "paris", perAreaDay: 25, twoAreas: false, extra: 3...5, found: 36, areas: 35, days: 35),
        Case(city: "paris", perAreaDay: 25, twoAreas: true, extra: 2...4, found: 36, areas: 35, days: 34),
        Case(city: "paris", perAreaDay: 25, twoAreas: true, extra: 3...5, found: 38, areas: 36, days: 36),
        Case(city: "paris", perAreaDay: 100, twoAreas: false, extra: 3...5, found: 20, areas: 20, days: 18),
        Case(city: "paris", perAreaDay: 100, twoAreas: false, extra: 5...8, found: 36, areas: 34, days: 34),
        Case(city: "paris", perAreaDay: 100, twoAreas: true, extra: 3...5, found: 35, areas: 35, days: 35),
        Case(city: "paris", perAreaDay: 100, twoAreas: true, extra: 5...8, found: 38, areas: 36, days: 33),
        Case(city: "paris", perAreaDay: 400, twoAreas: false, extra: 6...10, found: 24, areas: 24, days: 22),
        Case(city: "paris", perAreaDay: 400, twoAreas: true, extra: 6...10, found: 35, areas: 35, days: 30),
        Case(city: "london", perAreaDay: 25, twoAreas: false, extra: 2...4, found: 24, areas: 24, days: 24),
        Case(city: "london", perAreaDay: 25, twoAreas: false, extra: 3...5, found: 35, areas: 35, days: 35),
        Case(city: "london", perAreaDay: 100, twoAreas: false, extra: 3...5, found: 18, areas: 18, days: 16),
        Case(city: "london", perAreaDay: 100, twoAreas: true, extra: 3...5, found: 35, areas: 31, days: 31),
    ]

    @Test("a planted local event is found for its group, in its areas, on its days — at least the measured share", arguments: cases)
    func power(_ c: Case) throws {
        let pack = try #require(CityPacks.pack(id: c.city))
        let t = Self.measure(seeds: 1...40, perAreaDay: c.perAreaDay, twoAreas: c.twoAreas, extra: c.extra, pack: pack)
        #expect(t.found >= c.found && t.rightAreas >= c.areas && t.rightDays >= c.days, "\(c): \(t)")
        // Never for another group; at most three events elsewhere over the 40 streams (measured with runs at
        // their first day's rate: none, except one in the Paris 400 and London 25 streams, and three in the
        // London 100 ones — 40 streams × 33 boroughs × every group; two before that change).
        #expect(t.rightGroup == t.found, "\(c): \(t)")
        #expect(t.other <= 3, "\(c): \(t)")
    }

    @Test("a tripled area for four days at 100 messages an area-day (8 extra against 4) is below what 100 series can tell from noise")
    func tripleAtHundredIsNoise() {
        // 1–3 extra a day where 1 is usual: 12 against 4 over four days, P ≈ 1e−3 — a hundred area × group series
        // over 49 days give about thirty such runs by chance. Measured 0 of 40 (before too); were this ever found
        // the level would be far too loose.
        let t = Self.measure(seeds: 1...40, perAreaDay: 100, twoAreas: false, extra: 1...3)
        #expect(t.found <= 2, "\(t)")
    }

    /// Null streams of one city and volume: local and city-wide events reported.
    static func null(
        pack: CityPack, seeds: ClosedRange<UInt64>, perAreaDay: Double, days: Int = 70, areaSpread: Double = 0,
        settings: Settings = Settings()
    ) -> (local: [String], city: Int) {
        var local: [String] = [], city = 0
        for seed in seeds {
            let stream = PlantedCityStream(pack: pack, seed: seed, days: days, perAreaDay: perAreaDay, areaSpread: areaSpread)
            for e in settings.find(stream) {
                if e.cityWide {
                    city += 1
                } else {
                    local.append(
                        "seed \(seed) \(e.targetGroup) day \(e.period.from - stream.period.from) "
                            + e.areas.map { "\($0.areaCode) \($0.observed) against \($0.expected)" }.joined(separator: ", "))
                }
            }
        }
        return (local, city)
    }

    @Test(
        "null streams: local events with local detection on, every group, at 25, 100 and 400 messages per area-day and in London",
        arguments: [("paris", UInt64(1001)...1200, 25.0), ("paris", 1201...1350, 100), ("paris", 1351...1450, 400),
                    ("london", 1451...1500, 25), ("london", 1501...1550, 100)])
    func nullStreams(city: String, seeds: ClosedRange<UInt64>, perAreaDay: Double) throws {
        let pack = try #require(CityPacks.pack(id: city))
        let (local, cityWide) = Self.null(pack: pack, seeds: seeds, perAreaDay: perAreaDay)
        // Measured: no local event in any of the 550 streams (before: none at 25 and 100, but 11 in the 100
        // streams at 400 — single area-days of 14–19 against a rate of 4, the day rule's median sat at 2). At most
        // one per batch is allowed; the city-wide events (1, 2, 1, 0, 0) are the unchanged city-wide path.
        #expect(local.count <= 1, "\(city) \(Int(perAreaDay)): \(local)")
        #expect(cityWide <= 3, "\(city) \(Int(perAreaDay)): \(cityWide) city-wide")
    }
}
