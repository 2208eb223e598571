import Foundation

extension ExcessSegment {
    /// What a day must clear to add to a run: its expectation and a margin.
    public enum Penalty: Sendable, Hashable {
        /// `k` standard deviations of a quiet day: observed − expected − k × √(max(1, expected)). At a higher
        /// expectation a chance-high day clears it more often (about 4 % of days at 0.3 a day, 12 % at 1.2).
        case deviations(Double)
        /// The day's count must reach the smallest count a Poisson day of that expectation reaches with chance at
        /// most `level` (observed − (that count − ½)), and clear `deviations` standard deviations as above: whichever
        /// asks more. At low expectations the margin rules; where it lets a quiet day join more often than `level`
        /// (about 0.6–1.5 a day), the tail does.
        case tail(level: Double, deviations: Double)
        /// The run as under `deviations`, then its first and last days dropped while their count stays under the
        /// smallest count a Poisson day of their expectation reaches with chance at most `level`: only the edges
        /// are judged by the tail, a quiet day between two high ones still bridges them.
        case trimmed(level: Double, deviations: Double)

        /// What a day of `expected` scores for `observed`.
        func gain(_ observed: Double, expected: Double) -> Double {
            switch self {
            case .deviations(let k): return observed - expected - k * max(1, expected).squareRoot()
            case .trimmed(_, let k): return Self.deviations(k).gain(observed, expected: expected)
            case .tail(let level, let k):
                return min(
                    observed - (Self.quantile(level, mean: expected) - 0.5),
                    Self.deviations(k).gain(observed, expected: expected))
            }
        }

        /// The run `r` with its edges trimmed (``trimmed(level:deviations:)``); other penalties keep it.
        func trim(_ r: ClosedRange<Int>, _ counts: [Double], expected: [Double]) -> ClosedRange<Int> {
            guard case .trimmed(let level, _) = self else { return r }
            func high(_ t: Int) -> Bool { counts[t] >= Self.quantile(level, mean: expected[t]) }
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, !high(lo) { lo += 1 }
            while hi > lo, !high(hi) { hi -= 1 }
            return lo...hi
        }

        /// The smallest whole k with P(X ≥ k) ≤ `level` for X ~ Poisson(`mean`) (from 1 on); above a mean of 100,
        /// the normal approximation with continuity correction.
        static func quantile(_ level: Double, mean: Double) -> Double {
            guard mean > 0 else { return 1 }
            if mean > 100 { return (mean + Poisson.normalUpperQuantile(level) * mean.squareRoot() + 0.5).rounded(.up) }
            // P(X ≥ k) = 1 − P(X ≤ k − 1): add the terms until the rest is at most `level`.
            var term = exp(-mean), below = term, k = 1.0
            while 1 - below > level {
                term *= mean / k
                below += term
                k += 1
            }
            return k
        }
    }
}
