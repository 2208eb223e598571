import Foundation
import Testing
@testable import CGAnalytics

/// Poisson draws (Knuth's method) from the seeded generator, for synthetic counts.
func poisson(_ lambda: Double, _ rng: inout SeededGenerator) -> Double {
    let l = exp(-lambda)
    var k = 0.0, p = 1.0
    repeat { k += 1; p *= rng.nextUnit() } while p > l
    return k - 1
}

/// Daily counts with a strong weekly rhythm: quiet weekdays, busy weekends.
func weeklyRhythm(days: Int, seed: UInt64, weekday: Double = 30, weekend: Double = 80) -> [Double] {
    var rng = SeededGenerator(seed: seed)
    return (0..<days).map { poisson($0 % 7 >= 5 ? weekend : weekday, &rng) }
}

@Suite struct SeededGeneratorTests {
    @Test func deterministicAndBounded() {
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9)
        let xs = (0..<100).map { _ in a.nextInt(below: 7) }
        #expect(xs == (0..<100).map { _ in b.nextInt(below: 7) })
        #expect(xs.allSatisfy { (0..<7).contains($0) } && Set(xs).count == 7)
        var c = SeededGenerator(seed: 1)
        #expect(c.next() == 0x910A2DEC89025CC1)  // SplitMix64 reference value for seed 1
        let u = (0..<1000).map { _ in c.nextUnit() }
        #expect(u.allSatisfy { $0 >= 0 && $0 < 1 } && abs(u.reduce(0, +) / 1000 - 0.5) < 0.05)
    }
}

@Suite struct SpikeDetectorTests {
    @Test func findsPlantedSpikeOnTheRightDays() throws {
        var counts = weeklyRhythm(days: 84, seed: 11)
        // Plant an event on days 60–62 (a Thursday to Saturday, crossing into the busy weekend).
        for d in 60...62 { counts[d] += 70 }
        let day0 = Date(timeIntervalSince1970: 1_767_225_600)
        let dates = counts.indices.map { day0.addingTimeInterval(Double($0) * 86_400) }
        let spikes = SpikeDetector().detect(counts, dates: dates)
        #expect(spikes.count == 1)
        let s = try #require(spikes.first)
        #expect(s.startIndex == 60 && s.endIndex == 62)
        #expect(s.startDate == dates[60] && s.endDate == dates[62])
        #expect(s.excess > 150 && s.excess < 270)
        #expect(s.score >= 4)
    }

    @Test func rhythmOnlyNoiseHasNoSpikes() {
        for seed in 100..<120 {
            let counts = weeklyRhythm(days: 120, seed: UInt64(seed))
            #expect(SpikeDetector().detect(counts).isEmpty, "seed \(seed)")
        }
    }

    @Test func weekendsAloneAreNotSpikes() {
        // A naive mean-based detector would flag every weekend here; the weekday-aware baseline must not.
        let counts = (0..<70).map { $0 % 7 >= 5 ? 200.0 : 20.0 }
        #expect(SpikeDetector().detect(counts).isEmpty)
    }

    @Test func volumeScalingIgnoresBusyDays() {
        // Overall volume doubles from day 42 while the hateful share stays 3%: with the volume no spike,
        // without it the jump is flagged.
        var rng = SeededGenerator(seed: 5)
        let volume = (0..<70).map { $0 >= 42 ? 2000.0 : 1000.0 }
        let counts = volume.map { poisson($0 * 0.03, &rng) }
        #expect(SpikeDetector().detect(counts, volume: volume).isEmpty)
        #expect(!SpikeDetector().detect(counts).isEmpty)
    }

    @Test func minimumCountGuard() {
        // Tiny counts: a jump from 0–1 to 6 is not an event worth an alert.
        var counts = Array(repeating: 0.0, count: 60)
        for i in stride(from: 0, to: 60, by: 3) { counts[i] = 1 }
        counts[50] = 6
        #expect(SpikeDetector().detect(counts).isEmpty)
        #expect(SpikeDetector(minimumCount: 3, minimumExcess: 3).detect(counts).map(\.startIndex) == [50])
    }

    @Test func shortHistoryNeverFlags() {
        let counts = [10.0, 10, 10, 10, 10, 10, 10, 500]
        #expect(SpikeDetector().detect(counts).isEmpty)
        #expect(SpikeDetector().baseline(counts).allSatisfy { $0 == nil })
    }

