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
    ///
    /// With ``detachedEdges`` (since 2026-11-30), the high days between those two are taken in pieces — runs of
    /// consecutive high days — and a piece at either edge that days not high separate from the piece holding the
    /// best day is kept only if it is a spike on its own (the day rule for one day, the window test on their sums
    /// for more), piece by piece inwards, as long as what is left is still a spike. The growth that follows may
    /// not reach a dropped piece (`floor`, `ceiling`: a day short of the nearest one on each side; nil where none
    /// was dropped); it may still take the days between, by its own rule. Measured on the London trial (seed 1): a
    /// day of 9 against 2.5 (4.1 standard deviations, under the day rule's 10 messages) across two ordinary days
    /// started a march three days early; its own days are high without it.
    func trimmedEdges(_ r: ClosedRange<Int>, _ counts: [Double], baseline base: [Baseline?])
        -> (span: ClosedRange<Int>, floor: Int?, ceiling: Int?)
    {
        let whole: (span: ClosedRange<Int>, floor: Int?, ceiling: Int?) = (r, nil, nil)
        guard let k = edgeThreshold else { return whole }
        func score(_ t: Int, from start: Int) -> Double {
            guard let b = base[t], let first = base[start] else { return -.infinity }
            let e = b.windowExpected(rateOf: first)
            return (counts[t] - e) / max(b.spread * b.spread, e, 1).squareRoot()
        }
        func high(_ t: Int, from start: Int) -> Bool { score(t, from: start) >= k }
        guard let lo = r.first(where: { high($0, from: $0) }),
            let hi = (lo...r.upperBound).last(where: { high($0, from: lo) })
        else { return whole }
        if detachedEdges, lo < hi {
            // Pieces of consecutive high days, measured at the rate of the first high day.
            var pieces: [ClosedRange<Int>] = []
            for t in lo...hi where high(t, from: lo) {
                if let last = pieces.last, last.upperBound == t - 1 {
                    pieces[pieces.count - 1] = last.lowerBound...t
                } else {
                    pieces.append(t...t)
                }
            }
            let best = (lo...hi).max { score($0, from: lo) < score($1, from: lo) } ?? lo
            var first = 0, last = pieces.count - 1
            while first < last, !pieces[first].contains(best), !standsAlone(pieces[first], counts, baseline: base) {
                first += 1
            }
            while last > first, !pieces[last].contains(best), !standsAlone(pieces[last], counts, baseline: base) {
                last -= 1
            }
            let kept = pieces[first].lowerBound...pieces[last].upperBound
            // What is left must still be a spike; else the pieces stay, as without this rule.
            if kept != lo...hi, standsAlone(kept, counts, baseline: base) {
                // Growth may not reach a dropped piece: it stops a day short of the nearest one on each side.
                return (
                    kept, first > 0 ? pieces[first - 1].upperBound + 1 : nil,
                    last < pieces.count - 1 ? pieces[last + 1].lowerBound - 1 : nil
                )
            }
        }
        guard lo...hi != r else { return whole }
        return standsAlone(lo...hi, counts, baseline: base) ? (lo...hi, nil, nil) : whole
    }

    /// Whether the days `r` pass as a spike on their own: the day rule for one day (when runs start at two days),
    /// the window test on their sums otherwise.
    func standsAlone(_ r: ClosedRange<Int>, _ counts: [Double], baseline base: [Baseline?]) -> Bool {
        if r.count == 1 && minimumWindow > 1 { return flagsDay(counts[r.lowerBound], baseline: base[r.lowerBound]) }
        guard let first = base[r.lowerBound] else { return false }
        var sums = RunSums()
        for t in r {
            guard let b = base[t] else { return false }
            sums.add(counts[t], b, first: first)
        }
        return passes(sums, first: first) != nil
    }
}
