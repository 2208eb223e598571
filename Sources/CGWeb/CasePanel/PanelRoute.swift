import Foundation

/// The case panel's page paths.
enum PanelRoute {
    case home
    case admin
    case adminAgencies(panel: UUID)
    case adminCoordinators(panel: UUID)
    case panel(UUID)
    case referrals(panel: UUID)
    case known(panel: UUID)
    case insight(panel: UUID)
    case caseFile(UUID)
    case open(UUID)
    case screen(UUID)
    case sections(UUID)
    case actions(UUID)
    case action(UUID, action: UUID)
    case review(UUID)
    case close(UUID)
    case hold(UUID)
    case access(UUID)
    case erase(UUID)

    /// The URL path.
    var path: String {
        switch self {
        case .home: return "/panel"
        case .admin: return "/panel/admin"
        case .adminAgencies(let panel): return "/panel/admin/\(panel.uuidString)/agencies"
        case .adminCoordinators(let panel): return "/panel/admin/\(panel.uuidString)/coordinators"
        case .panel(let id): return "/panel/panels/\(id.uuidString)"
        case .referrals(let panel): return "/panel/panels/\(panel.uuidString)/referrals"
        case .known(let panel): return "/panel/panels/\(panel.uuidString)/known"
        case .insight(let panel): return "/panel/panels/\(panel.uuidString)/insight"
        case .caseFile(let id): return "/panel/cases/\(id.uuidString)"
        case .open(let id): return "/panel/cases/\(id.uuidString)/open"
        case .screen(let id): return "/panel/cases/\(id.uuidString)/screen"
        case .sections(let id): return "/panel/cases/\(id.uuidString)/sections"
        case .actions(let id): return "/panel/cases/\(id.uuidString)/actions"
        case .action(let id, let action): return "/panel/cases/\(id.uuidString)/actions/\(action.uuidString)"
        case .review(let id): return "/panel/cases/\(id.uuidString)/review"
        case .close(let id): return "/panel/cases/\(id.uuidString)/close"
        case .hold(let id): return "/panel/cases/\(id.uuidString)/hold"
        case .access(let id): return "/panel/cases/\(id.uuidString)/access"
        case .erase(let id): return "/panel/cases/\(id.uuidString)/erase"
        }
    }
}
