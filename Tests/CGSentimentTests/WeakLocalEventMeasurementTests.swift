import CGAnalytics
import CGGeo
import Foundation
import Testing

@testable import CGSentiment

/// The measuring loops behind "One area at moderate volume" in docs/sentiment-analysis.md: the weakest measured
/// case of local detection (a rise in one area: Paris 100 +3–5, London 100 +3–5, Paris 400 +6–10), every row of
/// the table of `LocalEventPowerTests` and its 550 null streams under candidate settings, and the distribution
/// of the local detector's smallest count tail in null streams against the planted runs'. Minutes in a debug
/// build, so only with `CG_MEASURE=1`; `CG_MEASURE_WEAK=name,name` picks the variants (default: all).
@Suite("Weak local events: measurements (CG_MEASURE=1)", .enabled(if: ProcessInfo.processInfo.environment["CG_MEASURE"] == "1"))
struct WeakLocalEventMeasurementTests {
    typealias Settings = LocalEventPowerTests.Settings

    /// The settings compared: the shipped finder; the finder before this change ("before": no larger loan for
    /// the count test), and, each from "before", looser local levels (the single areas' and the pairs' alike,
    /// both corrected from the same base level) and other loans of the city's rate.
    static let variants: [(name: String, settings: Settings)] = {
        var before = Settings()
        before.tailPrior = nil
        func level(_ z: Double) -> Settings {
            var s = before
            s.local.windowThreshold = z
            return s
        }
        var floor05 = before
        floor05.prior?.minimumSpread = 0.05
        // The areas' spread at its estimate plus two (one) standard errors, no floor of 0.1 (which may borrow
        // less), everywhere the city's rate is lent.
        var precise2 = before, precise1 = before
        precise2.prior = CityRatePrior(minimumSpread: .infinity, standardErrors: 2)
        precise1.prior = CityRatePrior(minimumSpread: .infinity, standardErrors: 1)
        // The floor of 0.1 lowered to the estimate plus two standard errors when that is lower (never less
        // borrowed than with the floor), everywhere the city's rate is lent.
        var floor2 = before
        floor2.prior = CityRatePrior(standardErrors: 2)
        // That loan for the count test only, of the single areas and of the pairs (shipped: the areas only).
        var tail2 = Settings()
        tail2.tailPriorForPairs = true
        var noDispersion = before
        noDispersion.local.dispersionFromHistory = false
        let all: [(name: String, settings: Settings)] = [
            ("shipped", Settings()), ("before", before),
            // The city-wide single-day level (z 4, 3.2e−5) divided by the seven run lengths the local detector
            // tests (1–7 days): 4.6e−6, z 4.43.
            ("seven lengths", level(Poisson.normalUpperQuantile(Poisson.normalUpperTail(4) / 7))),
            ("z 4.3", level(4.3)), ("z 4.2", level(4.2)), ("z 4.0", level(4.0)),
            ("floor 0.05", floor05), ("robust guard", noDispersion), ("precise 2", precise2), ("precise 1", precise1),
            ("floor 2", floor2), ("tail 2 with pairs", tail2),
        ]
        guard let only = ProcessInfo.processInfo.environment["CG_MEASURE_WEAK"] else { return all }
        let names = Set(only.split(separator: ",").map(String.init))
        return all.filter { names.contains($0.name) }
    }()

    /// A kind of planted local event (city, messages per area-day, one or two areas, extra per area-day).
    typealias Row = ShortHistoryMeasurementTests.Local

    /// One of the weak rows: one area, +3–5 at 100 messages per area-day or +6–10 at 400.
    static func weak(_ r: Row) -> Bool {
        !r.twoAreas && ((r.perAreaDay == 100 && r.extra == 3...5) || (r.perAreaDay == 400 && r.extra == 6...10))
    }

