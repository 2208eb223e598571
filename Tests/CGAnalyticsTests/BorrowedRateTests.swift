import Foundation
import Testing

@testable import CGAnalytics

/// Evidence borrowed from the city for an area's rate: the negative binomial tail, and an area with a short
/// history judged with and without what it borrows.
@Suite struct BorrowedRateTests {
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(b), 1e-300) }

    @Test("the negative binomial upper tail against hand values, and the binomial test as its whole-shape case")
    func negativeBinomialTail() {
        // Values from scipy.stats.nbinom (its p is our 1 − p).
        #expect(close(NegativeBinomial.upperTail(atLeast: 17, shape: 16, probability: 117.0 / 1_167), 1.3339837462994677e-09))
        #expect(close(NegativeBinomial.upperTail(atLeast: 10, shape: 15.5, probability: 0.1), 6.433747819757022e-05))
        #expect(close(NegativeBinomial.upperTail(atLeast: 5, shape: 20, probability: 0.5), 0.9992280602455139))
        #expect(close(NegativeBinomial.upperTail(atLeast: 1, shape: 3.2, probability: 0.3), 0.6806155791224708))
        #expect(NegativeBinomial.upperTail(atLeast: 0, shape: 2, probability: 0.3) == 1)
        #expect(NegativeBinomial.upperTail(atLeast: 3, shape: 2, probability: 0) == 0)
        // P(K ≥ k) for K ~ NB(r, p) is P(X ≥ k) for X ~ Binomial(k + r − 1, p): the exact test against the own
        // history (H messages: shape H + 1) is the case of nothing borrowed.
        for (k, r, p) in [(17.0, 6.0, 117.0 / 467), (4, 5, 0.2), (9, 13, 0.05)] {
            #expect(close(
                NegativeBinomial.upperTail(atLeast: k, shape: r, probability: p),
                Binomial.upperTail(atLeast: k, trials: k + r - 1, probability: p)))
        }
    }

    /// The Stockholm trial's area: 25 messages a day, 5 against the group in 14 days, then 4, 4, 4, 5 on days
    /// 14–17 (the event's messages in the volume too: 117 over the four days).
    static let counts: [Double] = [0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 4, 4, 4, 5]
    static let volume: [Double] = Array(repeating: 25, count: 14) + [29, 29, 29, 30]

    @Test("a small local event after two weeks: missed on the area's five messages alone, found with the city's rate borrowed")
    func stockholmArea() throws {
        // As the finder runs it for Stockholm's 13 areas: 3.4e−6 / 13 = 2.6e−7.
        let local = SpikeDetector(
            minimumCount: 4, minimumExcess: 3, maximumWindow: 7, windowThreshold: 4.5, minimumWindow: 1, exactRateTest: true
        ).corrected(forSeries: 13)
        // Alone: the best run is all four days, P(Binomial(22, 117/467) ≥ 17) = 4.1e−7 > 2.6e−7 — nothing.
        #expect(local.detect(Self.counts, volume: Self.volume).isEmpty)
        // With ten messages borrowed at the city's rate (the same as the area's, 5 in 350: a volume of 700), the
        // rate's posterior is gamma with 5 + 10 messages and the four days' count negative binomial:
        // P(NB(16, 117/1,167) ≥ 17) = 1.3e−9 — found, on its four days.
        let base = local.baseline(Self.counts, volume: Self.volume).map { $0?.borrowing(count: 10, volume: 700) }
        let spike = try #require(local.detect(Self.counts, baseline: base).first)
        #expect(spike.startIndex == 14 && spike.endIndex == 17 && spike.observed == 17)
        // The expectation is the posterior rate: (5 + 10 + ½) / (350 + 700) × the day's volume on day 14.
        let day14 = try #require(base[14])
        #expect(close(day14.rate, 15.5 / 1_050 * 29))
        // Borrowing nothing changes nothing.
        let same = local.baseline(Self.counts, volume: Self.volume).map { $0?.borrowing(count: 0, volume: 0) }
        #expect(local.detect(Self.counts, baseline: same).isEmpty)
    }

    @Test("early points: thresholds raised while the history is shorter than earlyHistoryDays")
    func earlyStep() {
        // A city-wide series of 200 messages a day, 2 against the group, and 14 on day 9 after nine days.
        var counts = Array(repeating: 2.0, count: 12)
        counts[9] = 14
        let volume = Array(repeating: 200.0, count: 12)
        let short = SpikeDetector(shortHistoryDays: 7)
        #expect(short.detect(counts, volume: volume).map(\.startIndex) == [9])
        // Not before seven days of history (the default, 14, flags nothing here).
        #expect(SpikeDetector().detect(counts, volume: volume).isEmpty)
        // Day 9 scores (14 − 2) / √(2 × (1 + π/18)) = 7.8, and P(X ≥ 14) for X ~ Poisson(18.5/1,800 × 200) is
        // 4.1e−8: below the normal tail of 4 + 1 (2.9e−7), not of 4 + 2 (9.9e−10).
        let strict = SpikeDetector(shortHistoryDays: 7, earlyHistoryDays: 14, earlyStep: 1)
        #expect(strict.detect(counts, volume: volume).map(\.startIndex) == [9])
        let stricter = SpikeDetector(shortHistoryDays: 7, earlyHistoryDays: 14, earlyStep: 2)
        #expect(stricter.detect(counts, volume: volume).isEmpty)
        // The same day after 14 days of history is judged at the usual level.
        var later = Array(repeating: 2.0, count: 17)
        later[15] = 14
        #expect(stricter.detect(later, volume: Array(repeating: 200, count: 17)).map(\.startIndex) == [15])
    }
}
