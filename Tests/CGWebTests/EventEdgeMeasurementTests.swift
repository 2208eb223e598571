import CGAnalytics
import CGGeo
import Foundation
import Testing

@testable import CGSentiment

/// Measures the trigger-event finder's edges on the outside trials' streams offline: each file a trial wrote with
/// `CG_TRIAL_DUMP` (`TrialDump`: the area × day summary, the planted events and the planted messages labelled
/// hateful) is run through ``TriggerEventFinder/find`` under each variant named in `CG_EDGE_VARIANTS` (default
/// all), and the events are compared with what was planted: edge days wrongly added, planted days lost, events
/// lost, other events. Only with `CG_EDGE_DUMPS=folder`; prints, asserts nothing.
@Suite(
    "Event edges measured on the trials' dumps",
    .enabled(if: ProcessInfo.processInfo.environment["CG_EDGE_DUMPS"] != nil, "set CG_EDGE_DUMPS"))
struct EventEdgeMeasurementTests {
    static var folder: String? { ProcessInfo.processInfo.environment["CG_EDGE_DUMPS"] }

    /// The finder as shipped before (`before`: every high day bridges, no area confirmation of a city-wide spike's
    /// edges), with the area confirmation alone at two levels, the detached pieces alone, and both (`after`); these
    /// four without the areas' edge minimum of 2026-12-01, which `runs before` / `runs edge 3` measure.
    static let variants: [(name: String, find: @Sendable ([AggregateRow], CityPack, DayRange) -> [TriggerEvent])] = [
        (
            "before",
            {
                TriggerEventFinder.find(
                    rows: $0, pack: $1, period: $2, detector: Self.bridging, areaEdgeLevel: nil, areaEdgeMinimum: nil)
            }
        ),
        (
            "areas 0.05",
            {
                TriggerEventFinder.find(
                    rows: $0, pack: $1, period: $2, detector: Self.bridging, areaEdgeLevel: 0.05, areaEdgeMinimum: nil)
            }
        ),
        (
            "areas 0.1",
            {
                TriggerEventFinder.find(
                    rows: $0, pack: $1, period: $2, detector: Self.bridging, areaEdgeLevel: 0.1, areaEdgeMinimum: nil)
            }
        ),
        (
            "detached",
            { TriggerEventFinder.find(rows: $0, pack: $1, period: $2, areaEdgeLevel: nil, areaEdgeMinimum: nil) }
        ),
        ("after", { TriggerEventFinder.find(rows: $0, pack: $1, period: $2) }),
        // The attached areas' runs before and after their edge days outside the city-wide spike needed 3 messages
        // (``TriggerEventFinder/areaEdgeMinimum``, 2026-12-01; "after" is the finder as shipped, so the same as
        // "runs edge 3" from then on).
        ("runs before", { TriggerEventFinder.find(rows: $0, pack: $1, period: $2, areaEdgeMinimum: nil) }),
        ("runs edge 3", { TriggerEventFinder.find(rows: $0, pack: $1, period: $2, areaEdgeMinimum: 3) }),
        // The city-wide span's growth over neighbours by their score alone (as before 2026-12-01) and also by their
        // Poisson tail (``SpikeDetector/extendByTail``; "grow tail" is the finder as shipped from then on, as are
        // the variants above but for what they name).
        ("grow score", { TriggerEventFinder.find(rows: $0, pack: $1, period: $2, detector: Self.scoreGrowth) }),
        ("grow tail", { TriggerEventFinder.find(rows: $0, pack: $1, period: $2) }),
        // The areas of a city-wide spike chosen beyond the Bonferroni cut (2026-12-01, sixteenth session;
        // ``TriggerEventFinder/AreaSelection``): "select bonferroni" is the finder until then, "select bh 0.001 days
        // only share 0.05" the finder as shipped from then on.
        ("select bonferroni", { Self.select($0, $1, $2, .bonferroni) }),
        ("select holm", { Self.select($0, $1, $2, .holm) }),
        ("select bh 0.001", { Self.select($0, $1, $2, .benjaminiHochberg(0.001)) }),
        ("select bh 0.002", { Self.select($0, $1, $2, .benjaminiHochberg(0.002)) }),
        ("select bh 0.005", { Self.select($0, $1, $2, .benjaminiHochberg(0.005)) }),
        ("select bh 0.01", { Self.select($0, $1, $2, .benjaminiHochberg(0.01)) }),
        ("select days", { Self.select($0, $1, $2, .bonferroni, evidence: .either) }),
        ("select holm days", { Self.select($0, $1, $2, .holm, evidence: .either) }),
        ("select bh 0.001 days", { Self.select($0, $1, $2, .benjaminiHochberg(0.001), evidence: .either) }),
        ("select bh 0.002 days", { Self.select($0, $1, $2, .benjaminiHochberg(0.002), evidence: .either) }),
        ("select bh 0.001 days only", { Self.select($0, $1, $2, .benjaminiHochberg(0.001), evidence: .spikeDays) }),
        ("select bh 0.002 days only", { Self.select($0, $1, $2, .benjaminiHochberg(0.002), evidence: .spikeDays) }),
        ("select bh 0.005 days only", { Self.select($0, $1, $2, .benjaminiHochberg(0.005), evidence: .spikeDays) }),
        ("select bh 0.01 days only", { Self.select($0, $1, $2, .benjaminiHochberg(0.01), evidence: .spikeDays) }),
        (
            "select bh 0.001 days only share 0.05",
            { Self.select($0, $1, $2, .benjaminiHochberg(0.001), evidence: .spikeDays, share: 0.05) }
        ),
        ("select bh 0.005 share 0.05", { Self.select($0, $1, $2, .benjaminiHochberg(0.005), share: 0.05) }),
        ("select bh 0.01 share 0.05", { Self.select($0, $1, $2, .benjaminiHochberg(0.01), share: 0.05) }),
    ]
    /// The finder with a city-wide spike's areas chosen by `selection` (with the spike's own days, a least share).
    static func select(
        _ rows: [AggregateRow], _ pack: CityPack, _ period: DayRange, _ selection: TriggerEventFinder.AreaSelection,
        evidence: TriggerEventFinder.AreaEvidence = .strongestRun, share: Double? = nil
    ) -> [TriggerEvent] {
        TriggerEventFinder.find(
            rows: rows, pack: pack, period: period, areaSelection: selection, areaEvidence: evidence, areaShare: share)
    }
    /// The city-wide detector growing its spans by the neighbours' scores alone (as until 2026-12-01).
    static var scoreGrowth: SpikeDetector {
        var d = TriggerEventFinder.cityDetector
        d.extendByTail = false
        return d
    }
    /// The city-wide detector with every high day bridging (as until 2026-11-30).
    static var bridging: SpikeDetector {
        var d = TriggerEventFinder.cityDetector
        d.detachedEdges = false
        return d
    }

