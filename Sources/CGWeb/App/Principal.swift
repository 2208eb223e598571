import CGDomain
import Foundation
import Vapor

/// Who is making a request: a logged-in staff member (browser session) or a machine client (API token).
public struct Principal: Authenticatable, Sendable {
    /// How the principal authenticated.
    public enum Credential: Sendable {
        case session(sessionID: UUID, csrfToken: String)
        case apiToken(tokenID: UUID)
    }

    /// The staff user, for sessions; the creator of the token is not the actor of token requests.
    public let userID: UUID?
    /// The role, for sessions.
    public let role: Role?
    /// The user's agency, for sessions.
    public let agencyID: UUID?
    /// Where the principal may act.
    public let scope: CityScope
    /// What the principal may do.
    public let permissions: Set<Permission>
    /// How the principal authenticated.
    public let credential: Credential

    /// The actor id written to the audit trail.
    public var auditActorID: String {
        switch credential {
        case .session: return "user:\(userID?.uuidString ?? "?")"
        case .apiToken(let id): return "token:\(id.uuidString)"
        }
    }

    /// The actor label written to the audit trail: an id and a role, never a name or e-mail address.
    public var auditLabel: String {
        switch credential {
        case .session: return "\(role?.rawValue ?? "staff") \(userID?.uuidString ?? "?")"
        case .apiToken(let id): return "api token \(id.uuidString)"
        }
    }

    /// The session's CSRF token, for forms.
    public var csrfToken: String? {
        if case .session(_, let token) = credential { return token }
        return nil
    }

    /// Whether the principal may use `permission` in `cityID` (or anywhere in its scope when nil).
    public func may(_ permission: Permission, in cityID: String? = nil) -> Bool {
        guard permissions.contains(permission) else { return false }
        guard let cityID else { return true }
        return scope.covers(cityID)
    }
}

extension Request {
    /// The authenticated principal, if any.
    public var principal: Principal? { auth.get(Principal.self) }

    /// The principal, or 401 when there is none.
    public func requirePrincipal() throws -> Principal {
        guard let principal else { throw Abort(.unauthorized, reason: "authentication required") }
        return principal
    }

    /// The principal when it holds `permission` for `cityID`; 401 or 403 otherwise.
    @discardableResult
    public func require(_ permission: Permission, in cityID: String? = nil) throws -> Principal {
        let principal = try requirePrincipal()
        guard principal.may(permission, in: cityID) else {
            throw Abort(.forbidden, reason: "this needs the '\(permission.rawValue)' permission for this city")
        }
        return principal
    }
}
