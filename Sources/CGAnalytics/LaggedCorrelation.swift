import Foundation

/// The correlation between two series at one lag.
public struct LagResult: Sendable, Hashable, Codable {
    /// Whether a correlation could be computed.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Computed.
        case ok
        /// Fewer overlapping points than the minimum.
        case notEnoughData = "not-enough-data"
        /// One of the series is constant over the overlap, so the correlation is undefined.
        case constantSeries = "constant-series"
    }

    /// The lag k: x at time t is paired with y at time t + k. Positive k means x leads y (x happens first).
    public let lag: Int
    /// Whether the numbers below are set.
    public let status: Status
    /// Number of (x, y) pairs used (pairs with NaN in either series are skipped).
    public let overlap: Int
    /// Pearson correlation of the two series as they are, trends included ("raw r"), or nil. With `detrend` this is
    /// not what the permutation test judges: two independent series that each rise over the period have a large
    /// raw r and a large p. Read `testedCorrelation` with the p-values.
    public let correlation: Double?
    /// The statistic the permutation test judges at this lag (its sign kept): with `detrend`, the Pearson
    /// correlation of the two series' residuals from their own least-squares lines over the whole period; without,
    /// the same as `correlation`. Nil when it is undefined (a series that is a straight line has constant residuals).
    public let testedCorrelation: Double?
    /// Two-sided permutation p-value for this lag alone: (1 + #{|r_perm| ≥ |testedCorrelation|}) / (1 + permutations).
    public let pValue: Double?
    /// `pValue` corrected for having looked at every usable lag (Holm's step-down adjustment): read this one
    /// when the question is "is there a relation at any lag?".
    public let familyPValue: Double?
    /// Lower end of the 95% interval from Fisher's z (ignores autocorrelation, so too narrow for smooth series).
    public let lower95: Double?
    /// Upper end of the 95% interval.
    public let upper95: Double?
    /// Lower end of the 95% interval of `testedCorrelation`, by Fisher's z as for `lower95`, with one degree of
    /// freedom fewer for the removed trend when detrended (as for a partial correlation controlling for time; the
    /// same caveat about autocorrelation holds).
    public let testedLower95: Double?
    /// Upper end of the 95% interval of `testedCorrelation`.
    public let testedUpper95: Double?

    /// Creates a result; the tested statistic and its interval default to none (a lag without numbers).
    public init(lag: Int, status: Status, overlap: Int, correlation: Double?, testedCorrelation: Double? = nil,
                pValue: Double?, familyPValue: Double?, lower95: Double?, upper95: Double?,
                testedLower95: Double? = nil, testedUpper95: Double? = nil) {
        self.lag = lag
        self.status = status
        self.overlap = overlap
        self.correlation = correlation
        self.testedCorrelation = testedCorrelation
        self.pValue = pValue
        self.familyPValue = familyPValue
        self.lower95 = lower95
        self.upper95 = upper95
        self.testedLower95 = testedLower95
        self.testedUpper95 = testedUpper95
    }
}