    /// Every row of the table "Local events: detection power".
    static let rows: [Row] = [
        Row(city: "paris", perAreaDay: 25, twoAreas: false, extra: 2...4),
        Row(city: "paris", perAreaDay: 25, twoAreas: false, extra: 3...5),
        Row(city: "paris", perAreaDay: 25, twoAreas: false, extra: 5...8),
        Row(city: "paris", perAreaDay: 25, twoAreas: true, extra: 2...4),
        Row(city: "paris", perAreaDay: 25, twoAreas: true, extra: 3...5),
        Row(city: "paris", perAreaDay: 25, twoAreas: true, extra: 5...8),
        Row(city: "paris", perAreaDay: 100, twoAreas: false, extra: 1...3),
        Row(city: "paris", perAreaDay: 100, twoAreas: false, extra: 3...5),
        Row(city: "paris", perAreaDay: 100, twoAreas: false, extra: 5...8),
        Row(city: "paris", perAreaDay: 100, twoAreas: true, extra: 1...3),
        Row(city: "paris", perAreaDay: 100, twoAreas: true, extra: 3...5),
        Row(city: "paris", perAreaDay: 100, twoAreas: true, extra: 5...8),
        Row(city: "paris", perAreaDay: 400, twoAreas: false, extra: 6...10),
        Row(city: "paris", perAreaDay: 400, twoAreas: true, extra: 6...10),
        Row(city: "london", perAreaDay: 25, twoAreas: false, extra: 2...4),
        Row(city: "london", perAreaDay: 25, twoAreas: false, extra: 3...5),
        Row(city: "london", perAreaDay: 25, twoAreas: true, extra: 2...4),
        Row(city: "london", perAreaDay: 25, twoAreas: true, extra: 3...5),
        Row(city: "london", perAreaDay: 100, twoAreas: false, extra: 3...5),
        Row(city: "london", perAreaDay: 100, twoAreas: false, extra: 5...8),
        Row(city: "london", perAreaDay: 100, twoAreas: true, extra: 3...5),
        Row(city: "london", perAreaDay: 100, twoAreas: true, extra: 5...8),
    ]

    /// The weak rows only (`CG_MEASURE_ROWS=weak`) or all.
    static let measuredRows: [Row] =
        ProcessInfo.processInfo.environment["CG_MEASURE_ROWS"] == "weak"
        ? rows.filter(weak) : rows

    @Test("every row of the power table under each variant", arguments: measuredRows)
    func power(_ r: Row) throws {
        let lines = try LocalEventPowerTests.measureLines(
            tag: "weak power", label: "\(r)", variants: Self.variants, city: r.city, perAreaDay: r.perAreaDay,
            twoAreas: r.twoAreas, extra: r.extra)
        print(lines.joined(separator: "\n"))
    }

    static let nullBatches = LocalEventPowerTests.nullBatches

    /// One line per variant: the local and city-wide events of a batch of null streams (70 days).
    static func nullLines(_ tag: String, _ batch: (city: String, seeds: ClosedRange<UInt64>, perAreaDay: Double)) throws -> String {
        let pack = try #require(CityPacks.pack(id: batch.city))
        return variants.map { name, settings in
            let r = LocalEventPowerTests.null(pack: pack, seeds: batch.seeds, perAreaDay: batch.perAreaDay, settings: settings)
            return "MEASURE \(tag) | \(batch.city) \(Int(batch.perAreaDay)) × \(batch.seeds.count) | \(name) | "
                + "local \(r.local.count), city-wide \(r.city) | \(r.local)"
        }.joined(separator: "\n")
    }

    @Test("the 550 null streams of LocalEventPowerTests under each variant", arguments: 0..<5)
    func nulls(_ batch: Int) throws {
        print(try Self.nullLines("weak null", Self.nullBatches[batch]))
    }

    /// Null streams no setting was chosen on, at the volumes where the larger loan is largest (70 days).
    static let freshNulls: [(city: String, seeds: ClosedRange<UInt64>, perAreaDay: Double)] = [
        ("paris", 7001...7200, 100), ("paris", 7201...7300, 400), ("london", 7301...7400, 100), ("paris", 7401...7500, 200),
    ]

    @Test("fresh null streams at 100–400 messages per area-day under each variant", arguments: 0..<4)
    func freshNullStreams(_ batch: Int) throws {
        print(try Self.nullLines("weak fresh null", Self.freshNulls[batch]))
    }

    /// One area × group series of a stream with the shipped local detector's baseline, the city's rate lent.
    struct Series {
        var counts: [Double]
        var base: [Baseline?]
    }

