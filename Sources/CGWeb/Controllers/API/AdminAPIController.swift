import CGDomain
import CGStorage
import Fluent
import Vapor

/// Agencies, users and the audit check for machine clients with an API token.
struct AdminAPIController {
    struct Me: Content {
        var kind: String
        var city: String
        var permissions: [String]
    }

    struct AuditResult: Content {
        var intact: Bool
        var entries: Int?
        var lastHash: String?
        var brokenAt: Int64?
        var reason: String?
    }

    static let error: JSONValue = ["$ref": "#/components/schemas/Error"]

    func register(_ app: Application, _ routes: any RoutesBuilder) {
        routes.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/me", summary: "What the presented token may do", tag: "auth",
                responses: [.init(200, "The token's scope.", schema: Schemas.me, example: Schemas.meExample)],
                permission: ""),
            use: me)
        routes.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/agencies", summary: "Agencies in the token's city", tag: "admin",
                responses: [.init(200, "The agencies.", schema: Schemas.array(Schemas.agency), example: [Schemas.agencyExample])],
                permission: Permission.usersManage.rawValue),
            use: agencies)
        routes.documented(
            app,
            APIOperation(
                method: .POST, path: "/api/v1/agencies", summary: "Create an agency", tag: "admin",
                requestSchema: Schemas.newAgency, requestExample: Schemas.newAgencyExample,
                responses: [.init(201, "Created.", schema: Schemas.agency, example: Schemas.agencyExample)],
                permission: Permission.usersManage.rawValue),
            use: createAgency)
        routes.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/users", summary: "Staff accounts in the token's city", tag: "admin",
                responses: [.init(200, "The users.", schema: Schemas.array(Schemas.user), example: [Schemas.userExample])],
                permission: Permission.usersManage.rawValue),
            use: users)
        routes.documented(
            app,
            APIOperation(
                method: .POST, path: "/api/v1/users", summary: "Create a staff account", tag: "admin",
                requestSchema: Schemas.newUser, requestExample: Schemas.newUserExample,
                responses: [.init(201, "Created.", schema: Schemas.user, example: Schemas.userExample)],
                permission: Permission.usersManage.rawValue),
            use: createUser)
        routes.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/audit/verify", summary: "Verify the audit chain", tag: "admin",
                responses: [
                    .init(200, "The result.", schema: Schemas.auditVerification, example: Schemas.auditVerificationExample)
                ],
                permission: Permission.auditRead.rawValue),
            use: verifyAudit)
    }

    static func actor(_ principal: Principal) -> StaffDirectory.Actor {
        StaffDirectory.Actor(id: principal.auditActorID, label: principal.auditLabel)
    }

    @Sendable func me(_ request: Request) async throws -> Me {
        let principal = try request.requirePrincipal()
        let kind: String
        switch principal.credential {
        case .apiToken: kind = "api_token"
        case .session: kind = "session"
        }
        return Me(kind: kind, city: principal.scope.stored, permissions: principal.permissions.sorted().map(\.rawValue))
    }

    @Sendable func agencies(_ request: Request) async throws -> [AgencyDTO] {
        let principal = try request.require(.usersManage)
        return try await StaffDirectory(services: request.cg, database: request.db).agencies(in: principal.scope)
    }

    @Sendable func createAgency(_ request: Request) async throws -> Response {
        let input = try request.content.decode(StaffDirectory.NewAgency.self)
        let principal = try request.require(.usersManage, in: input.city)
        let agency = try await StaffDirectory(services: request.cg, database: request.db)
            .createAgency(input, by: Self.actor(principal))
        let response = Response(status: .created)
        try response.content.encode(agency, as: .json)
        return response
    }

    @Sendable func users(_ request: Request) async throws -> [StaffUserDTO] {
        let principal = try request.require(.usersManage)
        return try await StaffDirectory(services: request.cg, database: request.db).users(in: principal.scope, readBy: Self.actor(principal))
    }

    @Sendable func createUser(_ request: Request) async throws -> Response {
        let input = try request.content.decode(StaffDirectory.NewUser.self)
        let principal = try request.require(.usersManage, in: input.city)
        if input.city == "*" && principal.scope != .all {
            throw Abort(.forbidden, reason: "only installation administrators may create installation administrators")
        }
        let user = try await StaffDirectory(services: request.cg, database: request.db)
            .createUser(input, by: Self.actor(principal))
        let response = Response(status: .created)
        try response.content.encode(user, as: .json)
        return response
    }

    @Sendable func verifyAudit(_ request: Request) async throws -> AuditResult {
        try request.require(.auditRead)
        switch try await request.cg.audit.verify(on: request.db) {
        case .intact(let count, let lastHash):
            return AuditResult(intact: true, entries: count, lastHash: lastHash)
        case .broken(let sequence, let reason):
            return AuditResult(intact: false, brokenAt: sequence, reason: String(describing: reason))
        }
    }
}