/// Lagged Pearson correlation with a permutation test that moves whole weeks.
///
/// The null keeps each series' own rhythm and short-range dependence: y is cut into blocks of `block` values from
/// its start (7 for days, so every block starts on the same weekday; 2 for weeks), the blocks are put in a random
/// order (every order equally likely, the unchanged one included) and the last, partial block stays in place.
/// Until 2026-11-30 y was rotated by a random offset instead, at least 2 × the largest |lag| + 1 from zero: a
/// period of n days allows at most n − 1 distinct rotations (55 in the default eight weeks, 27 in twelve weeks
/// after the exclusion), but the p-value counted 999 draws of them as if they were different, so an r larger
/// than every rotation got 1/1000 and a Holm p of 0.029 — on 24 of 60 pairs of independent series
/// (`PermutationResolutionTests`). Orders of 8 weeks number 40,320 and of 12 weeks 479 million, so 999 draws are
/// as good as distinct and the smallest p of 1 / (permutations + 1) is honest; with few blocks the unchanged order
/// is drawn as often as any other and counts as reaching r, so p cannot fall below 1 / (orders). Random orders come from
/// `SeededGenerator(seed:)`, so results repeat exactly. A max-over-lags permutation statistic was tried and
/// rejected: rotations of one finite series gave too few independent windows of 29 lags, and it rejected twice as
/// often as it should under independence.
public enum LaggedCorrelation {
    /// Correlations of x and y (same length, aligned on the same days or weeks; NaN = missing) at each lag.
    /// `block`: the length of the blocks of y that the permutation test moves (7 for daily series).
    ///
    /// `detrend` (the weekly and the daily lags' since 2026-11-30): the permutation test compares the correlation of
    /// the two series'
    /// residuals from their own least-squares lines over the whole period, not of the series themselves; that
    /// correlation is reported as `testedCorrelation`, and `correlation` stays the plain Pearson r of x and y. Two independent series that each rise or fall over the
    /// period correlate strongly, and moving blocks of y destroys y's trend, so the plain test takes a shared
    /// slope for a link: with independent trends over 26 weeks the strongest lag was family-wise significant in
    /// 50 of 100 pairs (weekly) and 26 of 100 (daily) at 5 % (docs/sentiment-analysis.md, "Online/offline: the
    /// weekly lags measured"); with the trends removed, 3 and 0 of 100.
    public static func compute(x: [Double], y: [Double], lags: ClosedRange<Int> = -14...14, permutations: Int = 999,
                               seed: UInt64 = 1, minimumOverlap: Int = 20, block: Int = 7,
                               detrend: Bool = false) -> [LagResult] {
        let n = min(x.count, y.count)
        let xs = Array(x.prefix(n)), ys = Array(y.prefix(n))
        let observed = lags.map { pearson(xs, ys, lag: $0) }
        let usable = observed.map { $0.overlap >= max(minimumOverlap, 3) && $0.r != nil }
        // The series the test compares, and its statistic at each lag.
        let tx = detrend ? residuals(xs) : xs, ty = detrend ? residuals(ys) : ys
        let tested = detrend ? lags.map { pearson(tx, ty, lag: $0).r } : observed.map(\.r)
        let statistic = tested.map { abs($0 ?? 0) }
        var above = Array(repeating: 0, count: observed.count)
        let size = max(block, 1), blocks = n / size
        let runPermutations = usable.contains(true) && blocks > 1 && permutations > 0
        if runPermutations {
            var rng = SeededGenerator(seed: seed)
            var order = Array(0..<blocks)
            var permuted = ty
            for _ in 0..<permutations {
                // Fisher–Yates: every order of the blocks equally likely.
                for i in stride(from: blocks - 1, to: 0, by: -1) { order.swapAt(i, rng.nextInt(below: i + 1)) }
                for (j, from) in order.enumerated() {
                    for i in 0..<size { permuted[j * size + i] = ty[from * size + i] }
                }
                for (k, lag) in lags.enumerated() where usable[k] {
                    let r = abs(pearson(tx, permuted, lag: lag).r ?? 0)
                    if r >= statistic[k] - 1e-12 { above[k] += 1 }
                }
            }
        }
        let pValues: [Double?] = observed.indices.map { k in
            runPermutations && usable[k] ? Double(1 + above[k]) / Double(1 + permutations) : nil
        }
        let family = holm(pValues)
        return lags.enumerated().map { k, lag in
            let o = observed[k]
            guard o.overlap >= max(minimumOverlap, 3) else {
                return LagResult(lag: lag, status: .notEnoughData, overlap: o.overlap, correlation: nil, pValue: nil,
                                 familyPValue: nil, lower95: nil, upper95: nil)
            }
            guard let r = o.r else {
                return LagResult(lag: lag, status: .constantSeries, overlap: o.overlap, correlation: nil, pValue: nil,
                                 familyPValue: nil, lower95: nil, upper95: nil)
            }
            let (lo, hi) = fisherInterval(r: r, n: o.overlap)
            // Each removed line costs the residuals a degree of freedom in the pair, as time does a partial r.
            let (testedLo, testedHi) = tested[k].map { fisherInterval(r: $0, n: o.overlap - (detrend ? 1 : 0)) } ?? (nil, nil)
            return LagResult(lag: lag, status: .ok, overlap: o.overlap, correlation: r, testedCorrelation: tested[k],
                             pValue: pValues[k], familyPValue: family[k], lower95: lo, upper95: hi,
                             testedLower95: testedLo, testedUpper95: testedHi)
        }
    }

    /// The whole weeks a weekly lag needs in common before it is computed.
    public static let minimumWeeks = 12

