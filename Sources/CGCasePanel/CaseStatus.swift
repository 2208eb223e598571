/// Where a referral or case stands.
public enum CaseStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// Referred, waiting for screening.
    case referred
    /// The coordinator asked the referrer for more information.
    case moreInformation = "more_information"
    /// Not in scope for the panel: signposted elsewhere.
    case notInScope = "not_in_scope"
    /// An open panel case.
    case open
    /// Closed with an outcome; reviewed after closure until retention ends.
    case closed
    /// Past retention: key destroyed, only anonymous counts remain.
    case anonymised

    /// The statuses that screening may set.
    public static let screeningOutcomes: [CaseStatus] = [.open, .notInScope, .moreInformation]

    /// Whether the coordinator may screen a case in this status.
    public var mayBeScreened: Bool { self == .referred || self == .moreInformation }

    /// Whether the case is finished (its retention clock runs).
    public var isFinished: Bool { self == .closed || self == .notInScope }
}
