/// The run of consecutive days inside a range that carries the most excess over an expectation, and how
/// unlikely its summed count is: how an area's own days are found within a city-wide spike.
///
/// Each day scores observed − expected − `penalty` × √(max(1, expected)); the run with the highest total (a
/// maximum-scoring segment, one pass) is kept. The penalty, about one and a half standard deviations of a quiet
/// day, keeps stray messages at the edges from stretching the run: a day joins only when it is clearly above
/// its expectation or bridges two days that are. The run is then judged on its sums: ``pValue`` is
/// P(X ≥ observed) for X ~ Poisson(expected).
public struct ExcessSegment: Sendable, Hashable {
    /// Index of the first day of the run.
    public let startIndex: Int
    /// Index of the last day of the run (inclusive).
    public let endIndex: Int
    /// The day of the run with the most excess.
    public let peakIndex: Int
    /// Summed count over the run.
    public let observed: Double
    /// Summed expectation over the run.
    public let expected: Double
    /// (observed − expected) / √expected (at least 1): the run's size in Poisson standard deviations.
    public let score: Double
    /// P(X ≥ observed) for X ~ Poisson(expected).
    public let pValue: Double

    /// The strongest run inside `range` (clamped to the series), or nil when no day there is above its
    /// expectation by more than the penalty. `expected` has one entry per count.
    public static func strongest(
        _ counts: [Double], expected: [Double], in range: ClosedRange<Int>, penalty: Penalty = .deviations(1.5)
    ) -> ExcessSegment? {
        let lo = max(0, range.lowerBound), hi = min(counts.count - 1, range.upperBound, expected.count - 1)
        guard lo <= hi else { return nil }
        var best = 0.0, bestRange: ClosedRange<Int>?
        var running = 0.0, runStart = lo
        for t in lo...hi {
            let gain = penalty.gain(counts[t], expected: expected[t])
            if running <= 0 {
                running = gain
                runStart = t
            } else {
                running += gain
            }
            if running > best {
                best = running
                bestRange = runStart...t
            }
        }
        guard let best = bestRange else { return nil }
        return ExcessSegment(penalty.trim(best, counts, expected: expected), counts, expected: expected)
    }
}
