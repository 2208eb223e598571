extension SpikeDetector {
    /// A run's sums as the window test reads them: observed, expectation (every day at the rate of the run's
    /// first day), the days' robust spreads squared, volume and length.
    struct RunSums {
        var o = 0.0, e = 0.0, spreads = 0.0, volume = 0.0, length = 0

        /// Adds a day of `count` against `b`, the run starting at `first`.
        mutating func add(_ count: Double, _ b: Baseline, first: Baseline) {
            o += count
            e += b.windowExpected(rateOf: first)
            spreads += b.robust * b.robust
            volume += b.scale
            length += 1
        }
    }

    /// The window test on a run's sums: its score when it passes, else nil. The variance is the larger of the days'
    /// robust spreads squared (overdispersion) and the summed expectation (Poisson), plus the rate's own
    /// uncertainty (ΣE × length / days pooled).
    func passes(_ run: RunSums, first: Baseline) -> Double? {
        let step = step(first)
        let threshold = windowThreshold + step
        let v = (dispersionFromHistory ? run.e * max(1, first.dispersion) : max(run.spreads, run.e))
            + run.e * Double(run.length) / max(1, first.rateDays)
        guard run.o >= minimumCount, run.o - run.e >= minimumExcess, v > 0 else { return nil }
        let score = (run.o - run.e) / v.squareRoot()
        guard score >= threshold,
            countTail(run.o, expected: run.e, first: first, volume: run.volume) <= Poisson.normalUpperTail(threshold)
        else { return nil }
        return score
    }
}
