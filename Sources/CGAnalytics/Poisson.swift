import Foundation

/// The Poisson distribution's upper tail, for testing a count summed over days against its summed expectation.
public enum Poisson {
    /// P(X ≥ `k`) for X ~ Poisson(`mean`); `k` is rounded up to a whole count. 1 for k ≤ 0; for mean ≤ 0, 0
    /// when k > 0. Summed from the upper terms when the tail is small (no 1 − (1 − p) cancellation), so p-values
    /// far below 1e−10 keep their precision.
    public static func upperTail(atLeast k: Double, mean: Double) -> Double {
        let k = k.rounded(.up)
        guard k > 0 else { return 1 }
        guard mean > 0 else { return 0 }
        if k <= mean {
            // The tail holds most of the mass: 1 − P(X ≤ k − 1), summed from the bottom.
            var term = exp(-mean), sum = term
            var i = 0.0
            while i + 1 < k {
                i += 1
                term *= mean / i
                sum += term
            }
            return max(0, 1 - sum)
        }
        // Terms fall from i = k on (k > mean): sum them until they no longer count.
        var term = exp(-mean + k * log(mean) - lgamma(k + 1))
        var sum = term
        var i = k
        while term > sum * 1e-16 {
            i += 1
            term *= mean / i
            sum += term
        }
        return min(1, sum)
    }

    /// P(Z ≥ `z`) for a standard normal Z: the level a score threshold stands for.
    public static func normalUpperTail(_ z: Double) -> Double { erfc(z / 2.0.squareRoot()) / 2 }

    /// The z with P(Z ≥ z) = `level` (bisection on ``normalUpperTail(_:)``, to 1e−12; `level` in (0, 1)).
    public static func normalUpperQuantile(_ level: Double) -> Double {
        var lo = -40.0, hi = 40.0
        while hi - lo > 1e-12 {
            let mid = (lo + hi) / 2
            if normalUpperTail(mid) > level { lo = mid } else { hi = mid }
        }
        return (lo + hi) / 2
    }
}
