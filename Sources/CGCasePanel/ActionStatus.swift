/// The status of an action in a support plan.
public enum ActionStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case planned
    case inProgress = "in_progress"
    case done
    case cancelled

    /// Whether the action still has to be done.
    public var isOutstanding: Bool { self == .planned || self == .inProgress }
}
