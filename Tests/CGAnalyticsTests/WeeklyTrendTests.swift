import CGAnalytics
import Foundation
import Testing

/// The weekly online/offline lags on independent series that each rise or fall over the period: a trend of each
/// is no link between them. Measured in `WeeklyLagMeasurementTests` (CGSentimentTests, `CG_MEASURE=1`).
@Suite("Lagged correlation: weekly lags of trending series")
struct WeeklyTrendTests {
    /// 26 weeks from Monday 2026-01-05: online hate about 20 a day rising from ×0.6 to ×1.4, incidents about 1.5 a
    /// day rising or falling as much, independently.
    static func pair(_ rng: inout SeededGenerator) -> ([DatedValue], [DatedValue]) {
        let day0 = Date(timeIntervalSince1970: 1_767_571_200)
        let days = 26 * 7
        let offlineSlope = rng.nextUnit() < 0.5 ? 0.8 : -0.8
        var x: [DatedValue] = [], y: [DatedValue] = []
        for t in 0..<days {
            let position = Double(t) / Double(days - 1) - 0.5
            let date = day0.addingTimeInterval(Double(t) * 86_400)
            x.append(DatedValue(date: date, value: PermutationResolutionTests.poisson(20 * (1 + 0.8 * position), &rng)))
            y.append(DatedValue(date: date, value: PermutationResolutionTests.poisson(1.5 * (1 + offlineSlope * position), &rng)))
        }
        return (x, y)
    }

    @Test("independent trends over 26 weeks: the strongest weekly lag is family-wise significant in about 1 pair in 20")
    func independentTrends() {
        var significant = 0
        for seed in 0..<40 {
            var rng = SeededGenerator(seed: 31_000 + UInt64(seed))
            let (x, y) = Self.pair(&rng)
            let results = LaggedCorrelation.computeWeekly(x: x, y: y, lags: -4...4, permutations: 999, seed: UInt64(seed + 1))
            if (LaggedCorrelation.strongest(results)?.familyPValue ?? 1) < 0.05 { significant += 1 }
        }
        // Nominal 2 of 40; the 99th percentile of Binomial(40, 0.05) is 6. Without the detrended test: about half.
        #expect(significant <= 6, "\(significant) of 40 independent trending pairs significant")
    }

    @Test("the r shown is the plain Pearson r of the weekly totals, trend and all")
    func plainCorrelation() {
        var rng = SeededGenerator(seed: 31_999)
        let (x, y) = Self.pair(&rng)
        let results = LaggedCorrelation.computeWeekly(x: x, y: y, lags: 0...0, permutations: 99)
        let wx = TimeAggregation.isoWeeks(x).map(\.value), wy = TimeAggregation.isoWeeks(y).map(\.value)
        let n = Double(wx.count)
        let mx = wx.reduce(0, +) / n, my = wy.reduce(0, +) / n
        let sxy = zip(wx, wy).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = wx.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = wy.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        #expect(abs((results.first?.correlation ?? 0) - sxy / (sxx * syy).squareRoot()) < 1e-9)
    }
}
