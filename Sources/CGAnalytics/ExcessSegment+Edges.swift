extension ExcessSegment {
    /// This run with its first and last days dropped while they lie outside `supported` and hold fewer than
    /// `minimumCount` (at least one day is kept; sums, peak and tail recomputed over what is left).
    ///
    /// Why (since 2026-12-01): the penalty's margin, k × √max(1, expected), is k messages at any expectation under
    /// one, so under 0.5 a day of **2** joins a run (2 − 0.2 − 1.5 > 0) although it is one of the dozen days a run
    /// is searched over, where P(X ≥ 2 | 0.2) ≈ 1.7 % a day makes one such day common. From 0.5 on the margin
    /// already asks 3, so `minimumCount` 3 changes only days of 2 under 0.5. `supported` is where other evidence
    /// says the event is (the city-wide spike's days, for an area attached to it): a day of 2 there stays.
    ///
    /// - Parameters:
    ///   - counts, expected: the series the run was found in.
    ///   - minimumCount: what an edge day outside `supported` must hold to stay.
    ///   - supported: days whose edges are never dropped.
    public func trimmingEdges(
        _ counts: [Double], expected: [Double], minimumCount: Double, outside supported: ClosedRange<Int>
    ) -> ExcessSegment {
        func weak(_ t: Int) -> Bool { !supported.contains(t) && counts[t] < minimumCount }
        var lo = startIndex, hi = endIndex
        while lo < hi, weak(lo) { lo += 1 }
        while hi > lo, weak(hi) { hi -= 1 }
        return lo == startIndex && hi == endIndex ? self : ExcessSegment(lo...hi, counts, expected: expected)
    }

    /// The run `r` of `counts` with its sums, peak and tail.
    init(_ r: ClosedRange<Int>, _ counts: [Double], expected: [Double]) {
        var observed = 0.0, sum = 0.0
        var peak = r.lowerBound
        for t in r {
            observed += counts[t]
            sum += expected[t]
            if counts[t] - expected[t] > counts[peak] - expected[peak] { peak = t }
        }
        self.init(
            startIndex: r.lowerBound, endIndex: r.upperBound, peakIndex: peak, observed: observed, expected: sum,
            score: (observed - sum) / max(1, sum).squareRoot(), pValue: Poisson.upperTail(atLeast: observed, mean: sum))
    }
}
