import Testing

@testable import CGAnalytics

/// The count a day must reach to join a run under the tail penalty, by hand.
@Suite("Run penalty by Poisson tail")
struct SegmentPenaltyTests {
    @Test("the smallest count a Poisson day reaches with chance at most the level")
    func quantiles() {
        // P(X ≥ 2 | 0.3) = 0.037, P(X ≥ 1) = 0.26; P(X ≥ 4 | 1.2) = 0.034, P(X ≥ 3) = 0.12.
        #expect(ExcessSegment.Penalty.quantile(0.04, mean: 0.3) == 2)
        #expect(ExcessSegment.Penalty.quantile(0.04, mean: 1.2) == 4)
        #expect(ExcessSegment.Penalty.quantile(0.04, mean: 0) == 1)
        for mean in [0.1, 0.5, 2, 7.5, 30, 99] {
            let k = ExcessSegment.Penalty.quantile(0.04, mean: mean)
            #expect(Poisson.upperTail(atLeast: k, mean: mean) <= 0.04, "\(mean)")
            #expect(k == 1 || Poisson.upperTail(atLeast: k - 1, mean: mean) > 0.04, "\(mean)")
        }
    }

    @Test("the tail asks more than 1.5 deviations only where a quiet day would clear those often; trim cuts edges only")
    func penalties() throws {
        // At 1.2 a day a count of 3 clears 1.5 deviations (P(X ≥ 3) = 0.12) but not the tail at 0.04 (4 needed);
        // at 0.25 a count of 2 clears both, and the tail never asks less than 1.5 deviations.
        let tail = ExcessSegment.Penalty.tail(level: 0.04, deviations: 1.5), sd = ExcessSegment.Penalty.deviations(1.5)
        #expect(sd.gain(3, expected: 1.2) > 0 && tail.gain(3, expected: 1.2) < 0 && tail.gain(4, expected: 1.2) > 0)
        #expect(tail.gain(2, expected: 0.25) == sd.gain(2, expected: 0.25) && sd.gain(2, expected: 0.25) > 0)
        // Days 2–6 of 1.2 expected: 3 | 6 7 1 6 | 3 — the run under 1.5 deviations takes the 3s at the edges; trimmed
        // at 0.04 it keeps 6 7 1 6 (the 1 bridges).
        let counts: [Double] = [0, 1, 3, 6, 7, 1, 6, 3, 0, 1], expected = Array(repeating: 1.2, count: 10)
        let whole = try #require(ExcessSegment.strongest(counts, expected: expected, in: 0...9, penalty: sd))
        #expect(whole.startIndex == 2 && whole.endIndex == 7)
        let trimmed = try #require(
            ExcessSegment.strongest(counts, expected: expected, in: 0...9, penalty: .trimmed(level: 0.04, deviations: 1.5)))
        #expect(trimmed.startIndex == 3 && trimmed.endIndex == 6 && trimmed.observed == 20)
    }
}
