import CGAnalytics
import Foundation
import Testing

@testable import CGSentiment

/// The measuring loops behind "Weekly lags of the online/offline correlation" in docs/sentiment-analysis.md: the
/// weekly test (`LaggedCorrelation.computeWeekly`, ISO weeks, lags −4…+4, as `OnlineOfflineAnalysis` calls it) on
/// pairs of daily series — hateful messages against a group and verified offline incidents — that are independent
/// (false positives) or where incidents follow the online hate by one or two weeks (power).
/// Minutes in a debug build, so only with `CG_MEASURE=1`; `CG_MEASURE_PAIRS` sets the pairs per row (default 200).
@Suite(
    "Weekly lags: measurements (CG_MEASURE=1)", .enabled(if: ProcessInfo.processInfo.environment["CG_MEASURE"] == "1"))
struct WeeklyLagMeasurementTests {
    /// How the pair of series is drawn.
    enum Kind: String, CaseIterable, Sendable {
        /// Independent, each with a weekly rhythm, online with a four-day burst about every four weeks.
        case stationary
        /// Independent, each level also drifting on its own from week to week (AR(1) on the log level, φ 0.9, sd
        /// 0.15 a week): a source added, a season, a reporting campaign.
        case drifting
        /// Independent, each with a trend of its own over the period (online from ×0.6 to ×1.4, offline up or
        /// down by as much).
        case trending
        /// Incidents follow the online hate's excess by one week.
        case lagOne
        /// Incidents follow the online hate's excess by two weeks.
        case lagTwo
    }

    static let pairs = Int(ProcessInfo.processInfo.environment["CG_MEASURE_PAIRS"] ?? "") ?? 200

    static func poisson(_ mean: Double, _ rng: inout SeededGenerator) -> Double {
        guard mean > 30 else {
            var k = 0.0, p = 1.0
            let limit = exp(-mean)
            repeat {
                k += 1
                p *= rng.nextUnit()
            } while p > limit
            return k - 1
        }
        // A normal approximation above 30 (Box–Muller), rounded and kept ≥ 0.
        let u = max(rng.nextUnit(), 1e-12), v = rng.nextUnit()
        return max(0, (mean + mean.squareRoot() * (-2 * log(u)).squareRoot() * cos(2 * .pi * v)).rounded())
    }

    static func normal(_ rng: inout SeededGenerator) -> Double {
        let u = max(rng.nextUnit(), 1e-12), v = rng.nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }

    /// The first local day ≥ 20,000 that is a Monday (day 4 since 1970-01-01, a Thursday, was one).
    static let firstMonday = 20_000 + (7 - (20_000 - 4) % 7) % 7

    /// Daily online hate (about 20 a day, weekly rhythm, busier weekends, a four-day burst of +30 a day about every
    /// four weeks) and daily incidents (about 1.5 a day, weekly rhythm of their own), over `weeks` whole ISO weeks.
    static func pair(_ kind: Kind, weeks: Int, _ rng: inout SeededGenerator) -> ([Double], [Double]) {
        let days = weeks * 7
        let onlineRhythm = [1.0, 0.9, 1.0, 1.1, 1.2, 1.4, 1.3]
        let offlineRhythm = [0.9, 1.0, 1.0, 1.0, 1.1, 1.3, 0.7]
        func drift() -> [Double] {
            var level = 0.0
            return (0..<weeks).map { _ in
                level = 0.9 * level + 0.15 * normal(&rng)
                return exp(level)
            }
        }
        let onlineDrift = kind == .drifting ? drift() : Array(repeating: 1, count: weeks)
        let offlineDrift = kind == .drifting ? drift() : Array(repeating: 1, count: weeks)
        let offlineSlope = rng.nextUnit() < 0.5 ? 0.8 : -0.8
        func trend(_ day: Int, _ slope: Double) -> Double {
            kind == .trending ? 1 + slope * (Double(day) / Double(days - 1) - 0.5) : 1
        }
        var bursts: [Int] = []
        var next = rng.nextInt(below: 28)
        while next < days {
            bursts.append(next)
            next += 21 + rng.nextInt(below: 15)
        }
        let excess = (0..<days).map { t in bursts.contains { (0..<4).contains(t - $0) } ? 30.0 : 0 }
        let online = (0..<days).map { t in
            poisson((20 * onlineRhythm[t % 7] + excess[t]) * onlineDrift[t / 7] * trend(t, 0.8), &rng)
        }
        let lag = kind == .lagOne ? 7 : kind == .lagTwo ? 14 : nil
        let offline = (0..<days).map { t -> Double in
            var mean = 1.5 * offlineRhythm[t % 7] * offlineDrift[t / 7] * trend(t, offlineSlope)
            if let lag, t >= lag { mean += 0.05 * excess[t - lag] }
            return poisson(mean, &rng)
        }
        return (online, offline)
    }