    /// Every area's series for `group` in `stream`, as the finder builds them (the shipped detector and prior).
    static func series(_ stream: PlantedCityStream, group: String) -> [String: Series] {
        let n = stream.days
        var volume: [String: [Double]] = [:], counts: [String: [Double]] = [:]
        for r in stream.rows {
            let i = r.key.day - stream.period.from
            if r.key.targetGroup == AggregateKey.allTargets {
                volume[r.key.area, default: Array(repeating: 0, count: n)][i] += Double(r.delta.messages)
            } else if r.key.targetGroup == group {
                counts[r.key.area, default: Array(repeating: 0, count: n)][i] += Double(r.delta.hateful)
            }
        }
        // The loan of the finder before this change (ten messages at most), or with `CG_MEASURE_TAIL=1` the
        // larger loan a single area's count test takes now (``TriggerEventFinder/tailPrior``).
        let prior =
            ProcessInfo.processInfo.environment["CG_MEASURE_TAIL"] == "1"
            ? TriggerEventFinder.tailPrior ?? CityRatePrior() : TriggerEventFinder.cityPrior ?? CityRatePrior()
        let borrowed = prior.borrowed(
            areas: volume.keys.sorted().map { (counts[$0] ?? Array(repeating: 0, count: n), volume[$0] ?? []) }, days: n)
        var result: [String: Series] = [:]
        for code in volume.keys where code != AggregateKey.unplaced {
            let c = counts[code] ?? Array(repeating: 0, count: n)
            var base = TriggerEventFinder.localDetector.baseline(c, volume: volume[code])
            for t in base.indices { if let b = base[t], let p = borrowed[t] { base[t] = prior.lend(p, to: b) } }
            result[code] = Series(counts: c, base: base)
        }
        return result
    }

    /// The smallest count tail (the local detector's exact test) of a run of 1–7 days starting in `starts` whose
    /// sums pass the count guards (≥ 4, ≥ 3 above), with the run's z under the shipped guard (Pearson's dispersion).
    static func smallestTail(_ s: Series, starts: ClosedRange<Int>, within: ClosedRange<Int>? = nil) -> (tail: Double, z: Double, run: String) {
        var best = (tail: 1.0, z: 0.0, run: "")
        let n = s.counts.count
        for start in max(0, starts.lowerBound)...min(n - 1, starts.upperBound) {
            guard let first = s.base[start], first.rateDays >= 14 else { continue }
            var o = 0.0, e = 0.0, w = 0.0
            for end in start..<min(n, start + 7) {
                if let within, end > within.upperBound { break }
                guard let b = s.base[end] else { break }
                o += s.counts[end]
                e += b.windowExpected(rateOf: first)
                w += b.scale
                guard o >= 4, o - e >= 3, (o - e) / e.squareRoot() >= 3 else { continue }
                let tail = NegativeBinomial.upperTail(
                    atLeast: o, shape: first.pooledCount + first.borrowedCount + 1,
                    probability: w / (w + first.pooledVolume + first.borrowedVolume))
                let v = e * max(1, first.dispersion) + e * Double(end - start + 1) / max(1, first.rateDays)
                if tail < best.tail { best = (tail, (o - e) / v.squareRoot(), "days \(start)–\(end) O \(o) E \(String(format: "%.1f", e))") }
            }
        }
        return best
    }

    /// Per null stream, the smallest count tail of any single area's run (every group, days from two weeks of
    /// history on), against the planted area's smallest tail on its own days in the weak rows: how far apart
    /// the two distributions lie, i.e. what level would find how many planted events and pass how many streams.
    @Test("diagnosis: smallest local count tails, null streams against the weak rows' planted runs")
    func tails() throws {
        func f(_ x: Double) -> String { String(format: "%.2g", x) }
        var lines: [String] = []
        let level = Poisson.normalUpperTail(4.5)
        for (id, seeds, perAreaDay) in Self.nullBatches {
            let pack = try #require(CityPacks.pack(id: id))
            var minima: [Double] = []
            var notes: [String] = []
            for seed in seeds {
                let stream = PlantedCityStream(pack: pack, seed: seed, perAreaDay: perAreaDay)
                var smallest = (tail: 1.0, z: 0.0, run: "")
                for group in PlantedCityStream.groups {
                    for (code, s) in Self.series(stream, group: group) {
                        let t = Self.smallestTail(s, starts: 0...(stream.days - 1))
                        if t.tail < smallest.tail { smallest = (t.tail, t.z, "\(group) \(code) \(t.run) z \(f(t.z))") }
                    }
                }
                minima.append(smallest.tail * Double(pack.areas.count))
                if smallest.tail * Double(pack.areas.count) < 20 * level { notes.append("seed \(seed) \(f(smallest.tail)) \(smallest.run)") }
            }
            minima.sort()
            lines.append(
                "MEASURE weak tails null | \(id) \(Int(perAreaDay)) × \(seeds.count) | smallest tail × areas, lowest ten: "
                    + minima.prefix(10).map(f).joined(separator: " ") + " | under 20 × 3.4e−6: \(notes)")
        }
        for r in Self.rows where Self.weak(r) {
            let pack = try #require(CityPacks.pack(id: r.city))
            var planted: [Double] = []
            var notes: [String] = []
            for seed in UInt64(1)...40 {
                let p = LocalEventPowerTests.planting(seed: seed, twoAreas: false, extra: r.extra, pack: pack)
                let stream = PlantedCityStream(pack: pack, seed: seed, perAreaDay: r.perAreaDay, plantings: [p])
                guard let s = Self.series(stream, group: p.group)[p.areas[0]] else { continue }
                let t = Self.smallestTail(s, starts: (p.days.lowerBound - 1)...(p.days.upperBound), within: (p.days.lowerBound - 1)...(p.days.upperBound + 1))
                planted.append(t.tail * Double(pack.areas.count))
                notes.append("\(seed):\(p.days.count)d \(f(t.tail * Double(pack.areas.count))) z \(f(t.z))")
            }
            planted.sort()
            let counts = [1.0, 2, 5, 10, 20, 50, 100].map { k in "≤\(Int(k))×: \(planted.filter { $0 <= k * level }.count)" }
            lines.append("MEASURE weak tails planted | \(r) | tail × areas against 3.4e−6: \(counts.joined(separator: ", ")) | \(notes.joined(separator: " "))")
        }
        print(lines.joined(separator: "\n"))
    }

