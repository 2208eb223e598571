import CGDomain
import CGGeo
import CGSecurity
import CGStorage
import Fluent
import Foundation
import Vapor

/// A staff account as shown to administrators: personal fields opened, nothing secret.
public struct StaffUserDTO: Content, Sendable, Equatable {
    public var id: UUID
    public var email: String
    public var name: String
    public var role: Role
    public var agencyID: UUID
    public var city: String
    public var totpEnabled: Bool
    public var disabled: Bool
}

/// An agency as the API shows it.
public struct AgencyDTO: Content, Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var kind: AgencyKind
    public var city: String
}

/// An API token as listed (never its secret).
public struct APITokenDTO: Content, Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var city: String
    public var permissions: [String]
    public var createdAt: Date
    public var revokedAt: Date?
    public var lastUsedAt: Date?
    /// True while the staff member who created the token is disabled: the token is suspended (401, its
    /// subscriptions deliver nothing) until they are enabled again.
    public var creatorDisabled: Bool = false
}

/// Creates and manages agencies, staff accounts and API tokens, with every change audited in the same
/// transaction.
public struct StaffDirectory: Sendable {
    let services: AppServices
    let hashing: PasswordHashing
    let database: any Database

    /// Creates the directory over a database.
    public init(services: AppServices, database: any Database) {
        self.services = services
        self.hashing = PasswordHashing(cost: services.settings.bcryptCost)
        self.database = database
    }

    /// Input for a new agency.
    public struct NewAgency: Content, Sendable {
        public var name: String
        public var kind: String
        public var city: String

        public init(name: String, kind: String, city: String) {
            self.name = name
            self.kind = kind
            self.city = city
        }
    }

    /// Input for a new staff account.
    public struct NewUser: Content, Sendable {
        public var email: String
        public var name: String
        public var password: String
        public var role: String
        public var agencyID: UUID?
        public var city: String

        public init(email: String, name: String, password: String, role: String, agencyID: UUID?, city: String) {
            self.email = email
            self.name = name
            self.password = password
            self.role = role
            self.agencyID = agencyID
            self.city = city
        }
    }

    /// The actor of a change, for the audit trail.
    public struct Actor: Sendable {
        public var id: String?
        public var label: String

        public init(id: String?, label: String) {
            self.id = id
            self.label = label
        }

        /// The command line, acting for whoever runs it on the server.
        public static let commandLine = Actor(id: nil, label: "command line")
    }

    static func validateCity(_ city: String, into errors: inout FieldErrors, field: String = "city") {
        if city != "*" && CityPacks.pack(id: city) == nil {
            let known = CityPacks.all.map(\.id).joined(separator: ", ")
            errors.add(field, "unknown city '\(city)'; one of: \(known)")
        }
    }

