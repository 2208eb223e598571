import CGDomain
import CGGeo
import Vapor

/// The home page, login and logout.
struct AuthController {
    struct LoginForm: Content {
        var email: String?
        var password: String?
        var code: String?
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(.constant(""), use: home)
        routes.get(APIOperation.vaporPath(SiteRoute.login.path), use: loginPage)
        routes.post(APIOperation.vaporPath(SiteRoute.login.path), use: login)
        routes.post(APIOperation.vaporPath(SiteRoute.logout.path), use: logout)
    }

    @Sendable func home(_ request: Request) async throws -> HTMLPage {
        let model = HomePage.Model(
            cities: CityPacks.all.map { ($0.id, $0.englishName, $0.areas.count) },
            isDemo: request.cg.settings.isDemo)
        return HTMLPage(HomePage.render(request.page, model))
    }

    @Sendable func loginPage(_ request: Request) async throws -> Response {
        if request.principal != nil { return request.redirect(to: SiteRoute.home.path, redirectType: .normal) }
        return try await HTMLPage(LoginPage.render(request.page, .init())).encodeResponse(for: request)
    }

    @Sendable func login(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LoginForm.self)
        let email = String((form.email ?? "").prefix(254))
        let password = String((form.password ?? "").prefix(1024))
        let auth = AuthService(services: request.cg, database: request.db)
        let outcome = try await auth.login(
            email: email, password: password, code: form.code?.trimmingCharacters(in: .whitespaces),
            client: request.remoteAddress?.ipAddress)
        switch outcome {
        case .success(let token, _):
            let response = request.redirect(to: SiteRoute.home.path, redirectType: .normal)
            response.cookies[Cookies.session] = Cookies.value(
                token, request: request, maxAge: Int(request.cg.settings.sessionAbsoluteTimeout))
            return response
        case .needsCode:
            return try await HTMLPage(
                LoginPage.render(request.page, .init(email: email, message: request.t("login.code_needed"), askForCode: true)),
                status: .unauthorized
            ).encodeResponse(for: request)
        case .invalid:
            return try await HTMLPage(
                LoginPage.render(request.page, .init(email: email, message: request.t("login.invalid"))),
                status: .unauthorized
            ).encodeResponse(for: request)
        case .throttled(let seconds):
            let response = try await HTMLPage(
                LoginPage.render(
                    request.page,
                    .init(email: email, message: request.t("login.throttled", ["minutes": String((seconds + 59) / 60)]))),
                status: .tooManyRequests
            ).encodeResponse(for: request)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return response
        }
    }

    @Sendable func logout(_ request: Request) async throws -> Response {
        if let principal = request.principal {
            try await AuthService(services: request.cg, database: request.db).logout(principal)
            request.auth.logout(Principal.self)
        }
        let response = request.redirect(to: SiteRoute.login.path, redirectType: .normal)
        response.cookies[Cookies.session] = Cookies.expired(request: request)
        return response
    }
}