    @Test("the baseline is the median of the same weekday and 1.4826 × its MAD, by hand, with and without volume")
    func baselineByDefinition() {
        var rng = SeededGenerator(seed: 11)
        // A weekly rhythm in the volume, and one day without any messages (its history entry is skipped).
        let volume: [Double] = (0..<63).map { day -> Double in day == 20 ? 0 : Double(900 + (day % 7) * 40) }
        let counts = volume.map { poisson($0 * 0.04, &rng) }
        let detector = SpikeDetector()
        func median(_ v: [Double]) -> Double {
            let s = v.sorted()
            return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
        }
        for useVolume in [false, true] {
            let base = detector.baseline(counts, volume: useVolume ? volume : nil)
            #expect(base.count == counts.count)
            for t in counts.indices {
                var days: [Int] = (1...6).map { t - $0 * 7 }.filter { $0 >= 0 && (!useVolume || volume[$0] > 0) }
                // Fewer than three same weekdays: with a volume, every earlier day of the six weeks (at least 14).
                if days.count < 3, useVolume, t >= 14 {
                    days = (max(0, t - 42)..<t).filter { volume[$0] > 0 }
                    if days.count < 14 { days = [] }
                }
                let history: [Double] = days.map { useVolume ? counts[$0] / volume[$0] : counts[$0] }
                guard history.count >= 3 else {
                    #expect(base[t] == nil, "day \(t)")
                    continue
                }
                let scale = useVolume ? volume[t] : 1
                let m = median(history)
                let deviations: [Double] = history.map { abs($0 - m) }
                let robust: Double = 1.4826 * median(deviations) * scale
                let inflate: Double = 1 + Double.pi / (2 * Double(history.count))
                let spread: Double = (max(robust * robust, m * scale, 1) * inflate).squareRoot()
                #expect(abs((base[t]?.expected ?? -1) - m * scale) < 1e-9, "day \(t)")
                #expect(abs((base[t]?.spread ?? -1) - spread) < 1e-9, "day \(t)")
            }
        }
    }

    @Test func hourlySeason() {
        var rng = SeededGenerator(seed: 3)
        var counts = (0..<(24 * 7 * 5)).map { h -> Double in poisson((h % 24) >= 18 ? 40 : 8, &rng) }
        for h in 700...702 { counts[h] += 60 }
        let spikes = SpikeDetector(season: 168, baselineWeeks: 4, minimumWeeks: 3).detect(counts)
        #expect(spikes.count == 1)
        #expect(spikes.first.map { $0.startIndex <= 700 && $0.endIndex >= 702 && $0.endIndex <= 704 } == true)
    }
}

@Suite struct LogOddsTests {
    @Test func handComputedValue() {
        // Uniform prior of 1: α₀ = 2, nᵢ = 100, nⱼ = 200.
        // δ(a) = log(11/91) − log(11/191) = log(191/91); Var = 1/11 + 1/11.
        let out = LogOdds.distinctiveTerms(target: ["a": 10, "b": 90], background: ["a": 10, "b": 190],
                                           prior: ["a": 1, "b": 1], top: 5, minimumCount: 1)
        #expect(out.count == 1)  // b leans towards the background (negative z), so it is left out
        let a = LogOdds.priorFloor + 1
        let alpha0 = 2 * a
        let delta = log((10 + a) / (100 + alpha0 - 10 - a)) - log((10 + a) / (200 + alpha0 - 10 - a))
        let z = delta / (2 / (10 + a)).squareRoot()
        #expect(out.first?.term == "a")
        #expect(abs((out.first?.zScore ?? 0) - z) < 1e-12)
        #expect(abs(z - log(191.0 / 91.0) / (2.0 / 11.0).squareRoot()) < 0.01)
        #expect(out.first?.targetCount == 10 && out.first?.backgroundCount == 10)
    }

