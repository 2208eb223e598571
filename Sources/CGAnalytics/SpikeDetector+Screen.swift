extension SpikeDetector {
    /// Whether any run of `counts` could pass the window test — a cheap screen before ``baseline(_:volume:)``
    /// and ``detect(_:baseline:dates:)``, which sort every day's history: false only when no run can be flagged,
    /// so skipping the series when it says false changes no result.
    ///
    /// A run starting on day s is expected at least at r(s) × its volume, r(s) the lower of the series' pooled
    /// rate before s ((count + ½) ÷ volume over the baseline weeks, as ``Baseline/rate``) and `borrowedRate[s]`
    /// (the rate of what the day's baseline borrows, ``Baseline/borrowing(count:volume:)``: the borrowed rate
    /// lies between the two). A run passes only when O ≥ `minimumCount`, O − E ≥ `minimumExcess` and
    /// (O − E) / √V ≥ `windowThreshold` (or higher while early) with V ≥ E; (O − E) / √E falls as E grows, so
    /// the same checks with the lower bound of E bound every run from above. A run starting on a day without
    /// volume is expected at each day's own rate (or more), bounded alike. Always true when the detector has a
    /// day rule (`minimumWindow` 2) or a threshold ≤ 0, or when a run that could reach its counts has no rate to
    /// bound E by.
    ///
    /// - Parameters:
    ///   - volume: all messages per day, the same length as `counts` (the baseline's volume).
    ///   - borrowedRate: per day, the rate (messages ÷ volume) of what that day's baseline borrows, nil where it
    ///     borrows nothing; nil: nothing borrowed on any day.
    public func mayFlag(_ counts: [Double], volume: [Double], borrowedRate: [Double?]? = nil) -> Bool {
        let n = counts.count
        guard minimumWindow == 1, windowThreshold > 0, volume.count == n else { return true }
        // The baseline's running sums: counts of days with a volume, and volumes.
        var pooledCounts = [0.0], pooledVolume = [0.0], sumCounts = [0.0]
        pooledCounts.reserveCapacity(n + 1)
        pooledVolume.reserveCapacity(n + 1)
        sumCounts.reserveCapacity(n + 1)
        for t in 0..<n {
            pooledCounts.append(pooledCounts[t] + (volume[t] > 0 ? counts[t] : 0))
            pooledVolume.append(pooledVolume[t] + max(0, volume[t]))
            sumCounts.append(sumCounts[t] + counts[t])
        }
        // Per day, the least rate its baseline can have: the pooled rate, or the borrowed one when lower; 0
        // when its history holds no volume (the baseline is then nil, or its rate 0).
        var floor = Array(repeating: 0.0, count: n)
        for t in 0..<n {
            let from = max(0, t - baselineWeeks * season)
            let ownVolume = pooledVolume[t] - pooledVolume[from]
            guard ownVolume > 0 else { continue }
            floor[t] = (pooledCounts[t] - pooledCounts[from] + 0.5) / ownVolume
            if let borrowed = borrowedRate?[t] { floor[t] = min(floor[t], borrowed) }
        }
        // A margin for rounding: the detector's E is summed day by day from rates rescaled by the volume.
        let slack = 1 - 1e-9
        for start in 0..<n {
            // No volume in the history: no baseline, no run starts here.
            let from = max(0, start - baselineWeeks * season)
            guard pooledVolume[start] - pooledVolume[from] > 0 else { continue }
            let last = min(n, start + maximumWindow)
            // The first `minimumCount` messages can only come from days with some.
            guard sumCounts[last] - sumCounts[start] >= minimumCount else { continue }
            var o = 0.0, e = 0.0
            for end in start..<last {
                o += counts[end]
                // Every day at the run's first day's rate (``Baseline/windowExpected(rateOf:)``); when the first
                // day has no volume, each day's own expectation, at least its own rate.
                e += (volume[start] > 0 ? floor[start] : floor[end]) * max(0, volume[end]) * slack
                guard o >= minimumCount, o - e >= minimumExcess else { continue }
                if e <= 0 || (o - e) / e.squareRoot() >= windowThreshold * slack { return true }
            }
        }
        return false
    }
}
