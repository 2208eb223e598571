import Foundation

/// The expected value at one point and how much it normally varies.
public struct Baseline: Sendable, Hashable, Codable {
    /// Expected count (median of the same weekday/hour in previous weeks, scaled by volume when given).
    public let expected: Double
    /// Standard deviation used for the score (robust spread, at least Poisson, inflated for estimation).
    public let spread: Double
    /// The mean rate of the history (with a volume: counts over volume of every day of the baseline weeks, plus
    /// half a message, times today's volume; without: the mean of the same weekdays): what evidence summed over
    /// several days, and the Poisson check of a single day, are measured against. A median of small counts is biased
    /// low (the median of Poisson(0.25) is 0) and summed over days that bias adds up; the half message keeps a
    /// history without a single message from expecting exactly nothing.
    public let rate: Double
    /// 1.4826 × the MAD of the history (scaled by today's volume): the day's own spread, without the Poisson
    /// floor and the inflation for a median — summed over a window's days it measures overdispersion.
    public let robust: Double
    /// The number of days ``rate`` was estimated from (every day of the baseline weeks with a volume, the same
    /// weekdays without): a window's sum also carries the uncertainty of the rate.
    public let rateDays: Double
    /// The count behind ``rate`` (without the half message): hateful messages in the days it pools.
    public let pooledCount: Double
    /// The volume behind ``rate``: all messages of the days it pools (without a volume, the number of days).
    public let pooledVolume: Double
    /// Today's volume (1 without a volume): ``rate`` is (``pooledCount`` + ½) / ``pooledVolume`` × this, and
    /// ``expected`` and ``robust`` are shares scaled by it.
    public let scale: Double
    /// Evidence about the rate borrowed from elsewhere (the city's rate for the group, ``borrowing(count:volume:)``):
    /// this many messages in ``borrowedVolume`` messages of any kind. 0 when nothing is borrowed.
    public var borrowedCount: Double = 0
    /// The volume behind ``borrowedCount`` (0: nothing borrowed).
    public var borrowedVolume: Double = 0
    /// What the exact test alone borrows, when more than ``borrowedCount`` (0: the same): the count test asks
    /// whether a run could be chance and may use all the city shows of the rate, while the rate the run's
    /// expectation, its z guard and its span are measured by keeps the smaller loan.
    public var tailBorrowedCount: Double = 0
    /// The volume behind ``tailBorrowedCount`` (0: the test borrows ``borrowedCount`` in ``borrowedVolume``).
    public var tailBorrowedVolume: Double = 0
    /// How much the pooled days' counts vary beyond Poisson around the pooled rate (Pearson's χ² over the
    /// days with a volume, divided by their number less one; 1 without a volume or with fewer than two such
    /// days): what ``SpikeDetector/dispersionFromHistory`` measures a run's overdispersion by.
    public var dispersion: Double = 1
    /// The days of the pooled history that hold messages (with a volume; without, ``rateDays``): a window that
    /// starts before a stream does counts its empty days in ``rateDays``, not here.
    public var messageDays: Double = 0

    /// This baseline with `count` messages in `volume` borrowed as extra history of the rate (an empirical-Bayes
    /// prior: a gamma prior on the rate worth `count` messages at rate `count` ÷ `volume`): ``rate`` becomes
    /// (``pooledCount`` + `count` + ½) / (``pooledVolume`` + `volume`) × ``scale``, and the exact test
    /// (``SpikeDetector/exactRateTest``) compares a run's count with the negative binomial predictive of that
    /// posterior instead of the binomial against the own history alone. Nothing changes when `volume` ≤ 0.
    public func borrowing(count: Double, volume: Double) -> Baseline {
        guard volume > 0, count >= 0 else { return self }
        var copy = Baseline(
            expected: expected, spread: spread,
            rate: (pooledCount + count + 0.5) / (pooledVolume + volume) * scale, robust: robust, rateDays: rateDays,
            pooledCount: pooledCount, pooledVolume: pooledVolume, scale: scale)
        copy.borrowedCount = count
        copy.borrowedVolume = volume
        copy.dispersion = dispersion
        copy.messageDays = messageDays
        copy.tailBorrowedCount = tailBorrowedCount
        copy.tailBorrowedVolume = tailBorrowedVolume
        return copy
    }

