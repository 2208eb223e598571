import CGDomain
import CGSecurity
import CGStorage
import Fluent
import Vapor

/// Authenticates browser sessions from the `cg_session` cookie. Only the cookie's digest is looked up; a
/// session past its idle or absolute timeout, or of a disabled user, is deleted and the cookie cleared.
struct StaffSessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let token = request.cookies[Cookies.session]?.string, !token.isEmpty else {
            return try await next.respond(to: request)
        }
        let services = request.cg
        let now = services.clock.now()
        let session = try await StaffSessionModel.query(on: request.db)
            .filter(\.$tokenDigest == SecretToken.digest(token))
            .with(\.$user)
            .first()
        guard let session, let sessionID = session.id, let userID = session.user.id else {
            let response = try await next.respond(to: request)
            response.cookies[Cookies.session] = Cookies.expired(request: request)
            return response
        }
        let settings = services.settings
        let idle = now.timeIntervalSince(session.lastSeenAt) > settings.sessionIdleTimeout
        let expired = now.timeIntervalSince(session.createdAt) > settings.sessionAbsoluteTimeout
        let role = Role(rawValue: session.user.role)
        if idle || expired || session.user.disabled || role == nil {
            try await session.delete(on: request.db)
            let response = try await next.respond(to: request)
            response.cookies[Cookies.session] = Cookies.expired(request: request)
            return response
        }
        // Touching the row on every request would turn each page view into a write; a minute's grain is
        // far finer than the idle timeout.
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            session.lastSeenAt = now
            try await session.update(on: request.db)
        }
        if let role {
            request.auth.login(
                Principal(
                    userID: userID, role: role, agencyID: session.user.$agency.id,
                    scope: CityScope(stored: session.user.cityScope), permissions: role.permissions,
                    credential: .session(sessionID: sessionID, csrfToken: session.csrfToken)))
        }
        return try await next.respond(to: request)
    }
}
