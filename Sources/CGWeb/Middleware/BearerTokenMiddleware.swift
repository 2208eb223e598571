import CGDomain
import CGSecurity
import CGStorage
import Fluent
import Vapor

/// Authenticates machine clients by `Authorization: Bearer <token>`. Revoked or unknown tokens get 401.
struct BearerTokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let bearer = request.headers.bearerAuthorization else {
            return try await next.respond(to: request)
        }
        let token = try await APITokenModel.query(on: request.db)
            .filter(\.$tokenDigest == SecretToken.digest(bearer.token))
            .filter(\.$revokedAt == nil)
            .first()
        guard let token, let tokenID = token.id else {
            throw Abort(.unauthorized, reason: "the API token is unknown or revoked")
        }
        guard case .success(let permissions) = Permission.parseList(token.permissions) else {
            throw Abort(.unauthorized, reason: "the API token's permissions are unreadable")
        }
        let now = request.cg.clock.now()
        if token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            token.lastUsedAt = now
            try await token.update(on: request.db)
        }
        request.auth.login(
            Principal(
                userID: nil, role: nil, agencyID: nil, scope: CityScope(stored: token.cityScope),
                permissions: permissions, credential: .apiToken(tokenID: tokenID)))
        return try await next.respond(to: request)
    }
}
