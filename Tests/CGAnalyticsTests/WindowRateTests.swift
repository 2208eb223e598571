import Testing

@testable import CGAnalytics

/// A run of days is measured against the rate as it stood before its first day: the later days' own rates
/// pool the run's first days, and in a small area with a short history that let an event hide itself.
@Suite struct WindowRateTests {
    /// 14 quiet days (5 hateful messages in 350), then 5, 5, 3, 4 on four days, 25 messages every day: the
    /// Stockholm trial's Roma event in Enskede-Årsta-Vantör, which was not found.
    static let counts: [Double] = [1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 2, 0, 0, 5, 5, 3, 4, 0, 0, 0]
    static let volume = Array(repeating: 25.0, count: counts.count)
    /// A windowed detector at the level local events used before the exact test (`TriggerEventFinder.localDetector`
    /// now tests per area exactly; this checks the run rate on the summed-evidence path that city-wide spikes use).
    static let detector = SpikeDetector(maximumWindow: 7, windowThreshold: 5.5)

    @Test("every day of a run is expected at the first day's rate, by hand")
    func firstDayRate() throws {
        let base = Self.detector.baseline(Self.counts, volume: Self.volume)
        let first = try #require(base[14]), last = try #require(base[17])
        // Day 14's history is the 14 days before it: (5 + 0.5) / 350 per message, 25 messages a day.
        #expect(abs(first.rate - 5.5 / 350 * 25) < 1e-12)
        // Day 17's own rate pools days 14–16 (13 more messages): more than twice as high.
        #expect(abs(last.rate - 18.5 / 425 * 25) < 1e-12)
        #expect(first.expected == 0 && last.expected == 0)  // the median share of a quiet area is 0
        #expect(abs(last.windowExpected(rateOf: first) - 5.5 / 350 * 25) < 1e-12)
    }

    @Test("the run is found with the score its first day's rate gives, by hand")
    func found() throws {
        let base = Self.detector.baseline(Self.counts, volume: Self.volume)
        let e = 4 * 5.5 / 350 * 25
        // V = max(Σ robust², E) + E × 4 / 14 days pooled; robust is 0 (MAD of mostly-zero shares).
        let z = (17 - e) / (e + e * 4 / 14).squareRoot()
        let run = try #require(Self.detector.windows(Self.counts, baseline: base).first { $0.range == 14...17 })
        #expect(abs(run.score - z) < 1e-9, "\(run.score) vs \(z)")
        // Against the rates of its own days (3.15 expected) the Poisson check failed: P(≥ 17) ≈ 4e−8 > 1.9e−8.
        #expect(Poisson.upperTail(atLeast: 17, mean: 3.15) > Poisson.normalUpperTail(5.5))
        let spikes = Self.detector.detect(Self.counts, volume: Self.volume)
        #expect(spikes.map { $0.startIndex...$0.endIndex } == [14...17])
    }

    @Test("a quiet stream of the same shape has no run")
    func quiet() {
        var counts = Self.counts
        for t in 14...17 { counts[t] = [1, 0, 0, 1][t - 14] }
        #expect(Self.detector.detect(counts, volume: Self.volume).isEmpty)
    }
}
