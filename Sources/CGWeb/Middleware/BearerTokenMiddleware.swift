import CGDomain
import CGSecurity
import CGStorage
import Fluent
import SQLKit
import Vapor

/// Authenticates machine clients by `Authorization: Bearer <token>`. Revoked or unknown tokens get 401, and so
/// does a token whose creator is a disabled staff member: a credential issued on a person's authority ends with
/// that authority, and comes back if the person is enabled again. A token nobody created keeps working.
struct BearerTokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let bearer = request.headers.bearerAuthorization else {
            return try await next.respond(to: request)
        }
        guard let sql = request.db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "no SQL database") }
        // Every API request (each ingest batch) passes here: the token and its creator's state in one statement.
        let row = try await sql.select()
            .column(SQLColumn("id", table: "t")).column(SQLColumn("permissions", table: "t"))
            .column(SQLColumn("city_scope", table: "t")).column(SQLColumn("last_used_at", table: "t"))
            .column(SQLColumn("disabled", table: "u"), as: "creator_disabled")
            .from(SQLAlias(SQLIdentifier(APITokenModel.schema), as: SQLIdentifier("t")))
            .join(
                SQLAlias(SQLIdentifier(UserModel.schema), as: SQLIdentifier("u")), method: SQLJoinMethod.left,
                on: SQLColumn("id", table: "u"), .equal, SQLColumn("created_by", table: "t"))
            .where(SQLColumn("token_digest", table: "t"), .equal, SQLBind(SecretToken.digest(bearer.token)))
            .where(SQLColumn("revoked_at", table: "t"), .is, SQLLiteral.null)
            .first()
        guard let row else {
            throw Abort(.unauthorized, reason: "the API token is unknown or revoked")
        }
        // Null when the token has no creator (made outside a session): nobody's authority to lose.
        if try row.decode(column: "creator_disabled", as: Bool?.self) == true {
            throw Abort(.unauthorized, reason: Self.creatorDisabled)
        }
        let tokenID = try row.decode(column: "id", as: UUID.self)
        guard case .success(let permissions) = Permission.parseList(try row.decode(column: "permissions", as: String.self))
        else {
            throw Abort(.unauthorized, reason: "the API token's permissions are unreadable")
        }
        let now = request.cg.clock.now()
        if try row.decode(column: "last_used_at", as: Date?.self).map({ now.timeIntervalSince($0) > 60 }) ?? true {
            try await sql.update(APITokenModel.schema).set("last_used_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(tokenID)).run()
        }
        request.auth.login(
            Principal(
                userID: nil, role: nil, agencyID: nil,
                scope: CityScope(stored: try row.decode(column: "city_scope", as: String.self)),
                permissions: permissions, credential: .apiToken(tokenID: tokenID)))
        return try await next.respond(to: request)
    }

    /// The reason given to a client whose token's creator is disabled.
    static let creatorDisabled = "the API token's creator is disabled; an administrator can issue a new token"
}