    @Test func eventWordsRiseCommonWordsDoNot() {
        // Spike window vs baseline window, a hand-made example.
        let target = ["the": 400, "and": 200, "mosque": 60, "attack": 45, "burn": 20, "football": 5, "rare": 3]
        let background = ["the": 4000, "and": 2100, "mosque": 30, "attack": 40, "burn": 5, "football": 300, "rare": 0]
        let out = LogOdds.distinctiveTerms(target: target, background: background, prior: nil, top: 3)
        #expect(out.map(\.term) == ["mosque", "attack", "burn"])
        #expect(out.allSatisfy { $0.zScore > 2 })
        // "rare" (3 vs 0) is shrunk by the prior and does not outrank the event words.
        let all = LogOdds.distinctiveTerms(target: target, background: background, prior: nil, top: 10)
        #expect(!all.prefix(3).contains { $0.term == "rare" })
        #expect(!all.contains { $0.term == "football" || $0.term == "the" })
        // Minimum count and top.
        #expect(LogOdds.distinctiveTerms(target: target, background: background, top: 10, minimumCount: 50).map(\.term) == ["mosque"])
        #expect(LogOdds.distinctiveTerms(target: target, background: background, top: 0).isEmpty)
    }
}

@Suite struct LaggedCorrelationTests {
    /// An AR(1) series, so both inputs have autocorrelation like real daily counts.
    func ar1(_ n: Int, _ rng: inout SeededGenerator, phi: Double = 0.5) -> [Double] {
        var out: [Double] = [], prev = 0.0
        for _ in 0..<n {
            let e = poisson(20, &rng) - 20
            prev = phi * prev + e
            out.append(prev + 50)
        }
        return out
    }

    @Test func shiftedSeriesPeaksAtTheLag() {
        var rng = SeededGenerator(seed: 21)
        let x = ar1(240, &rng)
        // y follows x three days later, plus noise: x leads y, so the peak is at lag +3.
        let y = (0..<240).map { t in (t >= 3 ? x[t - 3] : 50) + (poisson(10, &rng) - 10) }
        let results = LaggedCorrelation.compute(x: x, y: y, lags: -14...14, permutations: 999, seed: 7)
        #expect(results.count == 29)
        let best = LaggedCorrelation.strongest(results)
        #expect(best?.lag == 3)
        #expect((best?.correlation ?? 0) > 0.6)
        #expect((best?.pValue ?? 1) <= 0.002)  // no rotation comes near: 1 / 1000
        #expect((best?.familyPValue ?? 1) <= 0.05)
        #expect(best?.overlap == 237)
        #expect((best?.lower95 ?? 1) < (best?.correlation ?? 0) && (best?.correlation ?? 0) < (best?.upper95 ?? 0))
        // Same inputs, same answer.
        #expect(LaggedCorrelation.compute(x: x, y: y, lags: -14...14, permutations: 999, seed: 7) == results)
        // The reverse lag is weak.
        #expect(abs(results.first { $0.lag == -3 }?.correlation ?? 1) < 0.3)
    }

    @Test func independentSeriesGiveLargePValues() {
        // Under independence, per-lag p-values are roughly uniform: about 5% fall below 0.05 overall (they
        // cluster on neighbouring lags within one pair of series, because both series are autocorrelated).
        // The family-wise (Holm) p of the strongest lag is below 0.05 in at most about 1 pair in 20.
        var significantFamilies = 0, smallLagP = 0, lagTests = 0
        var pSum = 0.0
        for seed in 0..<10 {
            var rng = SeededGenerator(seed: 1000 + UInt64(seed))
            let x = ar1(200, &rng), y = ar1(200, &rng)
            let results = LaggedCorrelation.compute(x: x, y: y, lags: -14...14, permutations: 199, seed: UInt64(seed))
            let best = LaggedCorrelation.strongest(results)
            if (best?.familyPValue ?? 1) < 0.05 { significantFamilies += 1 }
            smallLagP += results.filter { ($0.pValue ?? 1) < 0.05 }.count
            lagTests += results.count
            pSum += results.compactMap(\.pValue).reduce(0, +)
        }
        #expect(significantFamilies <= 2)
        #expect(Double(smallLagP) / Double(lagTests) < 0.12)
        #expect(abs(pSum / Double(lagTests) - 0.5) < 0.12)
    }

    @Test func holmAdjustment() {
        let adjusted = LaggedCorrelation.holm([0.01, nil, 0.04, 0.03, 0.5])
        // Sorted: 0.01×4 = 0.04, 0.03×3 = 0.09, 0.04×2 = 0.08 → 0.09 (monotone), 0.5×1 = 0.5.
        #expect(adjusted.count == 5 && adjusted[1] == nil)
        #expect(abs((adjusted[0] ?? 0) - 0.04) < 1e-12)
        #expect(abs((adjusted[3] ?? 0) - 0.09) < 1e-12)
        #expect(abs((adjusted[2] ?? 0) - 0.09) < 1e-12)
        #expect(abs((adjusted[4] ?? 0) - 0.5) < 1e-12)
    }