    /// The expectation summed over days: the higher of ``expected`` and ``rate``.
    public var windowExpected: Double { max(expected, rate) }

    /// ``windowExpected`` with the rate of another day's history (``rate`` ÷ ``scale`` of that day) scaled by
    /// this day's volume. A run of days is measured against the rate as it stood before its first day: the
    /// rate of a later day in the run pools the run's own first days, and a short history of a small area
    /// lets an event's first two days double its rate — the event then hides itself.
    public func windowExpected(rateOf start: Baseline) -> Double {
        guard start.scale > 0 else { return windowExpected }
        return max(expected, start.rate / start.scale * scale)
    }
    /// A day's variance as a yardstick for which days of a passing window belong to its span: the score's spread
    /// squared, at least ``windowExpected`` (Poisson).
    public var windowVariance: Double { max(spread * spread, windowExpected) }
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
    /// Highest score in the span: (observed − expected) / spread at the peak, or, when higher, the score of the
    /// best window of days found in it (summed observed − summed expected over the root of the summed variances).
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
/// it has at least `minimumCount` and exceeds the expected by at least `minimumExcess`, and its count is as
/// unlikely under Poisson(``Baseline/windowExpected``) as the score claims (upper tail at most the normal tail
/// of `threshold`): at small counts the normal score is too generous — the Poisson tail is heavier — and a
/// median of three to six small counts can sit far below the rate. Flagged points closer
/// than `mergeGap` are joined into one span, and the span grows over neighbours whose score is at least
/// `extendThreshold`. Points with fewer than `minimumWeeks` weeks of history are flagged only with a volume and
/// at least `shortHistoryDays` earlier days: the baseline is then taken over every earlier day's share (the
/// share of hate in all messages does not follow the weekday; the volume carries the weekly rhythm), so a
/// stream of three weeks can show an event in its third week. Without a volume they are never flagged.
///
/// With `maximumWindow` above 1, evidence is also summed over runs of 2 to `maximumWindow` consecutive days
/// (syndromic surveillance's moving-window scan): a run of L days is flagged when its summed observed O and
/// summed expectation E (each day's ``Baseline/windowExpected(rateOf:)`` at the rate of the run's first day, so
/// the run's own days never raise what it is measured against) give (O − E) / √V ≥ `windowThreshold`, V = max(Σ ``Baseline/robust``², E)
/// + E × L / ``Baseline/rateDays`` (overdispersion or Poisson, plus the rate's own uncertainty), and O,
/// O − E pass `minimumCount`, `minimumExcess` (on the sums) and the Poisson tail of O against E is at most the
/// normal tail of `windowThreshold`. Its span is the run of its days with the most excess beyond one
/// standard deviation a day (a maximum-scoring segment, so a run that passes because one big day is in it does
/// not drag ordinary days into the span), and is then treated like a flagged day. `windowThreshold` is above
/// `threshold` because each day ends `maximumWindow` − 1 more tests: a longer window gets no free pass. With
/// `edgeThreshold`, each merged span is cut to its first and last day high on its own before it grows
/// (``trimmedEdges(_:_:baseline:)``).
///
/// For many small series tested together (an area × group each, the local events of the trigger-event finder):
/// `minimumWindow` 1 drops the day rule (a day is a run of one, judged on the rate like every run),
/// ``exactRateTest`` compares the run's count with the series' own pooled history exactly (binomial, so a rate
/// estimated from a dozen messages is not taken as known), and ``corrected(forSeries:)`` divides the level among
/// the series.
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
    /// Longest run of days whose summed evidence is tested (1: single days only).
    public var maximumWindow: Int
    /// Score a run of `minimumWindow` or more days needs on its sums; its normal tail is also the level of the
    /// run's count test (Poisson, or the exact test with ``exactRateTest``).
    public var windowThreshold: Double
    /// With a volume, the fewest earlier days that may stand in for `minimumWeeks` same weekdays (0: never).
    public var shortHistoryDays: Int
    /// The shortest run tested on its sums: 2 (single days by the day rule: `threshold`, the median's spread) or
    /// 1 (no day rule: a single day is a run of one, judged like every run).
    public var minimumWindow: Int
    /// Judge a run's count by the exact conditional test against the series' own pooled history instead of
    /// Poisson(summed expectation): with H messages in the pooled days of volume W before the run and O in the
    /// run's volume w, P(X ≥ O) for X ~ Binomial(O + H, w / (w + W)) — two Poisson counts compared given their
    /// sum, so a rate estimated from a dozen messages carries its own uncertainty (an area's history of ten
    /// messages can be five by chance, and Poisson against half the rate would call ordinary days events). The
    /// span's expected is then the summed ``Baseline/windowExpected`` (the rate), not the median.
    public var exactRateTest: Bool
    /// A point whose history holds fewer than this many days (``Baseline/rateDays``; 0: none) is early: its
    /// day and window thresholds rise by `earlyStep` — the stricter level while a short stream's history is short.
    public var earlyHistoryDays: Int
    /// What an early point's thresholds rise by (in standard deviations; the count tests' levels follow).
    public var earlyStep: Double
    /// Measure a run's overdispersion by the pooled history's ``Baseline/dispersion`` (V = ΣE × max(1,
    /// dispersion) + the rate's uncertainty) instead of the days' robust spreads (V = max(Σ robust², ΣE) + …).
    /// For small counts: 1.4826 × the MAD of whole counts near one a day is about 1.5 however Poisson they are
    /// (the MAD of such counts is 1), so Σ robust² is about twice the Poisson variance; near a quarter a day
    /// it is 0 and measures nothing. Pearson's dispersion is 1 on average for Poisson counts at any rate.
    public var dispersionFromHistory: Bool
    /// Trim each span of edge days that are not high on their own before it grows over its neighbours (nil: keep
    /// the span as the passing runs' maximum-scoring segments and the flagged days give it): the span becomes its
    /// first to its last day scoring at least this many standard deviations against the run's rate, when those
    /// days still pass as a spike (``trimmedEdges(_:_:baseline:)``). Only the edges are judged: a quiet day
    /// between two high ones still bridges them.
    public var edgeThreshold: Double?
    /// Without ``exactRateTest``: a run whose first day's history holds fewer than this many days with messages
    /// (``Baseline/messageDays``; 0: never) has its count judged by the larger of the Poisson tail against its summed
    /// expectation and the exact conditional test against that history (the run's O against the H messages of the
    /// pooled days, P(X ≥ O) for X ~ Binomial(O + H, w / (w + W))). Poisson treats a rate estimated from a short
    /// history as known: nine messages in sixteen days can be a low draw of twice that rate, and a week of eighteen
    /// then looks like a 2·10⁻⁷ event where the two counts compared give 1.1·10⁻⁴. With the whole baseline (42
    /// days) behind a run the test is the Poisson one it was.
    public var exactTailHistoryDays: Int
    /// With ``edgeThreshold``: a group of high days at a span's edge that a day not high separates from the rest
    /// (a detached piece) stays only if it is a spike on its own — the day rule for one day, the run test on its
    /// sums for more — and, when it goes, the span's growth stops short of it (``trimmedEdges(_:_:baseline:)``).
    /// False: every high day bridges, as until 2026-11-30.
    public var detachedEdges: Bool = false
    /// A neighbour whose score is under `extendThreshold` also joins a span when its count is as unlikely under
    /// Poisson at the rate before the event (upper tail at most the normal tail of `extendThreshold`, 0.0062 at
    /// 2.5; its own rate before the span, the span's first day's after it, as ``trimmedEdges(_:_:baseline:)``
    /// measures). The score's spread, the MAD of six same weekdays, is a noisy yardstick for one day beside an
    /// event already found (measured in `SpanGrowthMeasurementTests`). False: the score alone, as until 2026-12-01.
    public var extendByTail: Bool = false

