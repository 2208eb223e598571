import CGAnalytics
import Foundation
import Testing

/// The online/offline permutation test on periods an analyst reads (eight or twelve weeks of days): the p-value's
/// resolution must come from distinct rearrangements of the offline series, not from repeated draws of the same
/// few. Found by the Rotterdam trial (docs/sentiment-analysis.md, "A second outside trial"): 56 days allow only 55
/// rotations, so an observed r larger than all of them got p = 1/1000 and a Holm p of 0.029 on a stream with no link.
@Suite("Lagged correlation: permutation p on short periods")
struct PermutationResolutionTests {
    static func poisson(_ mean: Double, _ rng: inout SeededGenerator) -> Double {
        var k = 0.0, p = 1.0
        let limit = exp(-mean)
        repeat {
            k += 1
            p *= rng.nextUnit()
        } while p > limit
        return k - 1
    }

    /// Online hate with a weekly rhythm and a four-day burst every four weeks or so; offline incidents either drawn
    /// on their own or following the online hate three days later.
    static func pair(days: Int, linked: Bool, _ rng: inout SeededGenerator) -> ([Double], [Double]) {
        let weekly = [1.0, 0.9, 1.0, 1.1, 1.2, 0.8, 1.3]
        let bursts = (0..<(days / 28)).map { 28 * $0 + rng.nextInt(below: 20) }
        let x = (0..<days).map { t in
            poisson(3 * weekly[t % 7] + (bursts.contains { (0..<4).contains(t - $0) } ? 12 : 0), &rng)
        }
        let y = (0..<days).map { t in linked && t >= 3 ? poisson(0.15 * x[t - 3], &rng) : poisson(0.4, &rng) }
        return (x, y)
    }

    @Test("independent series of 56 and 84 days: the strongest lag is family-wise significant in about 1 pair in 20, not 1 in 3",
          arguments: [56, 84])
    func independent(days: Int) {
        var significant = 0, smallLagP = 0, lagTests = 0
        for seed in 0..<60 {
            var rng = SeededGenerator(seed: 5_000 + UInt64(seed) + UInt64(days) * 1_000)
            let (x, y) = Self.pair(days: days, linked: false, &rng)
            let results = LaggedCorrelation.compute(x: x, y: y, lags: -14...14, permutations: 999, seed: UInt64(seed))
            if (LaggedCorrelation.strongest(results)?.familyPValue ?? 1) < 0.05 { significant += 1 }
            smallLagP += results.filter { ($0.pValue ?? 1) < 0.05 }.count
            lagTests += results.count
        }
        if ProcessInfo.processInfo.environment["CG_MEASURE"] != nil {
            print("independent \(days) days: \(significant) of 60 family-wise significant; per-lag p < 0.05: \(smallLagP) of \(lagTests)")
        }
        // Nominal 3 of 60; the 99th percentile of Binomial(60, 0.05) is 8.
        #expect(significant <= 8, "\(significant) of 60 independent pairs significant")
    }

    @Test("offline incidents three days after online hate, bursts every four weeks: found at lag +3 and family-wise significant",
          arguments: [56, 84])
    func linked(days: Int) {
        var found = 0
        for seed in 0..<20 {
            var rng = SeededGenerator(seed: 9_000 + UInt64(seed) + UInt64(days) * 1_000)
            let (x, y) = Self.pair(days: days, linked: true, &rng)
            let best = LaggedCorrelation.strongest(LaggedCorrelation.compute(x: x, y: y, lags: -14...14, permutations: 999, seed: UInt64(seed)))
            if best?.lag == 3, (best?.correlation ?? 0) > 0, (best?.familyPValue ?? 1) < 0.05 { found += 1 }
        }
        if ProcessInfo.processInfo.environment["CG_MEASURE"] != nil { print("linked \(days) days: \(found) of 20") }
        // Measured: 8 of 20 in eight weeks (two bursts: an order of the weeks that keeps their weeks in place is
        // drawn rarely), 19 of 20 in twelve weeks. The rotations found 20 of 20 in eight weeks
        // too, by the same false resolution that made two in five independent pairs significant.
        #expect(found >= (days < 84 ? 5 : 16), "\(found) of 20 linked pairs found")
    }
}
