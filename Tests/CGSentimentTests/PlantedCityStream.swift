import CGAnalytics
import CGGeo
import Foundation

@testable import CGSentiment

/// A seeded synthetic city written straight as rollup rows (no classifier), for testing the trigger-event
/// finder as an analyst would: every area gets about `perAreaDay` messages a day (35 % more at weekends, normal
/// noise of sd 2), each hateful with probability `hateShare` and then aimed at one of five groups; planted events
/// add hateful messages against one group in chosen areas on chosen days (and to the volume, as real messages
/// would). A busy day multiplies every message, hateful or not.
struct PlantedCityStream {
    /// Extra hateful messages against `group` in `areas` on `days`: each area-day draws uniformly in `perAreaDay`.
    struct Planting {
        var group: String
        var areas: [String]
        var days: ClosedRange<Int>
        var perAreaDay: ClosedRange<Int>
    }

    static let groups = ["jews", "muslims", "immigrants", "women", "lgb"]
    static let firstDay = Timestamp.daysFromCivil(year: 2026, month: 9, day: 20)

    /// Paris's arrondissement code: 1 → "75101".
    static func paris(_ n: Int) -> String { "751" + (n < 10 ? "0\(n)" : "\(n)") }

    /// The moving antisemitic event of the trial run: the 18th, 19th and 20th on days 55–58, then the 10th and
    /// 11th on days 58–61.
    static func movingEvent(_ perAreaDay: ClosedRange<Int>) -> [Planting] {
        [
            Planting(group: "jews", areas: [18, 19, 20].map(paris), days: 55...58, perAreaDay: perAreaDay),
            Planting(group: "jews", areas: [10, 11].map(paris), days: 58...61, perAreaDay: perAreaDay),
        ]
    }

    let pack: CityPack
    let days: Int
    let rows: [AggregateRow]

    /// The whole stream as a period (its first six weeks are baseline).
    var period: DayRange { DayRange(from: Self.firstDay, to: Self.firstDay + days - 1) }

    init(
        pack: CityPack, seed: UInt64, days: Int = 70, perAreaDay: Double = 25, hateShare: Double = 0.05,
        plantings: [Planting] = [], busyDays: [Int: Double] = [:], areaSpread: Double = 0
    ) {
        self.pack = pack
        self.days = days
        var rng = SeededGenerator(seed: seed)
        // Areas that differ: each area × group rate times a lognormal factor of mean 1 and log-sd `areaSpread`
        // (0.5: coefficient of variation about 0.53), drawn from a generator of its own so the streams with
        // `areaSpread` 0 stay exactly what they were.
        var spreadRng = SeededGenerator(seed: seed ^ 0x5EED_A4EA)
        let factor: [String: [Double]] = Dictionary(uniqueKeysWithValues: pack.areas.map { area in
            (area.code, Self.groups.map { _ in
                areaSpread > 0 ? exp(areaSpread * Self.normal(&spreadRng) - areaSpread * areaSpread / 2) : 1
            })
        })
        var rows: [AggregateRow] = []
        rows.reserveCapacity(days * pack.areas.count * (Self.groups.count + 1))
        for d in 0..<days {
            let day = Self.firstDay + d
            let weekend = Timestamp.weekday(ofDay: day) >= 5
            let busy = busyDays[d] ?? 1
            for area in pack.areas {
                let mean = perAreaDay * (weekend ? 1.35 : 1)
                var messages = max(0, (mean + 2 * Self.normal(&rng)).rounded()) * busy
                messages = messages.rounded()
                var hateful = 0
                for (g, group) in Self.groups.enumerated() {
                    // (× 1 exactly when the areas do not differ: the same draws as before the factor.)
                    let mean = messages * hateShare / Double(Self.groups.count) * (factor[area.code]?[g] ?? 1)
                    var count = Self.poisson(mean, &rng)
                    for p in plantings where p.group == group && p.areas.contains(area.code) && p.days.contains(d) {
                        let extra = p.perAreaDay.lowerBound
                            + rng.nextInt(below: p.perAreaDay.upperBound - p.perAreaDay.lowerBound + 1)
                        count += extra
                        messages += Double(extra)
                    }
                    hateful += count
                    if count > 0 {
                        rows.append(Self.row(pack.id, area.code, day, group, AggregateDelta(messages: count, hateful: count)))
                    }
                }
                rows.append(
                    Self.row(pack.id, area.code, day, AggregateKey.allTargets, AggregateDelta(messages: Int(messages), hateful: hateful)))
            }
        }
        self.rows = rows
    }

    static func row(_ city: String, _ area: String, _ day: Int, _ group: String, _ delta: AggregateDelta) -> AggregateRow {
        AggregateRow(
            key: AggregateKey(city: city, area: area, day: day, hour: 12, targetGroup: group, type: "x", language: "fr"),
            delta: delta)
    }

    /// A standard normal draw (Box–Muller).
    static func normal(_ rng: inout SeededGenerator) -> Double {
        let u = max(rng.nextUnit(), 1e-12), v = rng.nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// A Poisson draw (Knuth's method; the means here are small).
    static func poisson(_ lambda: Double, _ rng: inout SeededGenerator) -> Int {
        let l = exp(-lambda)
        var k = 0, p = 1.0
        repeat {
            k += 1
            p *= rng.nextUnit()
        } while p > l
        return k - 1
    }
}
