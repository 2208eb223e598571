import CGAnalytics
import Foundation
import Testing

/// The statistic the permutation test judges (`LagResult.testedCorrelation`, the correlation of the detrended
/// series) against the raw r the page showed alone until 2026-12-01: where they differ, the tested one and the
/// p-value must agree, and the strongest lag must be chosen by it.
@Suite("Lagged correlation: the tested (detrended) statistic")
struct TestedCorrelationTests {
    /// Roughly normal noise (sum of four uniforms, centred, sd ≈ 0.58).
    static func noise(_ rng: inout SeededGenerator) -> Double {
        (0..<4).reduce(0.0) { sum, _ in sum + rng.nextUnit() } - 2
    }

    @Test("two independent trends: raw r high, tested r near zero, p large, and the strongest lag by the tested r")
    func independentTrends() throws {
        var rng = SeededGenerator(seed: 4_242)
        let n = 84
        let x = (0..<n).map { 10 + 0.2 * Double($0) + Self.noise(&rng) }
        let y = (0..<n).map { 3 + 0.05 * Double($0) + 0.3 * Self.noise(&rng) }
        let results = LaggedCorrelation.compute(x: x, y: y, lags: -14...14, permutations: 499, detrend: true)
        let zero = try #require(results.first { $0.lag == 0 })
        #expect((zero.correlation ?? 0) > 0.7, "raw r \(zero.correlation ?? .nan)")
        #expect(abs(zero.testedCorrelation ?? 1) < 0.3, "tested r \(zero.testedCorrelation ?? .nan)")
        #expect((zero.pValue ?? 0) > 0.05, "p \(zero.pValue ?? .nan)")
        for result in results where result.status == .ok {
            // The p-value at each lag is the share of permutations at least as far from zero as the tested r.
            #expect(abs(result.testedCorrelation ?? 1) < 0.4, "lag \(result.lag): \(result)")
            #expect((result.testedLower95 ?? 1) < (result.testedCorrelation ?? 0))
            #expect((result.testedUpper95 ?? -1) > (result.testedCorrelation ?? 0))
        }
        let strongest = try #require(LaggedCorrelation.strongest(results))
        let largestTested = results.compactMap(\.testedCorrelation).map(abs).max() ?? 0
        #expect(abs(strongest.testedCorrelation ?? 0) == largestTested)
        #expect((strongest.familyPValue ?? 0) > 0.05, "\(strongest)")
    }

    @Test("a real link three steps later, trends around it: the tested r is high at +3 with the link's sign", arguments: [1.0, -1.0])
    func laggedLink(sign: Double) throws {
        var rng = SeededGenerator(seed: 977)
        let n = 112
        let driver = (0..<n).map { _ in Self.noise(&rng) }
        // x leads: y at t + 3 follows x at t, each with a trend of its own.
        let x = (0..<n).map { driver[$0] + 0.03 * Double($0) }
        var y: [Double] = []
        for t in 0..<n {
            let linked: Double = t >= 3 ? sign * driver[t - 3] : 0
            let trend: Double = -0.02 * Double(t)
            y.append(linked + 0.3 * Self.noise(&rng) + trend)
        }
        // 999 permutations: the smallest p, 0.001, times 29 lags is the smallest Holm p, 0.029.
        let results = LaggedCorrelation.compute(x: x, y: y, lags: -14...14, permutations: 999, detrend: true)
        let strongest = try #require(LaggedCorrelation.strongest(results))
        #expect(strongest.lag == 3, "\(strongest)")
        #expect(sign * (strongest.testedCorrelation ?? 0) > 0.7, "\(strongest)")
        #expect((strongest.pValue ?? 1) <= 0.01)
        #expect((strongest.familyPValue ?? 1) < 0.05)
        let opposite = try #require(results.first { $0.lag == -3 })
        #expect(abs(opposite.testedCorrelation ?? 1) < 0.35, "\(opposite)")
    }

    @Test("without detrending the tested statistic is the raw r, interval and all")
    func plainTest() throws {
        var rng = SeededGenerator(seed: 5)
        let x = (0..<40).map { _ in Self.noise(&rng) }, y = (0..<40).map { _ in Self.noise(&rng) }
        for result in LaggedCorrelation.compute(x: x, y: y, lags: -3...3, permutations: 99) where result.status == .ok {
            #expect(result.testedCorrelation == result.correlation)
            #expect(result.testedLower95 == result.lower95 && result.testedUpper95 == result.upper95)
        }
    }
}