    static func weekly(_ x: [Double], _ y: [Double], seed: UInt64) -> [LagResult] {
        let dates = (0..<x.count).map { Timestamp.date(ofDay: firstMonday + $0) }
        return LaggedCorrelation.computeWeekly(
            x: zip(dates, x).map { DatedValue(date: $0, value: $1) },
            y: zip(dates, y).map { DatedValue(date: $0, value: $1) }, lags: -4...4, permutations: 999, seed: seed)
    }

    @Test("false positives and power of the weekly lags", arguments: [12, 16, 26])
    func measure(weeks: Int) {
        for kind in Kind.allCases {
            var familyWise = 0, perLag = 0, lagTests = 0, found = 0, usable = 0
            for index in 0..<Self.pairs {
                var rng = SeededGenerator(seed: 70_000 + UInt64(index) + 1_000 * UInt64(weeks))
                let (x, y) = Self.pair(kind, weeks: weeks, &rng)
                let results = Self.weekly(x, y, seed: UInt64(index + 1))
                let ok = results.filter { $0.status == .ok }
                usable = ok.count
                let best = LaggedCorrelation.strongest(results)
                if (best?.familyPValue ?? 1) < 0.05 { familyWise += 1 }
                perLag += ok.filter { ($0.pValue ?? 1) < 0.05 }.count
                lagTests += ok.count
                let planted = kind == .lagOne ? 1 : kind == .lagTwo ? 2 : nil
                if let planted, best?.lag == planted, (best?.correlation ?? 0) > 0, (best?.familyPValue ?? 1) < 0.05 {
                    found += 1
                }
            }
            print(
                "weekly \(weeks) weeks, \(kind.rawValue): \(usable) usable lags; strongest lag Holm p < 0.05 in "
                    + "\(familyWise) of \(Self.pairs); per-lag p < 0.05 \(perLag) of \(lagTests)"
                    + (kind == .lagOne || kind == .lagTwo ? "; planted lag found \(found) of \(Self.pairs)" : ""))
        }
    }

    /// The daily lags (−14…+14, blocks of a week) on the same independent pairs, for comparison: the plain test
    /// (what `OnlineOfflineAnalysis` runs) and the detrended one.
    @Test("false positives of the daily lags on the same pairs", arguments: [12, 26])
    func measureDaily(weeks: Int) {
        for kind in [Kind.stationary, .drifting, .trending] {
            for detrend in [false, true] {
                var familyWise = 0
                for index in 0..<Self.pairs {
                    var rng = SeededGenerator(seed: 70_000 + UInt64(index) + 1_000 * UInt64(weeks))
                    let (x, y) = Self.pair(kind, weeks: weeks, &rng)
                    let results = LaggedCorrelation.compute(
                        x: x, y: y, lags: -14...14, permutations: 999, seed: UInt64(index + 1), detrend: detrend)
                    if (LaggedCorrelation.strongest(results)?.familyPValue ?? 1) < 0.05 { familyWise += 1 }
                }
                print(
                    "daily \(weeks) weeks, \(kind.rawValue)\(detrend ? ", detrended" : ""): strongest lag Holm p "
                        + "< 0.05 in \(familyWise) of \(Self.pairs)")
            }
        }
    }
}
