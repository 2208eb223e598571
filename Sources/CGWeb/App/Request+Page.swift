import CGDomain
import Vapor

extension Request {
    /// The interface language: `?lang=` (remembered in a cookie), then the cookie, then `Accept-Language`.
    public var uiLanguage: UILanguage {
        if let query = try? query.get(String.self, at: "lang"), let language = UILanguage(rawValue: query) {
            return language
        }
        if let cookie = cookies[Cookies.language]?.string, let language = UILanguage(rawValue: cookie) {
            return language
        }
        return Localizer.negotiate(acceptLanguage: headers.first(name: .acceptLanguage)) ?? .en
    }

    /// The context every view receives.
    public var page: PageContext {
        var page = PageContext(
            language: uiLanguage, localizer: cg.localizer, path: url.path, csrfToken: csrfToken,
            role: principal?.role, permissions: principal?.permissions ?? [])
        // A GET page's query is its filters; a POST's is not a page to go back to: a form re-rendered after a
        // POST (refused, or done) links the other languages to the page the form is on.
        if method == .GET || method == .HEAD {
            page.query = (URLComponents(string: url.string)?.queryItems ?? []).filter { $0.name != "lang" }
        } else {
            page.languagePath = formPagePath
        }
        return page
    }

    /// The GET page a form posted here belongs to: the longest leading part of the path that a GET route serves
    /// (`/account/password` → `/account`, `/admin/users/{id}/role` → `/admin`, `/triage/reports/{id}/update` →
    /// `/triage/reports/{id}`, `/login` → `/login`); the home page when none does.
    var formPagePath: String {
        let segments = url.path.split(separator: "/").map(String.init)
        let pages = application.routes.all.filter { $0.method == .GET }
            .map { $0.path.filter { $0 != .constant("") } }
        for count in stride(from: segments.count, to: 0, by: -1) {
            let prefix = segments.prefix(count)
            let served = pages.contains { route in
                route.count == count && zip(route, prefix).allSatisfy { component, segment in
                    switch component {
                    case .constant(let name): return name == segment
                    case .parameter, .anything: return true
                    case .catchall: return false
                    }
                }
            }
            if served { return "/" + prefix.joined(separator: "/") }
        }
        return SiteRoute.home.path
    }

    /// The string for `key` in the request's language.
    public func t(_ key: String, _ values: [String: String] = [:]) -> String {
        cg.localizer.text(key, uiLanguage, values)
    }
}

/// A rendered HTML page.
public struct HTMLPage: AsyncResponseEncodable {
    /// The document.
    public var html: String
    /// The status.
    public var status: HTTPStatus

    /// Wraps a rendered document.
    public init(_ html: String, status: HTTPStatus = .ok) {
        self.html = html
        self.status = status
    }

    public func encodeResponse(for request: Request) async throws -> Response {
        Self.response(html, status: status)
    }

    static func response(_ html: String, status: HTTPStatus) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: html))
    }
}

/// Remembers a language chosen with `?lang=` in a cookie.
struct LanguageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if let chosen = try? request.query.get(String.self, at: "lang"), UILanguage(rawValue: chosen) != nil,
            request.cookies[Cookies.language]?.string != chosen
        {
            response.cookies[Cookies.language] = Cookies.value(chosen, request: request, maxAge: 365 * 24 * 3600)
        }
        return response
    }
}
