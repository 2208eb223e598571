import CGDomain
import CGSecurity
import CGStorage
import Fluent
import Vapor

/// The signed-in user's account page and second factor.
struct AccountController {
    struct CodeForm: Content {
        var code: String?
        var secret: String?
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(APIOperation.vaporPath(SiteRoute.account.path), use: show)
        routes.post(APIOperation.vaporPath(SiteRoute.accountTOTPEnable.path), use: enable)
        routes.post(APIOperation.vaporPath(SiteRoute.accountTOTPDisable.path), use: disable)
    }

    func model(_ request: Request, message: String? = nil, error: String? = nil, secret: String? = nil) async throws
        -> AccountPage.Model
    {
        let principal = try request.requireSignedIn()
        guard let userID = principal.userID, let user = try await UserModel.find(userID, on: request.db) else {
            throw Abort(.unauthorized)
        }
        let dto = try StaffDirectory(services: request.cg, database: request.db).dto(user)
        let newSecret = dto.totpEnabled ? nil : (secret ?? Base32.encode(CGSecurity.TOTP.generateSecret(), padding: false))
        let uri = try newSecret.map { try CGSecurity.TOTP(base32Secret: $0).provisioningURI(issuer: "CommonGround", account: dto.email) }
        return AccountPage.Model(
            name: dto.name, email: dto.email, role: dto.role.rawValue, totpEnabled: dto.totpEnabled,
            newSecret: newSecret, provisioningURI: uri, message: message, error: error)
    }

    @Sendable func show(_ request: Request) async throws -> HTMLPage {
        HTMLPage(AccountPage.render(request.page, try await model(request)))
    }

    @Sendable func enable(_ request: Request) async throws -> HTMLPage {
        let principal = try request.requireSignedIn()
        let form = try request.content.decode(CodeForm.self)
        do {
            try await AuthService(services: request.cg, database: request.db)
                .enableTOTP(principal, base32Secret: form.secret ?? "", code: form.code ?? "")
            return HTMLPage(AccountPage.render(request.page, try await model(request, message: request.t("account.totp_enabled"))))
        } catch let errors as FieldErrors {
            return HTMLPage(
                AccountPage.render(request.page, try await model(request, error: errors.summary, secret: form.secret)),
                status: .unprocessableEntity)
        }
    }

    @Sendable func disable(_ request: Request) async throws -> HTMLPage {
        let principal = try request.requireSignedIn()
        let form = try request.content.decode(CodeForm.self)
        do {
            try await AuthService(services: request.cg, database: request.db)
                .disableTOTP(principal, code: form.code ?? "")
            return HTMLPage(AccountPage.render(request.page, try await model(request, message: request.t("account.totp_disabled"))))
        } catch let errors as FieldErrors {
            return HTMLPage(
                AccountPage.render(request.page, try await model(request, error: errors.summary)),
                status: .unprocessableEntity)
        }
    }
}

/// Validation errors as one line for a page.
extension FieldErrors {
    var summary: String { fields.sorted { $0.key < $1.key }.map(\.value).joined(separator: "; ") }
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
