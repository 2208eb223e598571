/// The outcome recorded when a case closes.
public enum CaseOutcome: String, Sendable, Codable, CaseIterable, Hashable {
    case risksReduced = "risks_reduced"
    case referredElsewhere = "referred_elsewhere"
    case declinedSupport = "declined_support"
    case movedAway = "moved_away"
    case escalated
}
