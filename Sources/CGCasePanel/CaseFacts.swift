import Foundation

/// The anonymous facts of one case that strategic insight counts: no name, no date of birth, no text.
public struct CaseFacts: Sendable, Hashable {
    public var referredAt: Date
    public var closedAt: Date?
    public var status: CaseStatus
    public var ideology: IdeologyCategory?
    public var ageBand: AgeBand?
    /// The kind of agency that referred (e.g. `police`, `education`).
    public var referralSource: String
    public var outcome: CaseOutcome?
    public var factors: Set<PanelFactor>

    public init(
        referredAt: Date, closedAt: Date?, status: CaseStatus, ideology: IdeologyCategory?, ageBand: AgeBand?,
        referralSource: String, outcome: CaseOutcome?, factors: Set<PanelFactor>
    ) {
        self.referredAt = referredAt
        self.closedAt = closedAt
        self.status = status
        self.ideology = ideology
        self.ageBand = ageBand
        self.referralSource = referralSource
        self.outcome = outcome
        self.factors = factors
    }
}
