import Foundation

/// The negative binomial distribution's upper tail: the predictive distribution of a count in a few days when
/// the rate behind it is itself uncertain (Poisson with a gamma-distributed rate). With a whole shape it is the
/// binomial test turned round — P(K ≥ k) for K ~ NB(r, p) equals P(X ≥ k) for X ~ Binomial(k + r − 1, p) — so
/// the exact test against an area's own history is the case of a prior that borrows nothing; a shape that is
/// not whole carries evidence borrowed from the city.
public enum NegativeBinomial {
    /// P(K ≥ `k`) for K ~ NB(`shape`, `probability`): the number of successes before the shape-th failure, with
    /// P(K = j) = Γ(j + r) / (Γ(r) j!) p^j (1 − p)^r (mean r p / (1 − p)). `k` is rounded up. 1 for k ≤ 0, 0 for
    /// p ≤ 0. Summed from the upper terms when `k` lies above the mode (small tails keep their precision), else
    /// one minus the lower terms.
    public static func upperTail(atLeast k: Double, shape r: Double, probability p: Double) -> Double {
        let k = k.rounded(.up)
        guard k > 0 else { return 1 }
        guard p > 0, r > 0 else { return 0 }
        guard p < 1 else { return 1 }
        func logTerm(_ j: Double) -> Double { lgamma(j + r) - lgamma(r) - lgamma(j + 1) + j * log(p) + r * log1p(-p) }
        let mode = max(0, (r - 1) * p / (1 - p))
        if k <= mode {
            var term = exp(logTerm(0)), sum = term
            var j = 0.0
            while j + 1 < k {
                term *= (j + r) / (j + 1) * p
                j += 1
                sum += term
            }
            return max(0, 1 - sum)
        }
        // Above the mode the terms fall (their ratio (j + r) / (j + 1) × p is below one and tends to p).
        var term = exp(logTerm(k)), sum = term
        var j = k
        while term > sum * 1e-16 {
            term *= (j + r) / (j + 1) * p
            j += 1
            sum += term
        }
        return min(1, sum)
    }
}
