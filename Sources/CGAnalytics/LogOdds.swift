import Foundation

/// A term that sets a target text collection apart from a background collection.
public struct DistinctiveTerm: Sendable, Hashable, Codable {
    /// The word or phrase.
    public let term: String
    /// z-score of the log-odds ratio: how many standard errors the term leans towards the target.
    public let zScore: Double
    /// The log-odds ratio itself (target vs background), with the prior.
    public let logOdds: Double
    /// Count in the target.
    public let targetCount: Int
    /// Count in the background.
    public let backgroundCount: Int
}

/// Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words").
///
/// For term w with target count yᵢ, background count yⱼ, prior pseudo-count α_w, totals nᵢ, nⱼ and α₀ = Σα:
/// δ = log((yᵢ+α_w)/(nᵢ+α₀−yᵢ−α_w)) − log((yⱼ+α_w)/(nⱼ+α₀−yⱼ−α_w)), Var(δ) ≈ 1/(yᵢ+α_w) + 1/(yⱼ+α_w),
/// z = δ/√Var. The prior shrinks rare terms toward zero so a word seen twice does not top the list.
public enum LogOdds {
    /// Pseudo-count added to every term, so terms missing from the prior still have a finite score.
    public static let priorFloor = 0.01

    /// Size of the prior built from the pooled counts when no prior is given.
    public static let defaultPriorSize = 500.0

    /// The `top` terms most characteristic of `target`, highest z first (ties by term), only terms with a
    /// positive z and at least `minimumCount` occurrences in the target.
    ///
    /// `prior` gives pseudo-counts per term (e.g. counts from a large reference corpus of the same city and
    /// language), used as they are. When nil, the pooled target + background counts are used, scaled down so
    /// they add up to at most `defaultPriorSize`. Every term also gets `priorFloor`.
    ///
    /// The spellings of a term ("bögar", "bogar") are counted as one, under ``TermSpelling/key(_:)``, and the
    /// term is shown in its spelling counted most often over target and background (``TermSpellings``).
    public static func distinctiveTerms(target: [String: Int], background: [String: Int], prior: [String: Int]? = nil,
                                        top: Int, minimumCount: Int = 3) -> [DistinctiveTerm] {
        var spellings = TermSpellings()
        let folded = spellings.fold([target, background, prior ?? [:]])
        return distinctiveKeys(
            target: folded[0], background: folded[1], prior: prior == nil ? nil : folded[2], top: top,
            minimumCount: minimumCount
        ).map {
            DistinctiveTerm(
                term: spellings.shown($0.term), zScore: $0.zScore, logOdds: $0.logOdds, targetCount: $0.targetCount,
                backgroundCount: $0.backgroundCount)
        }
    }

    /// ``distinctiveTerms(target:background:prior:top:minimumCount:)`` over counts already keyed by spelling.
    static func distinctiveKeys(target: [String: Int], background: [String: Int], prior: [String: Int]?,
                                top: Int, minimumCount: Int) -> [DistinctiveTerm] {
        let vocabulary = Set(target.keys).union(background.keys)
        var alpha: [String: Double] = [:]
        if let prior {
            for w in vocabulary { alpha[w] = Double(max(prior[w] ?? 0, 0)) + priorFloor }
        } else {
            let pooledTotal = Double(vocabulary.reduce(0) { $0 + max(target[$1] ?? 0, 0) + max(background[$1] ?? 0, 0) })
            let scale = pooledTotal > defaultPriorSize ? defaultPriorSize / pooledTotal : 1
            for w in vocabulary {
                alpha[w] = Double(max(target[w] ?? 0, 0) + max(background[w] ?? 0, 0)) * scale + priorFloor
            }
        }
        let alpha0 = alpha.values.reduce(0, +)
        let ni = Double(target.values.reduce(0) { $0 + max($1, 0) })
        let nj = Double(background.values.reduce(0) { $0 + max($1, 0) })
        var out: [DistinctiveTerm] = []
        for w in vocabulary {
            let yi = Double(max(target[w] ?? 0, 0)), yj = Double(max(background[w] ?? 0, 0))
            guard Int(yi) >= minimumCount, let a = alpha[w] else { continue }
            let delta = log((yi + a) / (ni + alpha0 - yi - a)) - log((yj + a) / (nj + alpha0 - yj - a))
            let variance = 1 / (yi + a) + 1 / (yj + a)
            let z = delta / variance.squareRoot()
            guard z > 0, z.isFinite else { continue }
            out.append(DistinctiveTerm(term: w, zScore: z, logOdds: delta, targetCount: Int(yi), backgroundCount: Int(yj)))
        }
        out.sort { ($0.zScore, $1.term) > ($1.zScore, $0.term) }
        return Array(out.prefix(max(top, 0)))
    }
}
