import Foundation

/// The expected value at one point and how much it normally varies.
public struct Baseline: Sendable, Hashable, Codable {
    /// Expected count (median of the same weekday/hour in previous weeks, scaled by volume when given).
    public let expected: Double
    /// Standard deviation used for the score (robust spread, at least Poisson, inflated for estimation).
    public let spread: Double
}

/// A run of unusually high counts.
public struct Spike: Sendable, Hashable, Codable {
    /// Index of the first point of the span.
    public let startIndex: Int
    /// Index of the last point (inclusive).
    public let endIndex: Int
    /// Index of the point with the highest score.
    public let peakIndex: Int
    /// Dates of start, end and peak, when dates were given.
    public let startDate: Date?
    /// See `startDate`.
    public let endDate: Date?
    /// See `startDate`.
    public let peakDate: Date?
    /// Sum of observed counts over the span.
    public let observed: Double
    /// Sum of expected counts over the span.
    public let expected: Double
    /// Highest score in the span: (observed − expected) / spread at the peak.
    public let score: Double

    /// Observed minus expected over the span (the size of the event).
    public var excess: Double { observed - expected }
}

/// Finds spikes in daily (or hourly) counts against a baseline that knows the weekly rhythm.
///
/// For each point the baseline is the median of the same position in the week (same weekday for daily data,
/// same hour of the week for hourly data) over the previous `baselineWeeks` weeks. When a volume series is
/// given (e.g. all messages, not only hateful ones), the baseline is taken on the share count ÷ volume and
/// multiplied by today's volume, so a busy news day does not count as a spike by itself. The spread is the
/// larger of 1.4826 × MAD and the Poisson √expected, inflated by √(1 + π/(2n)) for the uncertainty of a
/// median of n weeks. A point is flagged when its score (observed − expected) / spread reaches `threshold`,
/// it has at least `minimumCount` and exceeds the expected by at least `minimumExcess`. Flagged points closer
/// than `mergeGap` are joined into one span, and the span grows over neighbours whose score is at least
/// `extendThreshold`. Points with fewer than `minimumWeeks` weeks of history are never flagged.
public struct SpikeDetector: Sendable, Hashable, Codable {
    /// Points per weekly cycle: 7 for daily counts, 168 for hourly.
    public var season: Int
    /// Number of previous weeks the baseline uses.
    public var baselineWeeks: Int
    /// Fewest weeks of history needed before a point can be flagged.
    public var minimumWeeks: Int
    /// Score needed to flag a point.
    public var threshold: Double
    /// Score that lets a neighbour join an existing span.
    public var extendThreshold: Double
    /// Smallest observed count that can be flagged.
    public var minimumCount: Double
    /// Smallest observed − expected that can be flagged.
    public var minimumExcess: Double
    /// Flagged points separated by at most this many unflagged points form one span.
    public var mergeGap: Int

    /// Creates a detector; the defaults suit daily counts.
    public init(season: Int = 7, baselineWeeks: Int = 6, minimumWeeks: Int = 3, threshold: Double = 4,
                extendThreshold: Double = 2.5, minimumCount: Double = 10, minimumExcess: Double = 5, mergeGap: Int = 1) {
        self.season = max(1, season)
        self.baselineWeeks = max(1, baselineWeeks)
        self.minimumWeeks = max(1, min(minimumWeeks, baselineWeeks))
        self.threshold = threshold
        self.extendThreshold = min(extendThreshold, threshold)
        self.minimumCount = minimumCount
        self.minimumExcess = minimumExcess
        self.mergeGap = max(0, mergeGap)
    }

    /// The baseline for every point (nil where history is too short). `volume`, when given, must have the
    /// same length as `counts`.
    public func baseline(_ counts: [Double], volume: [Double]? = nil) -> [Baseline?] {
        let useVolume = volume?.count == counts.count
        // Two buffers for the whole series, sorted in place: this runs for every day of every area × group
        // series a dashboard's trigger events scan, and a fresh array per point (history, sorted copy,
        // deviations, their sorted copy) was most of the finder's time.
        var history: [Double] = []
        var deviations: [Double] = []
        history.reserveCapacity(baselineWeeks)
        deviations.reserveCapacity(baselineWeeks)
        var result: [Baseline?] = []
        result.reserveCapacity(counts.count)
        for t in counts.indices {
            history.removeAll(keepingCapacity: true)
            for k in 1...baselineWeeks {
                let i = t - k * season
                guard i >= 0 else { break }
                if useVolume, let v = volume {
                    if v[i] > 0 { history.append(counts[i] / v[i]) }
                } else {
                    history.append(counts[i])
                }
            }
            guard history.count >= minimumWeeks else {
                result.append(nil)
                continue
            }
            history.sort()
            let median = Statistics.quantile(sorted: history, 0.5)
            deviations.removeAll(keepingCapacity: true)
            for value in history { deviations.append(abs(value - median)) }
            deviations.sort()
            let scale = useVolume ? (volume?[t] ?? 0) : 1
            let expected = median * scale
            let robust = 1.4826 * Statistics.quantile(sorted: deviations, 0.5) * scale
            let inflate = 1 + Double.pi / (2 * Double(history.count))
            let spread = (max(robust * robust, expected, 1) * inflate).squareRoot()
            result.append(Baseline(expected: expected, spread: spread))
        }
        return result
    }

    /// The spikes, in time order. `dates` (same length as `counts`) only labels the result.
    public func detect(_ counts: [Double], volume: [Double]? = nil, dates: [Date]? = nil) -> [Spike] {
        let base = baseline(counts, volume: volume)
        let scores: [Double?] = counts.indices.map { t in
            base[t].map { (counts[t] - $0.expected) / $0.spread }
        }
        func flagged(_ t: Int) -> Bool {
            guard let s = scores[t], let b = base[t] else { return false }
            return s >= threshold && counts[t] >= minimumCount && counts[t] - b.expected >= minimumExcess
        }
        func extendable(_ t: Int) -> Bool {
            guard let s = scores[t], let b = base[t] else { return false }
            return s >= extendThreshold && counts[t] > b.expected
        }
        var spans: [ClosedRange<Int>] = []
        for t in counts.indices where flagged(t) {
            if let last = spans.last, t - last.upperBound - 1 <= mergeGap {
                spans[spans.count - 1] = last.lowerBound...t
            } else {
                spans.append(t...t)
            }
        }
        // Grow each span over elevated neighbours, without overlapping the next span.
        for i in spans.indices {
            var lo = spans[i].lowerBound, hi = spans[i].upperBound
            let floor = i > 0 ? spans[i - 1].upperBound + 1 : 0
            let ceiling = i + 1 < spans.count ? spans[i + 1].lowerBound - 1 : counts.count - 1
            while lo - 1 >= floor, extendable(lo - 1) { lo -= 1 }
            while hi + 1 <= ceiling, extendable(hi + 1) { hi += 1 }
            spans[i] = lo...hi
        }
        let useDates = dates?.count == counts.count
        return spans.map { r in
            let peak = r.max { (scores[$0] ?? -.infinity, -$0) < (scores[$1] ?? -.infinity, -$1) } ?? r.lowerBound
            return Spike(
                startIndex: r.lowerBound, endIndex: r.upperBound, peakIndex: peak,
                startDate: useDates ? dates?[r.lowerBound] : nil, endDate: useDates ? dates?[r.upperBound] : nil,
                peakDate: useDates ? dates?[peak] : nil,
                observed: r.reduce(0) { $0 + counts[$1] },
                expected: r.reduce(0) { $0 + (base[$1]?.expected ?? counts[$1]) },
                score: scores[peak] ?? 0)
        }
    }
}
