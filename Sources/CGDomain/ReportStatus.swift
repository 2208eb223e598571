/// Where a report is in triage: received → under review → verified / unverifiable / duplicate / out of scope.
/// Only verified reports count in public statistics.
public enum ReportStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case received
    case underReview = "under_review"
    case verified
    case unverifiable
    case duplicate
    case outOfScope = "out_of_scope"

    /// Whether triage of the report is finished (it can still be reopened for review).
    public var isFinal: Bool {
        switch self {
        case .received, .underReview: return false
        case .verified, .unverifiable, .duplicate, .outOfScope: return true
        }
    }

    /// The statuses a report may move to from this one. A finished report can only be reopened.
    public var next: [ReportStatus] {
        switch self {
        case .received: return [.underReview]
        case .underReview: return [.verified, .unverifiable, .duplicate, .outOfScope]
        case .verified, .unverifiable, .duplicate, .outOfScope: return [.underReview]
        }
    }

    /// Whether a move to `status` is allowed.
    public func canMove(to status: ReportStatus) -> Bool { next.contains(status) }
}
