import CGDomain
import CGSecurity
import CGStorage
import Fluent
import Vapor

/// The signed-in user's account page: their password and second factor.
struct AccountController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(APIOperation.vaporPath(SiteRoute.account.path), use: show)
        routes.post(APIOperation.vaporPath(SiteRoute.accountTOTPEnable.path), use: enable)
        routes.post(APIOperation.vaporPath(SiteRoute.accountTOTPDisable.path), use: disable)
        routes.post(APIOperation.vaporPath(SiteRoute.accountPassword.path), use: changePassword)
    }

    /// The page for the signed-in user: a `message` when a change worked; the reasons per field (`errors`) shown
    /// on the form that failed. `secret` is the set-up key the user was shown, kept so their app's entry still
    /// works after a wrong code; one that is not a valid key (tampered with) is replaced by a fresh one.
    func model(
        _ request: Request, message: String? = nil, errors: [String: String] = [:], failed: AccountPage.Form? = nil,
        secret: String? = nil
    ) async throws -> AccountPage.Model {
        let principal = try request.requireSignedIn()
        guard let userID = principal.userID, let user = try await UserModel.find(userID, on: request.db) else {
            throw Abort(.unauthorized)
        }
        let dto = try StaffDirectory(services: request.cg, database: request.db).dto(user)
        let kept = secret.flatMap { try? CGSecurity.TOTP(base32Secret: $0) }?.base32Secret
        let newSecret = dto.totpEnabled ? nil : (kept ?? Base32.encode(CGSecurity.TOTP.generateSecret(), padding: false))
        let uri = try newSecret.map { try CGSecurity.TOTP(base32Secret: $0).provisioningURI(issuer: "CommonGround", account: dto.email) }
        return AccountPage.Model(
            name: dto.name, email: dto.email, role: dto.role.rawValue, totpEnabled: dto.totpEnabled,
            newSecret: newSecret, provisioningURI: uri, message: message, errors: errors, failedForm: failed)
    }

    @Sendable func show(_ request: Request) async throws -> HTMLPage {
        HTMLPage(AccountPage.render(request.page, try await model(request)))
    }

    @Sendable func enable(_ request: Request) async throws -> HTMLPage {
        let principal = try request.requireSignedIn()
        let secret = Self.field("secret", of: request)
        return try await perform(request, .enable, done: "account.totp_enabled", secret: secret) { auth in
            try await auth.enableTOTP(principal, base32Secret: secret ?? "", code: Self.field("code", of: request) ?? "")
        }
    }

    @Sendable func disable(_ request: Request) async throws -> HTMLPage {
        let principal = try request.requireSignedIn()
        return try await perform(request, .disable, done: "account.totp_disabled") { auth in
            try await auth.disableTOTP(principal, code: Self.field("code", of: request) ?? "")
        }
    }

    @Sendable func changePassword(_ request: Request) async throws -> HTMLPage {
        let principal = try request.requireSignedIn()
        return try await perform(request, .password, done: "account.password_changed") { auth in
            try await auth.changePassword(
                principal, current: Self.field("current", of: request) ?? "", new: Self.field("password", of: request) ?? "",
                again: Self.field("again", of: request) ?? "")
        }
    }

    /// Runs a change of the account and shows the account page again: with the message `done` when it worked;
    /// with 422 and the reasons on `form` when not. Nothing typed comes back: the forms ask only for codes and
    /// passwords.
    func perform(
        _ request: Request, _ form: AccountPage.Form, done: String, secret: String? = nil,
        _ change: (AuthService) async throws -> Void
    ) async throws -> HTMLPage {
        do {
            try await change(AuthService(services: request.cg, database: request.db))
            return HTMLPage(AccountPage.render(request.page, try await model(request, message: request.t(done))))
        } catch let errors as FieldErrors {
            let model = try await model(request, errors: errors.fields, failed: form, secret: secret)
            return HTMLPage(AccountPage.render(request.page, model), status: .unprocessableEntity)
        }
    }

    /// A text field of the posted form; nil when it is missing or not one text (`code[]=…`), which the service
    /// then refuses by name instead of the body being refused as unreadable. Cut at 1,024 characters, as at
    /// login: the password policy refuses anything over 128.
    static func field(_ name: String, of request: Request) -> String? {
        (try? request.content.get(String.self, at: name)).map { String($0.prefix(1_024)) }
    }
}

extension Request {
    /// The signed-in staff member; sends people without a session to the login page.
    func requireSignedIn() throws -> Principal {
        guard let principal, case .session = principal.credential else {
            throw Abort.redirect(to: SiteRoute.login.path)
        }
        return principal
    }
}
