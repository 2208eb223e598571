import Foundation
import Testing

@testable import CGAnalytics

/// The local detector's evidence: the binomial tail, the Bonferroni correction over areas, and an area series
/// judged by hand.
@Suite struct LocalEvidenceTests {
    @Test("the binomial upper tail against hand values")
    func binomialTail() {
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(b), 1e-300) }
        #expect(Binomial.upperTail(atLeast: 0, trials: 5, probability: 0.5) == 1)
        // (10 + 5 + 1) / 32.
        #expect(close(Binomial.upperTail(atLeast: 3, trials: 5, probability: 0.5), 0.5))
        #expect(close(Binomial.upperTail(atLeast: 9, trials: 19, probability: 0.05), 1.1396691908498267e-07))
        #expect(close(Binomial.upperTail(atLeast: 18, trials: 60, probability: 300.0 / 4_500), 4.089155254192066e-08))
        #expect(close(Binomial.upperTail(atLeast: 17, trials: 59, probability: 300.0 / 4_500), 1.8587113992431384e-07))
        #expect(Binomial.upperTail(atLeast: 6, trials: 5, probability: 0.5) == 0)
        #expect(Binomial.upperTail(atLeast: 2.2, trials: 5, probability: 0.3) == Binomial.upperTail(atLeast: 3, trials: 5, probability: 0.3))
        #expect(Binomial.upperTail(atLeast: 1, trials: 5, probability: 0) == 0)
    }

    @Test("the threshold corrected for many series: the normal tail divided by their number")
    func bonferroni() {
        let base = SpikeDetector(maximumWindow: 7, windowThreshold: 4.5)
        // P(Z ≥ 4.5) = 3.3977e−6; over 20 series 1.6988e−7, z = 5.0999; over 33, z = 5.1939.
        #expect(abs(base.corrected(forSeries: 20).windowThreshold - 5.099936576507597) < 1e-6)
        #expect(abs(base.corrected(forSeries: 33).windowThreshold - 5.193912832588425) < 1e-6)
        #expect(base.corrected(forSeries: 1) == base)
        #expect(abs(Poisson.normalUpperQuantile(Poisson.normalUpperTail(4)) - 4) < 1e-9)
    }

    /// An area with 100 messages a day and exactly one against the group each day, then `spike` on days 44–46.
    static func area(_ spike: [Double]) -> (counts: [Double], volume: [Double]) {
        var counts = Array(repeating: 1.0, count: 47)
        for (k, c) in spike.enumerated() { counts[44 + k] = c }
        return (counts, Array(repeating: 100, count: 47))
    }

    @Test("an area series by hand: the exact test against its own 42 messages decides, one message either side")
    func areaByHand() throws {
        // As the finder runs it in a city of 20 areas: level 3.4e−6 / 20 = 1.70e−7, z 5.10, runs of 1–7 days.
        let local = SpikeDetector(
            minimumCount: 4, minimumExcess: 3, maximumWindow: 7, windowThreshold: 4.5, minimumWindow: 1, exactRateTest: true
        ).corrected(forSeries: 20)
        // 6, 6, 6 on days 44–46: 42 messages in the 42 days (4,200 messages) before, 18 in 300 → P(X ≥ 18) for
        // X ~ Binomial(60, 300/4,500) = 4.09e−8 ≤ 1.70e−7: found, on its three days.
        let found = Self.area([6, 6, 6])
        let spike = try #require(local.detect(found.counts, volume: found.volume).first)
        #expect(spike.startIndex == 44 && spike.endIndex == 46 && spike.observed == 18)
        // Expected: the pooled rate times the day's volume, (42 + ½)/4,200 × 100, then (47 + ½)/4,200 × 100 and
        // (52 + ½)/4,200 × 100 as the spike's first days enter the 42 days before the next.
        #expect(abs(spike.expected - (42.5 + 47.5 + 52.5) / 42) < 1e-9)
        // 6, 6, 5: Binomial(59, 300/4,500) ≥ 17 is 1.86e−7 — just above the level: nothing (Poisson against the
        // summed rate, 1.2e−7, would have called it; the rate's own uncertainty is what the exact test adds).
        let short = Self.area([6, 6, 5])
        #expect(local.detect(short.counts, volume: short.volume).isEmpty)
        // One day: 11 → Binomial(53, 100/4,300) ≥ 11 = 3.3e−8, found on its own day; 10 is not.
        let day = Self.area([11, 1, 1])
        #expect(local.detect(day.counts, volume: day.volume).map { [$0.startIndex, $0.endIndex] } == [[44, 44]])
        let smaller = Self.area([10, 1, 1])
        #expect(local.detect(smaller.counts, volume: smaller.volume).isEmpty)
    }
}
