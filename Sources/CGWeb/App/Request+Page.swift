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
        // A GET page's query is its filters; a POST's is not a page to go back to.
        if method == .GET { page.query = (URLComponents(string: url.string)?.queryItems ?? []).filter { $0.name != "lang" } }
        return page
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
