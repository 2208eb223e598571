import CGDomain
import CGGeo
import Vapor

/// The administrator's page for agencies, users and API tokens.
struct AdminController {
    struct AgencyForm: Content { var name: String?; var kind: String?; var city: String? }
    struct UserForm: Content {
        var name: String?; var email: String?; var password: String?; var role: String?; var agencyID: String?
        var city: String?
    }
    struct RoleForm: Content { var role: String? }
    struct TokenForm: Content { var name: String?; var city: String?; var permissions: String? }

    func register(_ routes: any RoutesBuilder) {
        routes.get(APIOperation.vaporPath(SiteRoute.admin.path), use: show)
        routes.post(APIOperation.vaporPath(SiteRoute.adminAgencies.path), use: createAgency)
        routes.post(APIOperation.vaporPath(SiteRoute.adminUsers.path), use: createUser)
        routes.post("admin", "users", ":id", "role", use: changeRole)
        routes.post("admin", "users", ":id", "disable", use: disable)
        routes.post("admin", "users", ":id", "enable", use: enable)
        routes.post(APIOperation.vaporPath(SiteRoute.adminTokens.path), use: createToken)
        routes.post("admin", "tokens", ":id", "revoke", use: revoke)
    }

    func admin(_ request: Request) throws -> Principal {
        let principal = try request.requireSignedIn()
        guard principal.may(.usersManage) else { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
        return principal
    }

    func render(
        _ request: Request, _ principal: Principal, status: HTTPStatus = .ok, newToken: String? = nil,
        errors: [String: String] = [:], message: String? = nil, failed: AdminPage.CreateForm? = nil,
        values: [String: String] = [:]
    ) async throws -> HTMLPage {
        let directory = StaffDirectory(services: request.cg, database: request.db)
        var cities = CityPacks.all.filter { principal.scope.covers($0.id) }.map { (id: $0.id, name: $0.englishName) }
        if principal.scope == .all { cities.append((id: "*", name: request.t("admin.all_cities"))) }
        let defaultCity: String
        if case .city(let id) = principal.scope { defaultCity = id } else { defaultCity = cities.first?.id ?? "" }
        let model = AdminPage.Model(
            agencies: try await directory.agencies(in: principal.scope),
            users: try await directory.users(in: principal.scope, readBy: Self.actor(principal)),
            tokens: try await directory.tokens(in: principal.scope),
            cities: cities, defaultCity: defaultCity, newToken: newToken, errors: errors, message: message,
            failedForm: failed, values: values)
        return HTMLPage(AdminPage.render(request.page, model), status: status)
    }

    /// Runs a change and renders the page again: with a message when it worked, with the reasons when not —
    /// shown on the form that failed (`failed`), which keeps what was typed in it (`values`, never a password).
    func perform(
        _ request: Request, failed: AdminPage.CreateForm? = nil, values: [String: String?] = [:],
        _ change: (Principal, StaffDirectory) async throws -> String
    ) async throws -> HTMLPage {
        let principal = try admin(request)
        do {
            let message = try await change(principal, StaffDirectory(services: request.cg, database: request.db))
            return try await render(request, principal, message: message)
        } catch let errors as FieldErrors {
            return try await render(
                request, principal, status: .unprocessableEntity, errors: errors.fields, failed: failed,
                values: values.compactMapValues { $0 })
        }
    }

    static func actor(_ principal: Principal) -> StaffDirectory.Actor {
        StaffDirectory.Actor(id: principal.auditActorID, label: principal.auditLabel)
    }

    static func id(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw Abort(.notFound)
        }
        return id
    }

    @Sendable func show(_ request: Request) async throws -> HTMLPage {
        try await render(request, try admin(request))
    }

    @Sendable func createAgency(_ request: Request) async throws -> HTMLPage {
        let form = try request.content.decode(AgencyForm.self)
        let values = ["name": form.name, "kind": form.kind, "city": form.city]
        return try await perform(request, failed: .agency, values: values) { principal, directory in
            let city = form.city ?? ""
            guard principal.scope.covers(city) else { throw FieldErrors(["city": "outside your own city"]) }
            let agency = try await directory.createAgency(
                .init(name: form.name ?? "", kind: form.kind ?? "", city: city), by: Self.actor(principal))
            return request.t("admin.agency_created", ["name": agency.name])
        }
    }

    @Sendable func createUser(_ request: Request) async throws -> HTMLPage {
        let form = try request.content.decode(UserForm.self)
        let values = ["name": form.name, "email": form.email, "role": form.role, "agencyID": form.agencyID, "city": form.city]
        return try await perform(request, failed: .user, values: values) { principal, directory in
            let city = form.city ?? ""
            guard principal.scope.covers(city), city != "*" || principal.scope == .all else {
                throw FieldErrors(["city": "outside your own city"])
            }
            _ = try await directory.createUser(
                .init(
                    email: form.email ?? "", name: form.name ?? "", password: form.password ?? "",
                    role: form.role ?? "", agencyID: form.agencyID.flatMap(UUID.init(uuidString:)), city: city),
                by: Self.actor(principal))
            return request.t("admin.user_created")
        }
    }

    @Sendable func changeRole(_ request: Request) async throws -> HTMLPage {
        let form = try request.content.decode(RoleForm.self)
        let id = try Self.id(request)
        return try await perform(request) { principal, directory in
            try await directory.changeRole(userID: id, to: form.role ?? "", scope: principal.scope, by: Self.actor(principal))
            return request.t("admin.role_changed")
        }
    }

    @Sendable func disable(_ request: Request) async throws -> HTMLPage {
        let id = try Self.id(request)
        return try await perform(request) { principal, directory in
            if id == principal.userID { throw FieldErrors(["user": "you cannot disable your own account"]) }
            try await directory.disable(userID: id, scope: principal.scope, by: Self.actor(principal))
            return request.t("admin.user_disabled")
        }
    }

    @Sendable func enable(_ request: Request) async throws -> HTMLPage {
        let id = try Self.id(request)
        return try await perform(request) { principal, directory in
            try await directory.enable(userID: id, scope: principal.scope, by: Self.actor(principal))
            return request.t("admin.user_enabled")
        }
    }

    @Sendable func createToken(_ request: Request) async throws -> HTMLPage {
        let form = try request.content.decode(TokenForm.self)
        let principal = try admin(request)
        do {
            let created = try await StaffDirectory(services: request.cg, database: request.db).createToken(
                name: form.name ?? "", city: form.city ?? "", permissions: form.permissions ?? "",
                scope: principal.scope, by: Self.actor(principal))
            return try await render(request, principal, newToken: created.token)
        } catch let errors as FieldErrors {
            let values = ["name": form.name, "city": form.city, "permissions": form.permissions]
            return try await render(
                request, principal, status: .unprocessableEntity, errors: errors.fields, failed: .token,
                values: values.compactMapValues { $0 })
        }
    }

    @Sendable func revoke(_ request: Request) async throws -> HTMLPage {
        let id = try Self.id(request)
        return try await perform(request) { principal, directory in
            try await directory.revokeToken(id: id, scope: principal.scope, by: Self.actor(principal))
            return request.t("admin.token_revoked")
        }
    }
}
