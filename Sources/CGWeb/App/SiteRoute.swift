/// Every page of the site by name, so links and route registrations share one definition of each path.
public enum SiteRoute: Sendable, Hashable {
    case home
    case login
    case logout
    case account
    case accountTOTPEnable
    case accountTOTPDisable
    case accountPassword
    case admin
    case adminAgencies
    case adminUsers
    case adminUserRole(id: String)
    case adminUserDisable(id: String)
    case adminUserEnable(id: String)
    case adminTokens
    case adminTokenRevoke(id: String)
    case report
    case reportFollowUp(token: String)
    case triage
    case triageReport(id: String)
    case triageReportUpdate(id: String)
    case triageReportContact(id: String)
    case triageReportReferral(id: String)
    case triageReportMessage(id: String)
    case triagePartners
    case triagePartnerActive(id: String)
    case triageExport
    case observatory
    case observatoryCSV

    /// The URL path.
    public var path: String {
        switch self {
        case .home: return "/"
        case .login: return "/login"
        case .logout: return "/logout"
        case .account: return "/account"
        case .accountTOTPEnable: return "/account/totp/enable"
        case .accountTOTPDisable: return "/account/totp/disable"
        case .accountPassword: return "/account/password"
        case .admin: return "/admin"
        case .adminAgencies: return "/admin/agencies"
        case .adminUsers: return "/admin/users"
        case .adminUserRole(let id): return "/admin/users/\(id)/role"
        case .adminUserDisable(let id): return "/admin/users/\(id)/disable"
        case .adminUserEnable(let id): return "/admin/users/\(id)/enable"
        case .adminTokens: return "/admin/tokens"
        case .adminTokenRevoke(let id): return "/admin/tokens/\(id)/revoke"
        case .report: return "/report"
        case .reportFollowUp(let token): return "/report/follow-up/\(token)"
        case .triage: return "/triage"
        case .triageReport(let id): return "/triage/reports/\(id)"
        case .triageReportUpdate(let id): return "/triage/reports/\(id)/update"
        case .triageReportContact(let id): return "/triage/reports/\(id)/contact"
        case .triageReportReferral(let id): return "/triage/reports/\(id)/referral"
        case .triageReportMessage(let id): return "/triage/reports/\(id)/message"
        case .triagePartners: return "/triage/partners"
        case .triagePartnerActive(let id): return "/triage/partners/\(id)/active"
        case .triageExport: return "/triage/export.csv"
        case .observatory: return "/observatory"
        case .observatoryCSV: return "/observatory.csv"
        }
    }
}
