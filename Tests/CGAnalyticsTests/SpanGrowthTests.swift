import Testing

@testable import CGAnalytics

/// A city-wide span grows over a neighbour that is unlikely under Poisson at the rate before the event even when
/// the history's wide spread keeps its score under the growth threshold (``SpikeDetector/extendByTail``).
@Suite("Span growth: by the score or the Poisson tail")
struct SpanGrowthTests {
    /// 70 days in 1,000 a day: 4 and 16 on alternate days (each weekday's six weeks: three of each, median 10,
    /// robust spread 8.9, 10.0 inflated for a median of six), an event on days 56–58 (45, 50, 45), then `after` on
    /// day 59 and 4 and 16 again.
    static func series(after: Double) -> (counts: [Double], volume: [Double]) {
        var counts = (0..<70).map { $0 % 2 == 0 ? 4.0 : 16.0 }
        counts[56] = 45
        counts[57] = 50
        counts[58] = 45
        counts[59] = after
        return (counts, Array(repeating: 1_000, count: 70))
    }

    static func spans(_ s: (counts: [Double], volume: [Double]), tail: Bool) -> [ClosedRange<Int>] {
        let detector = SpikeDetector(
            maximumWindow: 7, windowThreshold: 4.5, shortHistoryDays: 7, earlyHistoryDays: 14, earlyStep: 1,
            edgeThreshold: 3, exactTailHistoryDays: 42, detachedEdges: true, extendByTail: tail)
        return detector.detect(s.counts, volume: s.volume).map { $0.startIndex...$0.endIndex }
    }

    @Test("a day of 22 after the event joins by its Poisson tail, not by its score")
    func lastDay() {
        // Day 59: 22 against 10 scores 1.2 on the spread of 10.0, but P(X ≥ 22 | 10) = 0.0007 ≤ 0.0062.
        let s = Self.series(after: 22)
        #expect(Self.spans(s, tail: false) == [56...58])
        #expect(Self.spans(s, tail: true) == [56...59])
        // A day of 16 (P(X ≥ 16 | 10) = 0.049), an ordinary day here, does not; nor does day 55 (16) before it.
        let ordinary = Self.series(after: 16)
        #expect(Self.spans(ordinary, tail: true) == [56...58])
    }
}