    /// Creates a detector; the defaults suit daily counts.
    public init(season: Int = 7, baselineWeeks: Int = 6, minimumWeeks: Int = 3, threshold: Double = 4,
                extendThreshold: Double = 2.5, minimumCount: Double = 10, minimumExcess: Double = 5, mergeGap: Int = 1,
                maximumWindow: Int = 1, windowThreshold: Double = 4.5, shortHistoryDays: Int = 14,
                minimumWindow: Int = 2, exactRateTest: Bool = false, earlyHistoryDays: Int = 0, earlyStep: Double = 0,
                dispersionFromHistory: Bool = false, edgeThreshold: Double? = nil, exactTailHistoryDays: Int = 0,
                detachedEdges: Bool = false, extendByTail: Bool = false) {
        self.season = max(1, season)
        self.baselineWeeks = max(1, baselineWeeks)
        self.minimumWeeks = max(1, min(minimumWeeks, baselineWeeks))
        self.threshold = threshold
        self.extendThreshold = min(extendThreshold, threshold)
        self.minimumCount = minimumCount
        self.minimumExcess = minimumExcess
        self.mergeGap = max(0, mergeGap)
        self.maximumWindow = max(1, maximumWindow)
        self.windowThreshold = windowThreshold
        self.shortHistoryDays = max(0, shortHistoryDays)
        self.minimumWindow = min(2, max(1, minimumWindow))
        self.exactRateTest = exactRateTest
        self.earlyHistoryDays = max(0, earlyHistoryDays)
        self.earlyStep = max(0, earlyStep)
        self.dispersionFromHistory = dispersionFromHistory
        self.edgeThreshold = edgeThreshold
        self.exactTailHistoryDays = max(0, exactTailHistoryDays)
        self.detachedEdges = detachedEdges
        self.extendByTail = extendByTail
    }