    /// Creates an agency.
    public func createAgency(_ input: NewAgency, by actor: Actor) async throws -> AgencyDTO {
        var errors = FieldErrors()
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors.add("name", "is required") }
        if name.count > 200 { errors.add("name", "must be at most 200 characters") }
        let kind = AgencyKind(rawValue: input.kind)
        if kind == nil {
            errors.add("kind", "must be one of: \(AgencyKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if input.city == "*" { errors.add("city", "an agency belongs to one city") }
        Self.validateCity(input.city, into: &errors)
        try errors.throwIfAny()
        if try await AgencyModel.query(on: database).filter(\.$cityID == input.city).filter(\.$name == name).first()
            != nil
        {
            throw FieldErrors(["name": "an agency with this name already exists in this city"])
        }
        let now = services.clock.now()
        let model = AgencyModel(id: UUID(), name: name, kind: input.kind, cityID: input.city, createdAt: now)
        try await services.audit.transaction(on: database) { tx, audit in
            try await model.create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .agencyCreated, recordType: "agency",
                    recordID: model.id?.uuidString, cityID: input.city))
        }
        return try model.dto()
    }

    /// Lists agencies within a scope.
    public func agencies(in scope: CityScope) async throws -> [AgencyDTO] {
        var query = AgencyModel.query(on: database).sort(\.$cityID).sort(\.$name)
        if case .city(let id) = scope { query = query.filter(\.$cityID == id) }
        return try await query.all().map { try $0.dto() }
    }

    /// Creates a staff account. The password must satisfy the password policy; the agency must be in the
    /// user's city (installation administrators, city `*`, may belong to any agency).
    public func createUser(_ input: NewUser, by actor: Actor) async throws -> StaffUserDTO {
        var errors = FieldErrors()
        let email = AppServices.normalisedEmail(input.email)
        if email.count > 254 || !EmailAddress.isPlausible(email) { errors.add("email", "must be an e-mail address") }
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors.add("name", "is required") }
        if name.count > 200 { errors.add("name", "must be at most 200 characters") }
        let problems = PasswordPolicy.standard.validate(input.password, accountDetails: [email, name])
        if let first = problems.first { errors.add("password", first.message) }
        let role = Role(rawValue: input.role)
        if role == nil { errors.add("role", "must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))") }
        Self.validateCity(input.city, into: &errors)
        var agency: AgencyModel?
        if let agencyID = input.agencyID {
            agency = try await AgencyModel.find(agencyID, on: database)
            if agency == nil { errors.add("agencyID", "no such agency") }
        } else {
            errors.add("agencyID", "is required")
        }
        if let agency, input.city != "*", agency.cityID != input.city {
            errors.add("agencyID", "the agency is in another city")
        }
        if input.city == "*" && role != .admin { errors.add("city", "only administrators may act in every city") }
        try errors.throwIfAny()
        let digest = services.emailDigest(email)
        if try await UserModel.query(on: database).filter(\.$emailDigest == digest).first() != nil {
            throw FieldErrors(["email": "an account with this e-mail address already exists"])
        }
        guard let role, let agencyID = agency?.id else { throw FieldErrors(["role": "is required"]) }
        let passwordHash = try await hashing.hash(input.password)
        let id = UUID()
        let cipher = services.cipher
        let model = UserModel(
            id: id, emailDigest: digest,
            emailSealed: try cipher.seal(email, binding: FieldBinding(table: "users", field: "email", recordID: id.uuidString)),
            nameSealed: try cipher.seal(name, binding: FieldBinding(table: "users", field: "name", recordID: id.uuidString)),
            role: role.rawValue, agencyID: agencyID, cityScope: input.city, passwordHash: passwordHash,
            createdAt: services.clock.now())
        try await services.audit.transaction(on: database) { tx, audit in
            try await model.create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .userCreated, recordType: "user",
                    recordID: id.uuidString, cityID: input.city == "*" ? nil : input.city,
                    detail: "role=\(role.rawValue)"))
        }
        return try dto(model)
    }

    /// Lists staff accounts within a scope, with their personal fields opened for the administrator. Opening
    /// sealed personal data is a sensitive read, so the listing is audited.
    public func users(in scope: CityScope, readBy actor: Actor) async throws -> [StaffUserDTO] {
        var query = UserModel.query(on: database).sort(\.$createdAt)
        if case .city(let id) = scope { query = query.filter(\.$cityScope == id) }
        let models = try await query.all()
        try await services.audit.record(
            AuditEvent(
                actorID: actor.id, actorLabel: actor.label, action: .recordRead, recordType: "user_list",
                cityID: scope == .all ? nil : scope.stored, detail: "count=\(models.count)"),
            on: database)
        return try models.map(dto)
    }

    /// Changes a user's role (a permission change, audited).
    public func changeRole(userID: UUID, to roleName: String, scope: CityScope, by actor: Actor) async throws {
        guard let role = Role(rawValue: roleName) else {
            throw FieldErrors(["role": "must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))"])
        }
        let user = try await user(userID, in: scope)
        if user.cityScope == "*" && role != .admin {
            throw FieldErrors(["role": "an installation administrator must keep the admin role"])
        }
        let previous = user.role
        user.role = role.rawValue
        try await services.audit.transaction(on: database) { tx, audit in
            try await user.update(on: tx)
            // Sessions carry the role they were opened with; a permission change ends them.
            try await StaffSessionModel.query(on: tx).filter(\.$user.$id == userID).delete()
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .userRoleChanged, recordType: "user",
                    recordID: userID.uuidString, cityID: user.cityScope == "*" ? nil : user.cityScope,
                    detail: "\(previous)->\(role.rawValue)"))
        }
    }

    /// Disables a user and ends their sessions. The API tokens they created are suspended, not revoked: they
    /// get 401 and their subscriptions deliver nothing while the user stays disabled.
    public func disable(userID: UUID, scope: CityScope, by actor: Actor) async throws {
        try await setDisabled(true, userID: userID, scope: scope, by: actor)
    }

    /// Enables a disabled user again: they may log in, and the API tokens they created (unless revoked) and
    /// their subscriptions work again, as nothing was deleted.
    public func enable(userID: UUID, scope: CityScope, by actor: Actor) async throws {
        try await setDisabled(false, userID: userID, scope: scope, by: actor)
    }

    func setDisabled(_ disabled: Bool, userID: UUID, scope: CityScope, by actor: Actor) async throws {
        let user = try await user(userID, in: scope)
        if user.disabled == disabled { return }
        user.disabled = disabled
        try await services.audit.transaction(on: database) { tx, audit in
            try await user.update(on: tx)
            if disabled { try await StaffSessionModel.query(on: tx).filter(\.$user.$id == userID).delete() }
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: disabled ? .userDisabled : .userEnabled,
                    recordType: "user", recordID: userID.uuidString, cityID: user.cityScope == "*" ? nil : user.cityScope))
        }
    }

    /// Creates an API token and returns its secret, which is shown once and never stored.
    public func createToken(
        name: String, city: String, permissions: String, scope: CityScope, by actor: Actor
    ) async throws -> (token: String, dto: APITokenDTO) {
        var errors = FieldErrors()
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed.count > 100 { errors.add("name", "is required (at most 100 characters)") }
        Self.validateCity(city, into: &errors)
        if !scope.covers(city) || (city == "*" && scope != .all) {
            errors.add("city", "outside your own city")
        }
        var granted: Set<Permission> = []
        switch Permission.parseList(permissions) {
        case .success(let set) where !set.isEmpty: granted = set
        case .success: errors.add("permissions", "name at least one permission")
        case .failure(let failure): errors.fields.merge(failure.fields) { first, _ in first }
        }
        try errors.throwIfAny()
        let secret = "cgt_" + SecretToken.generate()
        let id = UUID()
        let stored = granted.sorted().map(\.rawValue).joined(separator: ",")
        let model = APITokenModel(
            id: id, name: trimmed, tokenDigest: SecretToken.digest(secret), cityScope: city, permissions: stored,
            createdBy: actor.id.flatMap { UUID(uuidString: $0.replacingOccurrences(of: "user:", with: "")) },
            createdAt: services.clock.now())
        try await services.audit.transaction(on: database) { tx, audit in
            try await model.create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .apiTokenCreated, recordType: "api_token",
                    recordID: id.uuidString, cityID: city == "*" ? nil : city, detail: "permissions=\(stored)"))
        }
        return (secret, model.dto())
    }

    /// Lists API tokens within a scope, each marked when its creator is disabled (suspended).
    public func tokens(in scope: CityScope) async throws -> [APITokenDTO] {
        var query = APITokenModel.query(on: database).sort(\.$createdAt)
        if case .city(let id) = scope { query = query.filter(\.$cityScope == id) }
        let tokens = try await query.all()
        let creators = Array(Set(tokens.compactMap(\.createdBy)))
        let disabled = creators.isEmpty
            ? []
            : Set(try await UserModel.query(on: database).filter(\.$id ~~ creators).filter(\.$disabled == true).all(\.$id))
        return tokens.map { token in
            var dto = token.dto()
            dto.creatorDisabled = token.createdBy.map(disabled.contains) ?? false
            return dto
        }
    }

    /// Revokes an API token.
    public func revokeToken(id: UUID, scope: CityScope, by actor: Actor) async throws {
        guard let token = try await APITokenModel.find(id, on: database), scope.covers(token.cityScope) || scope == .all
        else { throw Abort(.notFound, reason: "no such token") }
        if token.revokedAt != nil { return }
        token.revokedAt = services.clock.now()
        try await services.audit.transaction(on: database) { tx, audit in
            try await token.update(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .apiTokenRevoked, recordType: "api_token",
                    recordID: id.uuidString, cityID: token.cityScope == "*" ? nil : token.cityScope))
        }
    }

    func user(_ id: UUID, in scope: CityScope) async throws -> UserModel {
        guard let user = try await UserModel.find(id, on: database),
            scope == .all || scope.covers(user.cityScope)
        else { throw Abort(.notFound, reason: "no such user") }
        return user
    }

    func dto(_ model: UserModel) throws -> StaffUserDTO {
        let id = try model.requireID()
        let cipher = services.cipher
        return StaffUserDTO(
            id: id,
            email: try cipher.open(model.emailSealed, binding: FieldBinding(table: "users", field: "email", recordID: id.uuidString)),
            name: try cipher.open(model.nameSealed, binding: FieldBinding(table: "users", field: "name", recordID: id.uuidString)),
            role: Role(rawValue: model.role) ?? .analyst,
            agencyID: model.$agency.id,
            city: model.cityScope,
            totpEnabled: model.totpSecretSealed != nil,
            disabled: model.disabled)
    }
}

extension AgencyModel {
    func dto() throws -> AgencyDTO {
        AgencyDTO(id: try requireID(), name: name, kind: AgencyKind(rawValue: kind) ?? .cityCouncil, city: cityID)
    }
}

extension APITokenModel {
    func dto() -> APITokenDTO {
        APITokenDTO(
            id: id ?? UUID(), name: name, city: cityScope,
            permissions: permissions.split(separator: ",").map(String.init), createdAt: createdAt,
            revokedAt: revokedAt, lastUsedAt: lastUsedAt)
    }
}
