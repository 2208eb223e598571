import Foundation
import Testing

@testable import CGAnalytics

/// Evidence summed over days: the Poisson tail, the strongest run of an area, and the windowed detector.
@Suite struct WindowEvidenceTests {
    @Test("the Poisson upper tail against hand values, including tails far below 1e−10")
    func poissonTail() {
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(b), 1e-300) }
        #expect(Poisson.upperTail(atLeast: 0, mean: 3) == 1)
        #expect(close(Poisson.upperTail(atLeast: 1, mean: 2), 0.8646647167633873))
        #expect(close(Poisson.upperTail(atLeast: 3, mean: 0.5), 0.014387677966970713))
        #expect(close(Poisson.upperTail(atLeast: 5, mean: 5), 0.5595067149347877))
        #expect(close(Poisson.upperTail(atLeast: 10, mean: 1), 1.1142547833872079e-07))
        #expect(close(Poisson.upperTail(atLeast: 15, mean: 1.5), 8.239722367590821e-11))
        #expect(close(Poisson.upperTail(atLeast: 30, mean: 1), 1.4330814167223074e-33))
        #expect(Poisson.upperTail(atLeast: 2.2, mean: 1) == Poisson.upperTail(atLeast: 3, mean: 1))
        #expect(Poisson.upperTail(atLeast: 1, mean: 0) == 0)
        #expect(abs(Poisson.normalUpperTail(4) - 3.167124183311986e-05) < 1e-15)
    }

    @Test("the strongest run: a maximum-scoring segment beyond the penalty, judged on its sums")
    func strongestRun() throws {
        let counts: [Double] = [0, 1, 0, 5, 6, 4, 1, 0]
        let expected = Array(repeating: 0.5, count: counts.count)
        // Gains c − 0.5 − 1.5: −2 −1 −2 3 4 2 −1 −2 → days 3–5.
        let run = try #require(ExcessSegment.strongest(counts, expected: expected, in: 0...7))
        #expect(run.startIndex == 3 && run.endIndex == 5 && run.peakIndex == 4)
        #expect(run.observed == 15 && run.expected == 1.5)
        #expect(abs(run.pValue - 8.239722367590821e-11) < 1e-18)
        // Clamped to the range given; nothing above the penalty gives no run.
        #expect(ExcessSegment.strongest(counts, expected: expected, in: 5...20)?.startIndex == 5)
        #expect(ExcessSegment.strongest(counts, expected: expected, in: 0...2) == nil)
        #expect(ExcessSegment.strongest(counts, expected: expected, in: 9...12) == nil)
    }

    /// All messages of a day: 1,000 on weekdays, 1,400 at weekends.
    static func volume(days: Int = 70) -> [Double] { (0..<days).map { $0 % 7 >= 5 ? 1_400 : 1_000 } }

    /// Hateful messages: 0.6 % of the volume, Poisson.
    static func quiet(seed: UInt64, days: Int = 70) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        return volume(days: days).map { poisson($0 * 0.006, &rng) }
    }

    @Test("a sustained rise whose single days are rarely significant is found on its days by the summed evidence")
    func sustainedRise() throws {
        let windowed = SpikeDetector(maximumWindow: 7, windowThreshold: 4.5)
        var found = 0, placed = 0, daysOnly = 0
        for seed in UInt64(1)...10 {
            var counts = Self.quiet(seed: seed)
            // Days 60–65: 9 more a day on about 6 (weekdays) — each day alone about 3 standard deviations.
            for d in 60...65 { counts[d] += 9 }
            if !SpikeDetector().detect(counts, volume: Self.volume()).isEmpty { daysOnly += 1 }
            let spikes = windowed.detect(counts, volume: Self.volume())
            #expect(spikes.count <= 1, "seed \(seed)")
            guard let s = spikes.first else { continue }
            found += 1
            #expect(s.startIndex >= 58 && s.endIndex <= 66 && s.endIndex - s.startIndex >= 2, "seed \(seed): \(s)")
            if (59...61).contains(s.startIndex) && (64...66).contains(s.endIndex) { placed += 1 }
            #expect(s.score >= 4.5)
        }
        // Measured: single days alone find 2 of the 10 seeds; the windows 9, 8 of them on days 60–65 exactly
        // (seed 2 starts two days early, at 58).
        #expect(daysOnly <= 2 && found >= 9 && placed >= 8, "days only \(daysOnly), found \(found), placed \(placed)")
    }

    @Test("the windowed detector stays quiet on rhythm-only noise, and one big day does not widen its span")
    func windowsOnNoise() throws {
        let windowed = SpikeDetector(maximumWindow: 7, windowThreshold: 4.5)
        for seed in 100..<120 {
            #expect(windowed.detect(weeklyRhythm(days: 120, seed: UInt64(seed))).isEmpty, "seed \(seed)")
            #expect(windowed.detect(Self.quiet(seed: UInt64(seed), days: 120), volume: Self.volume(days: 120)).isEmpty, "seed \(seed)")
        }
        var counts = Self.quiet(seed: 7)
        counts[60] += 40
        let spikes = windowed.detect(counts, volume: Self.volume())
        #expect(spikes.map(\.startIndex) == [60] && spikes.map(\.endIndex) == [60])
    }

    @Test("a stream of three weeks: with a volume, every earlier day stands in for the missing same weekdays; quiet on noise")
    func shortHistory() throws {
        let windowed = SpikeDetector(maximumWindow: 7, windowThreshold: 4.5)
        let volume = Self.volume(days: 24)
        var found = 0
        for seed in UInt64(1)...10 {
            var counts = Self.quiet(seed: seed, days: 24)
            // Days 16–19: 15 more a day on about 6 — before the third week of history, so same weekdays are too few.
            for d in 16...19 { counts[d] += 15 }
            let base = SpikeDetector().baseline(counts, volume: volume)
            #expect(base[13] == nil && base[14] != nil && base[16] != nil)
            #expect(SpikeDetector(shortHistoryDays: 0).detect(counts, volume: volume).isEmpty)
            #expect(windowed.detect(counts).isEmpty, "without a volume, too short a history is never flagged")
            let spikes = windowed.detect(counts, volume: volume)
            #expect(spikes.count <= 1, "seed \(seed)")
            if let s = spikes.first, (15...17).contains(s.startIndex), (18...20).contains(s.endIndex) { found += 1 }
        }
        #expect(found >= 9, "found \(found) of 10")
        for seed in UInt64(200)..<230 {
            #expect(windowed.detect(Self.quiet(seed: seed, days: 24), volume: volume).isEmpty, "seed \(seed)")
        }
    }
}