    @Test func guards() {
        let short = LaggedCorrelation.compute(x: [1, 2, 3, 4, 5], y: [2, 3, 1, 5, 4], lags: -1...1, permutations: 10)
        #expect(short.allSatisfy { $0.status == .notEnoughData && $0.correlation == nil && $0.pValue == nil })
        let constant = LaggedCorrelation.compute(x: Array(repeating: 3, count: 60), y: (0..<60).map(Double.init),
                                                 lags: 0...0, permutations: 10)
        #expect(constant.first?.status == .constantSeries)
        #expect(constant.first?.correlation == nil)
        // NaN marks a missing day: skipped, counted out of the overlap.
        var x = (0..<40).map { Double($0 % 5) }
        x[3] = .nan
        let r = LaggedCorrelation.compute(x: x, y: x.map { $0.isNaN ? 0 : $0 * 2 }, lags: 0...0, permutations: 0)
        #expect(r.first?.overlap == 39 && abs((r.first?.correlation ?? 0) - 1) < 1e-9 && r.first?.pValue == nil)
    }

    @Test func weeklyAggregationLags() {
        var rng = SeededGenerator(seed: 77)
        let day0 = Date(timeIntervalSince1970: 1_767_571_200)  // Monday 2026-01-05
        let weeks = 60
        let weekly = ar1(weeks, &rng, phi: 0.3)
        var x: [DatedValue] = [], y: [DatedValue] = []
        for d in 0..<(weeks * 7) {
            let w = d / 7
            let date = day0.addingTimeInterval(Double(d) * 86_400)
            x.append(DatedValue(date: date, value: weekly[w] / 7))
            y.append(DatedValue(date: date, value: w >= 2 ? weekly[w - 2] / 7 + Double(rng.nextInt(below: 3)) : 7))
        }
        let results = LaggedCorrelation.computeWeekly(x: x, y: y, lags: -4...4, permutations: 199)
        #expect(LaggedCorrelation.strongest(results)?.lag == 2)
        #expect(results.first?.overlap == weeks - 4)
    }
}

@Suite struct TimeAggregationTests {
    let cal: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(secondsFromGMT: 0)!
        return c
    }()

    func date(_ y: Int, _ m: Int, _ d: Int) -> Date { cal.date(from: DateComponents(year: y, month: m, day: d))! }

    @Test func isoWeeksAcrossYearEnd() {
        // 2026-12-28 (Mon) … 2027-01-03 (Sun) is ISO week 2026-W53; 2027-01-04 starts 2027-W01.
        let values = [
            DatedValue(date: date(2026, 12, 27), value: 1),  // Sunday of 2026-W52
            DatedValue(date: date(2026, 12, 28), value: 2),
            DatedValue(date: date(2027, 1, 3), value: 3),
            DatedValue(date: date(2027, 1, 4), value: 4),
            DatedValue(date: date(2027, 1, 20), value: 5),  // W03, leaving W02 empty
        ]
        let weeks = TimeAggregation.isoWeeks(values)
        #expect(weeks.map(\.label) == ["2026-W52", "2026-W53", "2027-W01", "2027-W02", "2027-W03"])
        #expect(weeks.map(\.value) == [1, 5, 4, 0, 5])
        #expect(weeks.map(\.points) == [1, 2, 1, 0, 1])
        #expect(weeks[1].start == date(2026, 12, 28))
    }

    @Test func monthsAndDaily() {
        let values = [
            DatedValue(date: date(2026, 1, 31).addingTimeInterval(3600 * 23), value: 2),
            DatedValue(date: date(2026, 3, 1), value: 3),
            DatedValue(date: date(2026, 3, 31), value: 4),
        ]
        let months = TimeAggregation.months(values)
        #expect(months.map(\.label) == ["2026-01", "2026-02", "2026-03"])
        #expect(months.map(\.value) == [2, 0, 7])
        let daily = TimeAggregation.daily(values, from: date(2026, 1, 30), to: date(2026, 2, 2))
        #expect(daily.map(\.value) == [0, 2, 0, 0])
        #expect(TimeAggregation.isoWeeks([]).isEmpty)
    }
}