    struct Tally {
        var added = 0
        var lost = 0
        var eventsLost = 0
        var areaAdded = 0
        var areaLost = 0
        var areasWrong = 0
        var other = 0
        /// The areas named by the events of city-wide plantings (which name none), and of those the areas holding
        /// no planted message labelled hateful on the event's days.
        var cityAreas = 0
        var cityAreasUnplanted = 0
        var cases: [String] = []
    }

    @Test("edges before and after, every dump")
    func measure() throws {
        let folder = try #require(Self.folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
            .sorted()
        let wanted = ProcessInfo.processInfo.environment["CG_EDGE_VARIANTS"].map {
            Set($0.split(separator: ",").map(String.init))
        }
        let detail = ProcessInfo.processInfo.environment["CG_EDGE_DETAIL"] != nil
        var tallies: [String: Tally] = [:]
        for file in files {
            let dump = try JSONDecoder().decode(
                TrialDump.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)))
            let pack = try #require(CityPacks.pack(id: dump.city))
            let window = DayRange(from: dump.firstDay - 42, to: dump.lastDay)
            let rows = dump.rows.map {
                AggregateRow(
                    key: AggregateKey(
                        city: dump.city, area: $0.a, day: $0.d, hour: 0, targetGroup: $0.g, type: "none", language: "en"
                    ),
                    delta: AggregateDelta(messages: $0.m, hateful: $0.h, violent: 0))
            }
            for variant in Self.variants where wanted?.contains(variant.name) ?? true {
                let events = variant.find(rows, pack, window)
                var tally = tallies[variant.name] ?? Tally()
                let line = Self.compare(dump, events, &tally)
                tally.cases.append("\(file): \(line)")
                tallies[variant.name] = tally
                print("edge \(variant.name) \(file): \(line)")
                if detail { Self.detail(dump, events, rows: rows, window: window) }
            }
        }
        for (name, t) in tallies.sorted(by: { $0.key < $1.key }) {
            print(
                "edge total \(name) (\(files.count) streams): days added \(t.added), planted days lost \(t.lost), "
                    + "events lost \(t.eventsLost), area days added \(t.areaAdded), area days lost \(t.areaLost), "
                    + "planted areas missing or extra \(t.areasWrong), other events \(t.other), "
                    + "city-wide plantings' areas \(t.cityAreas) (unplanted \(t.cityAreasUnplanted))")
        }
    }

    /// Each planted event against the event found for its group on overlapping days (± 3): days outside the planted
    /// ones added, planted days missing, and per planted area the same.
    static func compare(_ dump: TrialDump, _ events: [TriggerEvent], _ tally: inout Tally) -> String {
        var used = Set<Int>()
        var parts: [String] = []
        for plant in dump.planted {
            let lo = dump.firstDay + plant.days[0], hi = dump.firstDay + plant.days[1]
            let match = events.indices.first {
                !used.contains($0) && events[$0].targetGroup == plant.group && events[$0].period.to >= lo - 3
                    && events[$0].period.from <= hi + 3
            }
            guard let k = match else {
                tally.eventsLost += 1
                parts.append("\(plant.label) LOST")
                continue
            }
            used.insert(k)
            let e = events[k]
            let added = (e.period.from...e.period.to).filter { !(lo...hi).contains($0) }.count
            let lost = (lo...hi).filter { !(e.period.from...e.period.to).contains($0) }.count
            tally.added += added
            tally.lost += lost
            var text =
                "\(plant.label) \(e.period.from - dump.firstDay)–\(e.period.to - dump.firstDay)"
                + " (planted \(plant.days[0])–\(plant.days[1]), +\(added) −\(lost))"
            if let c = e.cityPeriod { text += " city \(c.from - dump.firstDay)–\(c.to - dump.firstDay)" }
            for area in plant.areas {
                guard let got = e.areas.first(where: { $0.areaCode == area.code }) else {
                    tally.areasWrong += 1
                    text += " \(area.code) MISSING"
                    continue
                }
                let alo = dump.firstDay + area.days[0], ahi = dump.firstDay + area.days[1]
                let aAdded = (got.period.from...got.period.to).filter { !(alo...ahi).contains($0) }.count
                let aLost = (alo...ahi).filter { !(got.period.from...got.period.to).contains($0) }.count
                tally.areaAdded += aAdded
                tally.areaLost += aLost
                if aAdded + aLost > 0 {
                    text +=
                        " \(area.code) \(got.period.from - dump.firstDay)–\(got.period.to - dump.firstDay)"
                        + " (+\(aAdded) −\(aLost))"
                }
            }
            if plant.areas.isEmpty, e.cityWide {
                let held = Set(
                    dump.plantedCounts.filter {
                        $0.g == plant.group && $0.n > 0 && (e.period.from...e.period.to).contains($0.d)
                    }.map(\.a))
                let unplanted = e.areas.filter { !held.contains($0.areaCode) }
                tally.cityAreas += e.areas.count
                tally.cityAreasUnplanted += unplanted.count
                text += " areas \(e.areas.count)" + (unplanted.isEmpty ? "" : " (\(unplanted.count) unplanted)")
                if held.isEmpty {
                    // (A dump without the planted counts of a city-wide planting: the areas and their days.)
                    text +=
                        " ["
                        + e.areas.map {
                            "\($0.areaCode) \($0.period.from - dump.firstDay)–\($0.period.to - dump.firstDay)"
                        }.joined(separator: ", ") + "]"
                }
            }
            if !plant.areas.isEmpty {
                let extra = e.areas.filter { a in !plant.areas.contains { $0.code == a.areaCode } }
                tally.areasWrong += extra.count
                if !extra.isEmpty { text += " extra \(extra.map(\.areaCode))" }
            }
            parts.append(text)
        }
        for (k, e) in events.enumerated() where !used.contains(k) && e.period.to >= dump.firstDay {
            tally.other += 1
            parts.append("OTHER \(e.targetGroup) \(e.period.from - dump.firstDay)–\(e.period.to - dump.firstDay)")
        }
        return parts.joined(separator: "; ")
    }

    /// Per event, the days around it city-wide: count, the baseline's expectation and spread, the day's score, the
    /// expectation at the rate of the city-wide span's first day and the edge score, and the planted messages
    /// labelled hateful that day; then each area of the event the same way with its count and planted count.
    static func detail(_ dump: TrialDump, _ events: [TriggerEvent], rows: [AggregateRow], window: DayRange) {
        let n = window.count
        for e in events where e.period.to >= dump.firstDay {
            var counts = Array(repeating: 0.0, count: n), volume = Array(repeating: 0.0, count: n)
            var areaCounts: [String: [Double]] = [:]
            for r in rows where window.contains(r.key.day) {
                let i = r.key.day - window.from
                if r.key.targetGroup == AggregateKey.allTargets {
                    volume[i] += Double(r.delta.messages)
                } else if r.key.targetGroup == e.targetGroup {
                    counts[i] += Double(r.delta.hateful)
                    areaCounts[r.key.area, default: Array(repeating: 0, count: n)][i] += Double(r.delta.hateful)
                }
            }
            let base = TriggerEventFinder.cityDetector.baseline(counts, volume: volume)
            let start = (e.cityPeriod?.from ?? e.period.from) - window.from
            var planted: [Int: Int] = [:]
            for c in dump.plantedCounts where c.g == e.targetGroup { planted[c.d, default: 0] += c.n }
            print("  \(e.targetGroup) \(e.period.from - dump.firstDay)–\(e.period.to - dump.firstDay) city-wide days:")
            for d in (e.period.from - 3)...(e.period.to + 3) where window.contains(d) {
                let i = d - window.from
                guard let b = base[i] else { continue }
                let edgeE = base[start].map { b.windowExpected(rateOf: $0) } ?? b.windowExpected
                let score = (counts[i] - b.expected) / b.spread
                let edge = (counts[i] - edgeE) / max(b.spread * b.spread, edgeE, 1).squareRoot()
                let mark = (e.period.from...e.period.to).contains(d) ? "*" : " "
                print(
                    String(
                        format:
                            "   %@ day %3d: count %3.0f expected %5.1f spread %4.1f score %5.2f | E %5.1f edge %5.2f | planted %d",
                        mark, d - dump.firstDay, counts[i], b.expected, b.spread, score, edgeE, edge, planted[d] ?? 0))
            }
            for a in e.areas {
                let series = areaCounts[a.areaCode] ?? []
                var ap: [Int: Int] = [:]
                for c in dump.plantedCounts where c.g == e.targetGroup && c.a == a.areaCode {
                    ap[c.d, default: 0] += c.n
                }
                let days = (a.period.from - 3)...(a.period.to + 3)
                let text = days.filter { window.contains($0) }.map { d in
                    let c = series.isEmpty ? 0 : Int(series[d - window.from])
                    let inRun = (a.period.from...a.period.to).contains(d) ? "*" : ""
                    return "\(d - dump.firstDay):\(c)\(inRun)(p\(ap[d] ?? 0))"
                }
                print(
                    "   area \(a.areaCode) run \(a.period.from - dump.firstDay)–\(a.period.to - dump.firstDay): \(text.joined(separator: " "))"
                )
            }
        }
    }
}
