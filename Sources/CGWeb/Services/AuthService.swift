import CGDomain
import CGSecurity
import CGStorage
import Fluent
import Foundation
import Vapor

/// Logs staff in and out: throttling, password and second-factor checks, session creation — each outcome
/// audited in the same transaction as its effect.
public struct AuthService: Sendable {
    let services: AppServices
    let database: any Database
    let hashing: PasswordHashing

    /// Creates the service over a database.
    public init(services: AppServices, database: any Database) {
        self.services = services
        self.database = database
        self.hashing = PasswordHashing(cost: services.settings.bcryptCost)
    }

    /// What a login attempt came to.
    public enum Outcome: Sendable, Equatable {
        /// Logged in; the secret for the session cookie.
        case success(sessionToken: String, userID: UUID)
        /// Wrong e-mail, password or code (deliberately not saying which).
        case invalid
        /// The account has a second factor and no code was given.
        case needsCode
        /// Too many failures; try again after this many seconds.
        case throttled(retryAfter: Int)
    }

    /// Tries to log in.
    public func login(email: String, password: String, code: String?, client: String?) async throws -> Outcome {
        let now = services.clock.now()
        let accountKey = services.emailDigest(email)
        if let retryAfter = try await lockedFor(accountKey: accountKey, now: now) {
            try await services.audit.record(
                AuditEvent(
                    actorID: nil, actorLabel: "login attempt", action: .loginThrottled, recordType: "account",
                    recordID: String(accountKey.prefix(16)), detail: client.map { "client=\($0)" }),
                on: database)
            return .throttled(retryAfter: retryAfter)
        }
        let user = try await UserModel.query(on: database).filter(\.$emailDigest == accountKey).first()
        var passwordOK = false
        if let user, !user.disabled {
            passwordOK = try await hashing.verify(password, hash: user.passwordHash)
        } else {
            try await hashing.verifyDecoy(password)
        }
        var matchedStep: Int64?
        if passwordOK, let user, let sealed = user.totpSecretSealed {
            guard let code, !code.isEmpty else { return .needsCode }
            let secret = try services.cipher.open(sealed, binding: Self.totpBinding(user))
            let totp = try CGSecurity.TOTP(base32Secret: secret)
            guard let step = totp.matchingStep(for: code, at: now, window: 1, after: user.totpLastStep) else {
                return try await recordFailure(
                    accountKey: accountKey, userID: user.id, now: now, client: client, secondFactor: true)
            }
            matchedStep = step
        }
        guard passwordOK, let user, let userID = user.id else {
            return try await recordFailure(accountKey: accountKey, userID: user?.id, now: now, client: client)
        }
        let token = SecretToken.generate()
        let session = StaffSessionModel(
            id: UUID(), tokenDigest: SecretToken.digest(token), userID: userID, csrfToken: SecretToken.generate(),
            createdAt: now)
        let step = matchedStep
        try await services.audit.transaction(on: database) { tx, audit in
            try await session.create(on: tx)
            if let matchedStep = step {
                user.totpLastStep = matchedStep
                try await user.update(on: tx)
            }
            try await LoginFailureModel.query(on: tx).filter(\.$accountKey == accountKey).delete()
            try await audit.record(
                AuditEvent(
                    actorID: "user:\(userID.uuidString)", actorLabel: "\(user.role) \(userID.uuidString)",
                    action: .loginSucceeded, recordType: "user", recordID: userID.uuidString,
                    cityID: user.cityScope == "*" ? nil : user.cityScope, detail: client.map { "client=\($0)" }))
        }
        return .success(sessionToken: token, userID: userID)
    }

    /// Seconds until the account's login lock lets one more attempt through; nil when it is not locked. The one
    /// lock counts wrong passwords and wrong second-factor codes, at login and on the account page's forms.
    func lockedFor(accountKey: String, now: Date) async throws -> Int? {
        let failures = try await LoginFailureModel.query(on: database)
            .filter(\.$accountKey == accountKey)
            .filter(\.$occurredAt > now.addingTimeInterval(-services.throttle.window))
            .all().map(\.occurredAt)
        guard case .locked(let retryAfter) = services.throttle.decide(failureTimes: failures, now: now) else { return nil }
        return max(1, Int(retryAfter.rounded(.up)))
    }