    /// What the thresholds rise by at a point with baseline `b` (``earlyStep`` while its history is early).
    func step(_ b: Baseline) -> Double { b.rateDays < Double(earlyHistoryDays) ? earlyStep : 0 }

    /// This detector with `windowThreshold` raised for `series` series tested together (Bonferroni: the normal
    /// tail of the threshold divided by `series`), e.g. every area of a city where one city-wide series would
    /// have `windowThreshold`: 4.5 (3.4e−6) over 20 areas is 5.10 (1.7e−7), over 33 areas 5.20.
    public func corrected(forSeries series: Int) -> SpikeDetector {
        guard series > 1 else { return self }
        var copy = self
        copy.windowThreshold = Poisson.normalUpperQuantile(Poisson.normalUpperTail(windowThreshold) / Double(series))
        return copy
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
        history.reserveCapacity(baselineWeeks * season)
        deviations.reserveCapacity(baselineWeeks * season)
        var result: [Baseline?] = []
        result.reserveCapacity(counts.count)
        // With a volume, the rate pools every day of the baseline weeks (running sums): a share estimated from
        // 42 days rather than 6 same weekdays, while the volume carries the weekly rhythm.
        var pooledCounts = [0.0], pooledVolume = [0.0]
        // For the dispersion: Σ count² / volume and the number of days with a volume.
        var pooledSquares = [0.0], pooledDays = [0.0]
        if useVolume, let v = volume {
            pooledCounts.reserveCapacity(counts.count + 1)
            pooledVolume.reserveCapacity(counts.count + 1)
            pooledSquares.reserveCapacity(counts.count + 1)
            pooledDays.reserveCapacity(counts.count + 1)
            for t in counts.indices {
                pooledCounts.append(pooledCounts[t] + (v[t] > 0 ? counts[t] : 0))
                pooledVolume.append(pooledVolume[t] + max(0, v[t]))
                pooledSquares.append(pooledSquares[t] + (v[t] > 0 ? counts[t] * counts[t] / v[t] : 0))
                pooledDays.append(pooledDays[t] + (v[t] > 0 ? 1 : 0))
            }
        }
        for t in counts.indices {
            history.removeAll(keepingCapacity: true)
            var sumCounts = 0.0, sumVolume = 0.0
            for k in 1...baselineWeeks {
                let i = t - k * season
                guard i >= 0 else { break }
                if useVolume, let v = volume {
                    if v[i] > 0 {
                        history.append(counts[i] / v[i])
                        sumCounts += counts[i]
                        sumVolume += v[i]
                    }
                } else {
                    history.append(counts[i])
                    sumCounts += counts[i]
                    sumVolume += 1
                }
            }
            if history.count < minimumWeeks, useVolume, let v = volume, shortHistoryDays > 0, t >= shortHistoryDays {
                // Too few same weekdays: every earlier day's share stands in (see the type's comment).
                history.removeAll(keepingCapacity: true)
                for i in max(0, t - baselineWeeks * season)..<t where v[i] > 0 { history.append(counts[i] / v[i]) }
                if history.count < shortHistoryDays { history.removeAll(keepingCapacity: true) }
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
            var dispersion = 1.0
            var messageDays = Double(history.count)
            if useVolume {
                let first = max(0, t - baselineWeeks * season)
                sumCounts = pooledCounts[t] - pooledCounts[first]
                sumVolume = pooledVolume[t] - pooledVolume[first]
                // Pearson's χ² of the pooled days around their own rate r: Σ (c − r v)² / (r v)
                // = Σ c²/v ÷ r − 2 Σ c + r Σ v.
                let days = pooledDays[t] - pooledDays[first]
                messageDays = days
                if days >= 2, sumCounts > 0, sumVolume > 0 {
                    let r = sumCounts / sumVolume
                    let chi2 = (pooledSquares[t] - pooledSquares[first]) / r - 2 * sumCounts + r * sumVolume
                    dispersion = max(0, chi2) / (days - 1)
                }
            }
            let rate = sumVolume > 0 ? (sumCounts + 0.5) / sumVolume * scale : 0
            let rateDays = useVolume ? Double(t - max(0, t - baselineWeeks * season)) : Double(history.count)
            var b = Baseline(
                expected: expected, spread: spread, rate: rate, robust: robust, rateDays: rateDays,
                pooledCount: sumCounts, pooledVolume: sumVolume, scale: scale)
            b.dispersion = dispersion
            b.messageDays = messageDays
            result.append(b)
        }
        return result
    }

    /// The spikes, in time order. `dates` (same length as `counts`) only labels the result.
    public func detect(_ counts: [Double], volume: [Double]? = nil, dates: [Date]? = nil) -> [Spike] {
        detect(counts, baseline: baseline(counts, volume: volume), dates: dates)
    }

    /// The spikes of `counts` against a baseline already computed with ``baseline(_:volume:)`` (same length),
    /// for callers that test the same series in more than one way.
    public func detect(_ counts: [Double], baseline base: [Baseline?], dates: [Date]? = nil) -> [Spike] {
        guard base.count == counts.count else { return [] }
        let scores: [Double?] = counts.indices.map { t in
            base[t].map { (counts[t] - $0.expected) / $0.spread }
        }
        func flagged(_ t: Int) -> Bool { flagsDay(counts[t], baseline: base[t]) }
        // A neighbour of the span starting at `start` (`start` is the day itself before the span).
        func extendable(_ t: Int, from start: Int) -> Bool {
            guard let s = scores[t], let b = base[t], counts[t] > b.expected else { return false }
            if s >= extendThreshold { return true }
            guard extendByTail, let first = base[start] else { return false }
            let mean = b.windowExpected(rateOf: first)
            return Poisson.upperTail(atLeast: counts[t], mean: mean) <= Poisson.normalUpperTail(extendThreshold)
        }
        var found: [ClosedRange<Int>] = minimumWindow > 1 ? counts.indices.filter(flagged).map { $0...$0 } : []
        // The best window score ending at each day (for the span's score), filled only when windows are tested.
        var windowScore: [Double] = []
        if maximumWindow >= minimumWindow {
            windowScore = Array(repeating: -.infinity, count: counts.count)
            for window in windows(counts, baseline: base) {
                found.append(window.range)
                windowScore[window.range.upperBound] = max(windowScore[window.range.upperBound], window.score)
            }
            found.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        }
        var spans: [ClosedRange<Int>] = []
        for r in found {
            if let last = spans.last, r.lowerBound - last.upperBound - 1 <= mergeGap {
                spans[spans.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                spans.append(r)
            }
        }
        // The merged spans, before their edges are trimmed: the best window score is read over them.
        let merged = spans
        // How far each span may grow where it lost a detached piece (nil: as far as its neighbours allow).
        var bounds = Array(repeating: (floor: Int?.none, ceiling: Int?.none), count: spans.count)
        if edgeThreshold != nil {
            for i in spans.indices {
                let trimmed = trimmedEdges(spans[i], counts, baseline: base)
                spans[i] = trimmed.span
                bounds[i] = (trimmed.floor, trimmed.ceiling)
            }
        }
        // Grow each span over elevated neighbours, without overlapping the next span.
        for i in spans.indices {
            var lo = spans[i].lowerBound, hi = spans[i].upperBound
            let floor = bounds[i].floor ?? (i > 0 ? spans[i - 1].upperBound + 1 : 0)
            let ceiling = bounds[i].ceiling ?? (i + 1 < spans.count ? spans[i + 1].lowerBound - 1 : counts.count - 1)
            while lo - 1 >= floor, extendable(lo - 1, from: lo - 1) { lo -= 1 }
            while hi + 1 <= ceiling, extendable(hi + 1, from: spans[i].lowerBound) { hi += 1 }
            spans[i] = lo...hi
        }
        let useDates = dates?.count == counts.count
        return zip(spans, merged).map { r, m in
            let peak = r.max { (scores[$0] ?? -.infinity, -$0) < (scores[$1] ?? -.infinity, -$1) } ?? r.lowerBound
            let windowDays = min(r.lowerBound, m.lowerBound)...max(r.upperBound, m.upperBound)
            let bestWindow = windowScore.isEmpty ? -Double.infinity : windowDays.map { windowScore[$0] }.max() ?? -.infinity
            return Spike(
                startIndex: r.lowerBound, endIndex: r.upperBound, peakIndex: peak,
                startDate: useDates ? dates?[r.lowerBound] : nil, endDate: useDates ? dates?[r.upperBound] : nil,
                peakDate: useDates ? dates?[peak] : nil,
                observed: r.reduce(0) { $0 + counts[$1] }, expected: expected(over: r, counts, baseline: base),
                score: max(scores[peak] ?? 0, bestWindow))
        }
    }

    /// The day rule: a single day of `count` against `b` scores `threshold` (plus ``step(_:)`` while early), holds
    /// `minimumCount` and `minimumExcess`, and its Poisson tail is at most the normal tail of its threshold.
    func flagsDay(_ count: Double, baseline b: Baseline?) -> Bool {
        guard let b else { return false }
        let step = step(b)
        return (count - b.expected) / b.spread >= threshold + step && count >= minimumCount
            && count - b.expected >= minimumExcess
            && Poisson.upperTail(atLeast: count, mean: b.windowExpected) <= Poisson.normalUpperTail(threshold + step)
    }

    /// What the baseline expects over the days `r` (a spike's `expected`): each day's expectation, the count
    /// itself where a day has no baseline.
    public func expected(over r: ClosedRange<Int>, _ counts: [Double], baseline base: [Baseline?]) -> Double {
        r.reduce(0) { $0 + (base[$1].map { exactRateTest ? $0.windowExpected : $0.expected } ?? counts[$1]) }
    }

    /// The runs of `minimumWindow`…`maximumWindow` days whose sums pass the window test, trimmed of leading and
    /// trailing days at or below their expectation, with their score. O(days × `maximumWindow`). Every day of a
    /// run is expected at the rate of the run's first day (``Baseline/windowExpected(rateOf:)``), whose history
    /// ends before the run, and the exact test compares with that day's pooled history too.
    func windows(_ counts: [Double], baseline base: [Baseline?]) -> [(range: ClosedRange<Int>, score: Double)] {
        var result: [(range: ClosedRange<Int>, score: Double)] = []
        guard maximumWindow >= minimumWindow else { return result }
        let n = counts.count
        for start in 0..<n {
            guard let first = base[start] else { continue }
            var sums = RunSums()
            for end in start..<min(n, start + maximumWindow) {
                guard let b = base[end] else { break }
                sums.add(counts[end], b, first: first)
                guard end - start + 1 >= minimumWindow, let score = passes(sums, first: first) else { continue }
                // The span is the run inside the window with the most excess beyond one standard deviation a day
                // (a maximum-scoring segment): a window that passes because one big day is in it must not drag
                // ordinary days into the span. Each day is measured at its own rate here, which counts the days
                // before it in the run: a day after a big one needs more to belong to the span.
                var best = 0.0, running = 0.0, runStart = start
                var lo = start, hi = start
                for t in start...end {
                    guard let b = base[t] else { continue }
                    let gain = counts[t] - b.windowExpected - b.windowVariance.squareRoot()
                    if running <= 0 { (running, runStart) = (gain, t) } else { running += gain }
                    if running > best { (best, lo, hi) = (running, runStart, t) }
                }
                guard best > 0 else { continue }
                result.append((lo...hi, score))
            }
        }
        return result
    }

    /// How unlikely the run's count `o` is: Poisson(`e`), or with ``exactRateTest`` the conditional binomial
    /// of `o` messages in a run of `volume` against the pooled history of the run's first day. Without it, while
    /// that history is shorter than ``exactTailHistoryDays``, the larger of the Poisson tail and that binomial.
    func countTail(_ o: Double, expected e: Double, first: Baseline, volume: Double) -> Double {
        guard exactRateTest else {
            let poisson = Poisson.upperTail(atLeast: o, mean: e)
            guard first.messageDays < Double(exactTailHistoryDays), volume > 0, first.pooledVolume > 0 else { return poisson }
            // The median may expect more than the rate (the Poisson term keeps that); the binomial adds what a
            // rate from a short history does not know.
            return max(
                poisson,
                Binomial.upperTail(
                    atLeast: o, trials: o + first.pooledCount, probability: volume / (volume + first.pooledVolume)))
        }
        let (lentCount, lentVolume) =
            first.tailBorrowedVolume > 0
            ? (first.tailBorrowedCount, first.tailBorrowedVolume) : (first.borrowedCount, first.borrowedVolume)
        guard volume > 0, first.pooledVolume + lentVolume > 0 else { return 1 }
        if lentVolume > 0 {
            // The posterior of the rate is gamma with the own and the borrowed messages; the run's count is then
            // negative binomial — with nothing borrowed the same as the binomial below.
            return NegativeBinomial.upperTail(
                atLeast: o, shape: first.pooledCount + lentCount + 1,
                probability: volume / (volume + first.pooledVolume + lentVolume))
        }
        return Binomial.upperTail(
            atLeast: o, trials: o + first.pooledCount, probability: volume / (volume + first.pooledVolume))
    }
}
