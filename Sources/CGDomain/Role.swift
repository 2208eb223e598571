/// A staff role. Roles decide which capabilities a user may use; the city scope decides where.
public enum Role: String, Sendable, Codable, CaseIterable, Hashable {
    /// Manages agencies, users, API tokens and panels of a city (or of every city when unscoped).
    case admin
    /// Reads aggregated online-hate analyses and the observatory.
    case analyst
    /// Triages incident reports and may open reporters' contact details with a stated reason.
    case caseworker
    /// Works on cases of the multi-agency panels that the user's agency belongs to.
    case panelMember = "panel_member"
    /// Uses the policy lab and reads aggregated statistics.
    case policyOfficer = "policy_officer"

    /// The permissions a session of this role holds.
    public var permissions: Set<Permission> {
        switch self {
        case .admin: return Set(Permission.allCases)
        case .analyst: return [.statsRead, .messagesRead, .messagesWrite]
        case .caseworker: return [.statsRead, .reportsRead, .reportsWrite, .contactOpen]
        case .panelMember: return [.statsRead, .casesRead, .casesWrite]
        case .policyOfficer: return [.statsRead]
        }
    }
}
