import Foundation

/// Raw counts across a panel's cases per dimension, in vocabulary order, before disclosure control.
public struct InsightCounts: Sendable, Hashable {
    /// One dimension: its name and its counted categories.
    public struct Dimension: Sendable, Hashable {
        public var name: String
        public var items: [InsightItem]
    }

    /// The cases counted.
    public var total: Int
    public var dimensions: [Dimension]
    /// Referrals per half year (`2026-H1`), oldest first: the trend.
    public var trend: [InsightItem]

    /// The bands of time from referral to closure.
    public static let resolutionBands = ["under_3_months", "3_6_months", "6_12_months", "over_12_months", "not_closed"]

    /// Counts `cases`: by factor (a case counts once per factor it shows), ideology, age band, referral
    /// source, outcome and time to resolution, plus the half-yearly trend of referrals.
    public static func count(_ cases: [CaseFacts], sources: [String]) -> InsightCounts {
        func tally(_ keys: [String], _ values: [String?]) -> [InsightItem] {
            keys.map { key in InsightItem(key: key, count: values.filter { $0 == key }.count) }
        }
        let factors = PanelFactor.allCases.map { factor in
            InsightItem(key: factor.rawValue, count: cases.filter { $0.factors.contains(factor) }.count)
        }
        var halves: [String: Int] = [:]
        for item in cases { halves[halfYear(item.referredAt), default: 0] += 1 }
        return InsightCounts(
            total: cases.count,
            dimensions: [
                Dimension(name: "factor", items: factors),
                Dimension(
                    name: "ideology",
                    items: tally(IdeologyCategory.allCases.map(\.rawValue), cases.map { $0.ideology?.rawValue })),
                Dimension(name: "age_band", items: tally(AgeBand.allCases.map(\.rawValue), cases.map { $0.ageBand?.rawValue })),
                Dimension(name: "referral_source", items: tally(sources, cases.map(\.referralSource))),
                Dimension(name: "outcome", items: tally(CaseOutcome.allCases.map(\.rawValue), cases.map { $0.outcome?.rawValue })),
                Dimension(name: "time_to_resolution", items: tally(resolutionBands, cases.map { resolutionBand($0) })),
            ],
            trend: halves.sorted { $0.key < $1.key }.map { InsightItem(key: $0.key, count: $0.value) })
    }

    /// The half year of a date, `2026-H1` or `2026-H2`.
    public static func halfYear(_ date: Date) -> String {
        let parts = PanelCalendar.calendar.dateComponents([.year, .month], from: date)
        return "\(parts.year ?? 0)-H\((parts.month ?? 1) <= 6 ? 1 : 2)"
    }

    static func resolutionBand(_ facts: CaseFacts) -> String {
        guard let closed = facts.closedAt else { return "not_closed" }
        let months = PanelCalendar.calendar.dateComponents([.month], from: facts.referredAt, to: closed).month ?? 0
        switch months {
        case ..<3: return "under_3_months"
        case 3..<6: return "3_6_months"
        case 6..<12: return "6_12_months"
        default: return "over_12_months"
        }
    }
}
