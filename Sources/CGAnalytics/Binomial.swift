import Foundation

/// The binomial distribution's upper tail: the exact test of a count in a few days against the same series' own
/// history when the rate itself is estimated from few messages (two Poisson counts compared by conditioning on
/// their sum).
public enum Binomial {
    /// P(X ≥ `k`) for X ~ Binomial(`trials`, `probability`); `k` is rounded up and `trials` to the nearest whole
    /// number. 1 for k ≤ 0, 0 for k > trials. Summed from the upper terms (k up to the trials), so small tails
    /// keep their precision; used only on the few runs that passed cheaper checks.
    public static func upperTail(atLeast k: Double, trials: Double, probability p: Double) -> Double {
        let k = k.rounded(.up), n = trials.rounded()
        guard k > 0 else { return 1 }
        guard k <= n, p > 0 else { return 0 }
        guard p < 1 else { return 1 }
        let ratio = p / (1 - p)
        let logChoose: Double = lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1)
        let logPowers: Double = k * log(p) + (n - k) * log1p(-p)
        var term = exp(logChoose + logPowers)
        var sum = term
        var i = k
        // Terms rise while i < (n + 1)p and fall after it: stop once they no longer count.
        while i < n {
            let step: Double = (n - i) / (i + 1)
            term *= step * ratio
            i += 1
            sum += term
            if i > (n + 1) * p && term <= sum * 1e-16 { break }
        }
        return min(1, sum)
    }
}