    /// Counts a failed attempt against the account's login lock and audits it as a failed login; a wrong
    /// second-factor code after a right password says so in the entry's detail (`factor=totp`).
    private func recordFailure(
        accountKey: String, userID: UUID?, now: Date, client: String?, secondFactor: Bool = false
    ) async throws -> Outcome {
        let detail = [client.map { "client=\($0)" }, secondFactor ? "factor=totp" : nil].compactMap { $0 }
        try await services.audit.transaction(on: database) { tx, audit in
            try await LoginFailureModel(id: UUID(), accountKey: accountKey, occurredAt: now).create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: nil, actorLabel: "login attempt", action: .loginFailed,
                    recordType: userID == nil ? "account" : "user",
                    recordID: userID?.uuidString ?? String(accountKey.prefix(16)),
                    detail: detail.isEmpty ? nil : detail.joined(separator: " ")))
        }
        return .invalid
    }

    /// Why a form of the account page is refused while the login lock holds.
    static func lockedReason(_ seconds: Int) -> String {
        "too many wrong passwords or codes; try again in \(seconds) seconds"
    }

    /// Ends a session.
    public func logout(_ principal: Principal) async throws {
        guard case .session(let sessionID, _) = principal.credential else { return }
        try await services.audit.transaction(on: database) { tx, audit in
            try await StaffSessionModel.query(on: tx).filter(\.$id == sessionID).delete()
            try await audit.record(
                AuditEvent(
                    actorID: principal.auditActorID, actorLabel: principal.auditLabel, action: .logout,
                    recordType: "user", recordID: principal.userID?.uuidString))
        }
    }

    /// Why a second-factor code was refused (enabling and disabling alike).
    static let codeMismatch = "does not match; check the time on your device and enter the current code"

    /// Turns on the second factor after the user proved they hold the secret by entering a current code. Refused
    /// while it is on: replacing the secret needs the current one (turn it off with a code first), or a stolen
    /// session could move the second factor to another device.
    public func enableTOTP(_ principal: Principal, base32Secret: String, code: String) async throws {
        guard let userID = principal.userID, let user = try await UserModel.find(userID, on: database) else {
            throw Abort(.unauthorized)
        }
        guard user.totpSecretSealed == nil else {
            throw FieldErrors(["secret": "two-step verification is already on; turn it off before setting it up again"])
        }
        let totp: CGSecurity.TOTP
        do { totp = try CGSecurity.TOTP(base32Secret: base32Secret) } catch {
            throw FieldErrors(["secret": "the set-up key was not valid; add the new key shown here to your app and enter its code"])
        }
        try Self.requireCode(code)
        guard let step = totp.matchingStep(for: code, at: services.clock.now(), window: 1) else {
            throw FieldErrors(["code": Self.codeMismatch])
        }
        user.totpSecretSealed = try services.cipher.seal(
            totp.base32Secret, binding: Self.totpBinding(user))
        user.totpLastStep = step
        try await services.audit.transaction(on: database) { tx, audit in
            try await user.update(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: principal.auditActorID, actorLabel: principal.auditLabel, action: .totpEnabled,
                    recordType: "user", recordID: userID.uuidString))
        }
    }

    /// Turns off the second factor; needs a current code. A wrong code counts as a failed login of the account
    /// and the login lock applies here too, so a stolen session cannot guess the six digits through this form
    /// (while locked, even the right code is refused).
    public func disableTOTP(_ principal: Principal, code: String) async throws {
        guard let userID = principal.userID, let user = try await UserModel.find(userID, on: database),
            let sealed = user.totpSecretSealed
        else { throw FieldErrors(["code": "two-step verification is already off"]) }
        let now = services.clock.now()
        if let seconds = try await lockedFor(accountKey: user.emailDigest, now: now) {
            throw FieldErrors(["code": Self.lockedReason(seconds)])
        }
        try Self.requireCode(code)
        let totp = try CGSecurity.TOTP(base32Secret: try services.cipher.open(sealed, binding: Self.totpBinding(user)))
        guard totp.matchingStep(for: code, at: now, window: 1, after: user.totpLastStep) != nil else {
            _ = try await recordFailure(accountKey: user.emailDigest, userID: userID, now: now, client: nil, secondFactor: true)
            throw FieldErrors(["code": Self.codeMismatch])
        }
        user.totpSecretSealed = nil
        user.totpLastStep = nil
        try await services.audit.transaction(on: database) { tx, audit in
            try await user.update(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: principal.auditActorID, actorLabel: principal.auditLabel, action: .totpDisabled,
                    recordType: "user", recordID: userID.uuidString))
        }
    }

    /// Changes the signed-in user's password: the current one, then the new one twice. The new one must satisfy
    /// the password policy and differ from the current one. A wrong current password counts as a failed login of
    /// the account, and the login lock applies here too, so a stolen session cannot guess the password through
    /// this form. The user's other sessions end; this one stays.
    public func changePassword(_ principal: Principal, current: String, new: String, again: String) async throws {
        guard let userID = principal.userID, let user = try await UserModel.find(userID, on: database), !user.disabled
        else { throw Abort(.unauthorized) }
        let now = services.clock.now()
        if let seconds = try await lockedFor(accountKey: user.emailDigest, now: now) {
            throw FieldErrors(["current": Self.lockedReason(seconds)])
        }
        var errors = FieldErrors()
        let account = try StaffDirectory(services: services, database: database).dto(user)
        if let problem = PasswordPolicy.standard.validate(new, accountDetails: [account.email, account.name]).first {
            errors.add("password", problem.message)
        }
        if again != new { errors.add("again", "does not match the new password") }
        if current.isEmpty {
            errors.add("current", "is required")
        } else if !(try await hashing.verify(current, hash: user.passwordHash)) {
            _ = try await recordFailure(accountKey: user.emailDigest, userID: userID, now: now, client: nil)
            errors.add("current", "is not your current password")
        } else if new == current {
            errors.add("password", "must differ from the current password")
        }
        try errors.throwIfAny()
        user.passwordHash = try await hashing.hash(new)
        let keep: UUID?
        if case .session(let sessionID, _) = principal.credential { keep = sessionID } else { keep = nil }
        try await services.audit.transaction(on: database) { tx, audit in
            try await user.update(on: tx)
            // Whoever else holds a session of this account (a forgotten browser, a thief) is signed out.
            var others = StaffSessionModel.query(on: tx).filter(\.$user.$id == userID)
            if let keep { others = others.filter(\.$id != keep) }
            try await others.delete()
            try await audit.record(
                AuditEvent(
                    actorID: principal.auditActorID, actorLabel: principal.auditLabel, action: .userPasswordChanged,
                    recordType: "user", recordID: userID.uuidString))
        }
    }

    /// Refuses an empty code by name, before it is compared.
    static func requireCode(_ code: String) throws {
        if code.allSatisfy(\.isWhitespace) { throw FieldErrors(["code": "is required"]) }
    }

    static func totpBinding(_ user: UserModel) -> FieldBinding {
        FieldBinding(table: "users", field: "totp_secret", recordID: user.id?.uuidString ?? "")
    }
}
