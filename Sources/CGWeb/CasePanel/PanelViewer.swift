import CGDomain
import Foundation

/// A signed-in staff member acting on the case panel: a user of an agency. API tokens belong to no agency,
/// so they never see a case.
struct PanelViewer: Sendable {
    var userID: UUID
    var agencyID: UUID
    var role: Role
    var scope: CityScope
    var permissions: Set<Permission>
    var actorID: String
    var label: String

    /// Whether the viewer may use `permission` in `city`.
    func may(_ permission: Permission, in city: String) -> Bool {
        permissions.contains(permission) && scope.covers(city)
    }
}

extension PanelViewer {
    /// The viewer behind a staff session; nil for API tokens and anonymous requests.
    init?(_ principal: Principal?) {
        guard let principal, case .session = principal.credential, let userID = principal.userID,
            let agencyID = principal.agencyID, let role = principal.role
        else { return nil }
        self.userID = userID
        self.agencyID = agencyID
        self.role = role
        self.scope = principal.scope
        self.permissions = principal.permissions
        self.actorID = principal.auditActorID
        self.label = principal.auditLabel
    }
}