    /// The same on ISO-week totals of daily values (the whole weeks from the earliest to the latest date in
    /// either input, empty weeks as 0); lags are in weeks.
    ///
    /// Only whole weeks count: a period that starts on a Wednesday or ends on a Monday has a short week at that
    /// end, low in both series for want of days alone, which pulled r towards +1 (and counted as a week of
    /// overlap). Those days are left out of the weekly figures; the daily ones keep them.
    ///
    /// The permutation test is on the weeks' residuals from each series' own linear trend (`detrend`, since
    /// 2026-11-30): weekly totals over three to six months often rise or fall, and two independent trends made the
    /// strongest lag family-wise significant in 18–50 % of independent pairs.
    public static func computeWeekly(x: [DatedValue], y: [DatedValue], lags: ClosedRange<Int> = -4...4,
                                     permutations: Int = 999, seed: UInt64 = 1,
                                     minimumOverlap: Int = minimumWeeks) -> [LagResult] {
        let calendar = Calendars.iso
        let dates = (x + y).map { calendar.startOfDay(for: $0.date) }
        guard let first = dates.min(), let last = dates.max() else { return [] }
        // Days since Monday (`.weekday` is 1 for Sunday … 7 for Saturday in every calendar).
        func sinceMonday(_ date: Date) -> Int { (calendar.component(.weekday, from: date) + 5) % 7 }
        let start = first.addingTimeInterval(Double((7 - sinceMonday(first)) % 7) * 86_400)
        let end = last.addingTimeInterval(Double(1 - (sinceMonday(last) + 1) % 7) * 86_400)
        guard start < end else {
            return compute(x: [], y: [], lags: lags, permutations: permutations, seed: seed, minimumOverlap: minimumOverlap)
        }
        func whole(_ values: [DatedValue]) -> [DatedValue] {
            values.filter { let day = calendar.startOfDay(for: $0.date); return day >= start && day < end }
        }
        // Put a zero at both ends of the joint range in each series so the weeks line up.
        let pad = [DatedValue(date: start, value: 0), DatedValue(date: end.addingTimeInterval(-86_400), value: 0)]
        let wx = TimeAggregation.isoWeeks(whole(x) + pad).map(\.value)
        let wy = TimeAggregation.isoWeeks(whole(y) + pad).map(\.value)
        return compute(
            x: wx, y: wy, lags: lags, permutations: permutations, seed: seed, minimumOverlap: minimumOverlap, block: 2,
            detrend: true)
    }

    /// `values` less their least-squares line over the index (NaN stays NaN; fewer than three values: unchanged).
    static func residuals(_ values: [Double]) -> [Double] {
        let points = values.indices.filter { !values[$0].isNaN }
        guard points.count >= 3 else { return values }
        let count = Double(points.count)
        let mt = points.reduce(0.0) { $0 + Double($1) } / count
        let mv = points.reduce(0.0) { $0 + values[$1] } / count
        var stt = 0.0, stv = 0.0
        for t in points {
            stt += (Double(t) - mt) * (Double(t) - mt)
            stv += (Double(t) - mt) * (values[t] - mv)
        }
        let slope = stt > 0 ? stv / stt : 0
        return values.indices.map { t in values[t].isNaN ? .nan : values[t] - mv - slope * (Double(t) - mt) }
    }

    /// The usable lag with the largest |testedCorrelation| (the statistic its p-value judges; ties to the smaller
    /// |lag|), if any. Until 2026-12-01 it was the largest raw |r|, so the headline could name a lag whose trend-laden r
    /// was large and whose p was not small.
    public static func strongest(_ results: [LagResult]) -> LagResult? {
        results.filter { $0.status == .ok && $0.testedCorrelation != nil }.max {
            (abs($0.testedCorrelation ?? 0), -abs($0.lag)) < (abs($1.testedCorrelation ?? 0), -abs($1.lag))
        }
    }

    /// Pearson correlation of x[t] with y[t + lag] over the pairs where both exist and are not NaN.
    /// `r` is nil when fewer than 2 pairs or either side is constant.
    static func pearson(_ x: [Double], _ y: [Double], lag: Int) -> (r: Double?, overlap: Int) {
        let n = min(x.count, y.count)
        let lo = max(0, -lag), hi = min(n, n - lag)
        guard lo < hi else { return (nil, 0) }
        var count = 0.0, sx = 0.0, sy = 0.0
        for t in lo..<hi {
            let a = x[t], b = y[t + lag]
            if a.isNaN || b.isNaN { continue }
            count += 1; sx += a; sy += b
        }
        guard count >= 2 else { return (nil, Int(count)) }
        let mx = sx / count, my = sy / count
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for t in lo..<hi {
            let a = x[t], b = y[t + lag]
            if a.isNaN || b.isNaN { continue }
            sxy += (a - mx) * (b - my); sxx += (a - mx) * (a - mx); syy += (b - my) * (b - my)
        }
        let scale = max(abs(mx), abs(my), 1)
        guard sxx > 1e-12 * scale * scale * count, syy > 1e-12 * scale * scale * count else { return (nil, Int(count)) }
        return (max(-1, min(1, sxy / (sxx * syy).squareRoot())), Int(count))
    }

    /// Holm's step-down adjustment of the non-nil p-values (nil stays nil).
    static func holm(_ p: [Double?]) -> [Double?] {
        let present = p.indices.filter { p[$0] != nil }.sorted { (p[$0] ?? 1, $0) < (p[$1] ?? 1, $1) }
        var out = [Double?](repeating: nil, count: p.count)
        var running = 0.0
        for (rank, i) in present.enumerated() {
            running = max(running, min(1, Double(present.count - rank) * (p[i] ?? 1)))
            out[i] = running
        }
        return out
    }

    static func fisherInterval(r: Double, n: Int) -> (Double?, Double?) {
        guard n > 3 else { return (nil, nil) }
        let z = atanh(max(-0.999999, min(0.999999, r)))
        let se = 1 / Double(n - 3).squareRoot()
        return (tanh(z - 1.959964 * se), tanh(z + 1.959964 * se))
    }
}