    /// The finder's time per find on the planted streams of the weak rows and a null London stream, for each
    /// variant, alternating so the shared machine's load falls on all alike.
    @Test("cost: the finder per find on planted streams, each variant")
    func cost() throws {
        let london = try #require(CityPacks.pack(id: "london"))
        let paris = LocalEventPowerTests.paris
        let streams = [
            ("london 100 null", PlantedCityStream(pack: london, seed: 7, perAreaDay: 100)),
            ("paris 100 +3–5", PlantedCityStream(
                pack: paris, seed: 8, perAreaDay: 100,
                plantings: [LocalEventPowerTests.planting(seed: 8, twoAreas: false, extra: 3...5)])),
            ("paris 400 +6–10", PlantedCityStream(
                pack: paris, seed: 8, perAreaDay: 400,
                plantings: [LocalEventPowerTests.planting(seed: 8, twoAreas: false, extra: 6...10)])),
        ]
        var lines: [String] = []
        for (label, stream) in streams {
            var took: [String: [Duration]] = [:]
            for _ in 0..<3 {
                for (name, settings) in Self.variants {
                    _ = settings.find(stream)
                    let d = ContinuousClock().measure { for _ in 0..<5 { _ = settings.find(stream) } }
                    took[name, default: []].append(d / 5)
                }
            }
            for (name, _) in Self.variants {
                lines.append("MEASURE weak cost | \(label) | \(name) | \(took[name]!.map { "\($0)" }.joined(separator: ", ")) per find")
            }
        }
        print(lines.joined(separator: "\n"))
    }

    /// Per seed, the events of the finder before this change and of each other variant where they differ, for the rows whose
    /// areas or days moved (`CG_MEASURE_DIFF=city,perAreaDay,areas,low,high;…`).
    @Test("diagnosis: seeds whose events differ between the finder before this change and a variant")
    func differences() throws {
        let spec = ProcessInfo.processInfo.environment["CG_MEASURE_DIFF"] ?? "paris,25,2,2,4"
        var lines: [String] = []
        func show(_ events: [TriggerEvent], _ first: Int) -> String {
            events.map { e in
                "\(e.targetGroup) \(e.cityWide ? "city \(e.cityPeriod.map { "\($0.from - first)–\($0.to - first)" } ?? "")" : "local") "
                    + e.areas.map { "\($0.areaCode) \($0.period.from - first)–\($0.period.to - first) \($0.observed)/\(String(format: "%.1f", $0.expected))" }
                    .joined(separator: ", ")
            }.joined(separator: "; ")
        }
        for row in spec.split(separator: ";") {
            let f = row.split(separator: ",").map(String.init)
            let pack = try #require(CityPacks.pack(id: f[0]))
            let perAreaDay = Double(f[1])!, two = f[2] == "2", extra = Int(f[3])!...Int(f[4])!
            for seed in UInt64(1)...40 {
                let p = LocalEventPowerTests.planting(seed: seed, twoAreas: two, extra: extra, pack: pack)
                let stream = PlantedCityStream(pack: pack, seed: seed, perAreaDay: perAreaDay, plantings: [p])
                let first = stream.period.from
                let base = show(Self.variants.first { $0.name == "before" }?.settings.find(stream) ?? [], first)
                for (name, settings) in Self.variants where name != "before" {
                    let other = show(settings.find(stream), first)
                    if other != base {
                        lines.append("MEASURE weak diff | \(row) seed \(seed) planted \(p.group) \(p.areas) \(p.days) | before: \(base) | \(name): \(other)")
                    }
                }
            }
        }
        print(lines.joined(separator: "\n"))
    }
}
