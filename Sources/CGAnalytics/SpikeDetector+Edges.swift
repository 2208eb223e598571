extension SpikeDetector {
    /// The span `r` (the flagged days and the passing runs' spans, merged) with its first and last days dropped
    /// when they are not high on their own (``edgeThreshold``; unchanged without one). A run of 2–7 days passes on
    /// its sums, and its span (the maximum-scoring segment of excess beyond one standard deviation a day) takes
    /// in a chance-high day two days before the event when the day between costs less than that day brings: at
    /// 1,600 messages a day, a day of 21 against 11 expected (2.6 standard deviations) joined an event two days
    /// later through a day of 12. The span then grows over neighbours scoring ``extendThreshold`` as before.
    ///
    /// A day is high when (count − E) / √max(spread², E) reaches ``edgeThreshold``, E the day's expectation at the
    /// rate of the trimmed run's first day (``Baseline/windowExpected(rateOf:)``, as the window test measures it:
    /// a last day is not judged against a rate its own run raised). The span becomes its first to its last high
    /// day — only the edges are judged, a quiet day between two high ones still bridges them — when those days
    /// still pass as a spike on their own (the window test on their sums, or the day rule for a single day when
    /// runs start at two days). Otherwise, or with no high day, the span is kept whole: a run of days each
    /// moderately high passes only together, and its days are its evidence.
    func trimmedEdges(_ r: ClosedRange<Int>, _ counts: [Double], baseline base: [Baseline?]) -> ClosedRange<Int> {
        guard let k = edgeThreshold else { return r }
        func high(_ t: Int, from start: Int) -> Bool {
            guard let b = base[t], let first = base[start] else { return false }
            let e = b.windowExpected(rateOf: first)
            return (counts[t] - e) / max(b.spread * b.spread, e, 1).squareRoot() >= k
        }
        guard let lo = r.first(where: { high($0, from: $0) }),
            let hi = (lo...r.upperBound).last(where: { high($0, from: lo) }),
            lo...hi != r
        else { return r }
        if hi == lo && minimumWindow > 1 { return flagsDay(counts[lo], baseline: base[lo]) ? lo...lo : r }
        guard let first = base[lo] else { return r }
        var sums = RunSums()
        for t in lo...hi {
            guard let b = base[t] else { return r }
            sums.add(counts[t], b, first: first)
        }
        return passes(sums, first: first) == nil ? r : lo...hi
    }
}
