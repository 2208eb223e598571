extension TriggerEventFinder {
    /// How a city-wide spike's areas beyond the Bonferroni cut are chosen (since 2026-12-01, sixteenth session):
    /// Benjamini–Hochberg at 0.001 over the areas tested. At 1,600 messages a day the Barcelona trial's city-wide
    /// event named 4 of its 10 districts; a fifth's count over the event's days had a chance of 4.7e−4, short of
    /// 0.001 / 10 and under 5 × 0.001 / 10.
    public static let areaSelection = AreaSelection.benjaminiHochberg(0.001)
    /// What an area beyond the cut is judged on: its count over the spike's own days (one test per area, so a chance
    /// run of days beside the spike, which the search for the strongest run finds, does not count).
    public static let areaEvidence = AreaEvidence.spikeDays
    /// The least share of a city-wide spike's excess an area beyond the cut holds over its run: on the moving event
    /// of the synthetic tables one area joined by chance with 3 % of it (1 in 40 seeds); the Barcelona district
    /// holds 6.5 %.
    public static let areaShare: Double? = 0.05

    /// How the areas of a city-wide spike are chosen among the areas tested, once the spike is found (measured
    /// 2026-12-01, sixteenth session; docs/sentiment-analysis.md, "The districts of a high-volume city-wide event").
    ///
    /// Every area whose strongest run passes `attachLevel` / (areas tested) joins under each procedure (the Bonferroni
    /// cut as shipped); the others only add areas beyond it, so no procedure ever names fewer areas.
    public enum AreaSelection: Sendable, Hashable {
        /// Each area on its own at `attachLevel` / (areas tested).
        case bonferroni
        /// Holm's step-down: the k-th smallest p-value (from 1) is judged at `attachLevel` / (areas tested − k + 1),
        /// stopping at the first that fails.
        case holm
        /// Benjamini–Hochberg at the false discovery rate `q`: the areas with the k smallest p-values join, for the
        /// largest k whose k-th smallest p-value is at most k × `q` / (areas tested).
        case benjaminiHochberg(Double)
    }

    /// Which p-value an area beyond the Bonferroni cut is chosen on (measured 2026-12-01, sixteenth session).
    public enum AreaEvidence: Sendable, Hashable {
        /// Its strongest run's within the spike ± `areaSlack` days (as the cut judges it).
        case strongestRun
        /// Its count over the city-wide spike's own days: one test per area, no run searched for.
        case spikeDays
        /// The smaller of the two.
        case either
    }

    /// The indices of `pValues` chosen by `selection` at `level` among `tested` areas (at least `pValues.count`).
    static func selected(_ pValues: [Double], by selection: AreaSelection, level: Double, tested: Int) -> Set<Int> {
        let m = Double(max(tested, pValues.count, 1))
        let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
        // The shipped cut first: whatever passes it joins under every procedure.
        var chosen = Set(order.prefix { pValues[$0] <= level / m })
        switch selection {
        case .bonferroni:
            break
        case .holm:
            for (k, i) in order.enumerated() {
                guard pValues[i] <= level / (m - Double(k)) else { break }
                chosen.insert(i)
            }
        case .benjaminiHochberg(let q):
            if let last = order.indices.last(where: { pValues[order[$0]] <= Double($0 + 1) * q / m }) {
                chosen.formUnion(order[...last])
            }
        }
        return chosen
    }
}
