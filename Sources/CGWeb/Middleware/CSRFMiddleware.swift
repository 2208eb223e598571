import CGSecurity
import Vapor

/// Cross-site request forgery protection for every state-changing form (Vapor ships none).
///
/// Two independent checks: the browser's own provenance headers (`Origin`, `Sec-Fetch-Site`) must name this
/// site, and the form must carry the token of the session (or, before login, the token of the `cg_csrf`
/// cookie). The JSON API is exempt: it authenticates with bearer tokens, which a foreign page cannot send.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let existing = request.cookies[Cookies.csrf]?.string
        let anonymousToken = existing.flatMap { $0.count >= 32 ? $0 : nil } ?? SecretToken.generate()
        request.storage[AnonymousCSRFKey.self] = anonymousToken

        if Self.isUnsafe(request.method), !request.url.path.hasPrefix("/api/") {
            try Self.checkProvenance(request)
            // Routes collect their body only after the middleware has run; the token is in the body.
            if request.body.data == nil {
                _ = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get()
            }
            let expected = request.principal?.csrfToken ?? existing
            let submitted = try? request.content.get(String.self, at: Self.fieldName)
            if expected == nil || submitted == nil || !SecretToken.constantTimeEquals(expected ?? "", submitted ?? "") {
                // A reporter whose cookie was lost (a phone's browser restarted, the tab restored later) must not
                // lose what they wrote: the public form comes back filled in with a fresh token and nothing is
                // stored (`ReportController.submitForm`). The request passed the same-origin check above, and an
                // anonymous report gains nothing from a forgery that the open JSON API does not already allow.
                guard request.principal == nil, request.url.path == SiteRoute.report.path else {
                    throw Abort(.forbidden, reason: "the form has expired or did not come from this site; reload the page and try again")
                }
                request.storage[ExpiredReportFormKey.self] = true
            }
        }
        let response = try await next.respond(to: request)
        if existing != anonymousToken {
            response.cookies[Cookies.csrf] = Cookies.value(anonymousToken, request: request)
        }
        return response
    }

    static func isUnsafe(_ method: HTTPMethod) -> Bool {
        ![.GET, .HEAD, .OPTIONS].contains(method)
    }

    static func checkProvenance(_ request: Request) throws {
        if let site = request.headers.first(name: "Sec-Fetch-Site"), site != "same-origin", site != "none" {
            throw Abort(.forbidden, reason: "cross-site form submissions are refused")
        }
        if let origin = request.headers.first(name: .origin), origin != "null" {
            let host = request.headers.first(name: .host) ?? ""
            guard let originHost = URLComponents(string: origin)?.host else {
                throw Abort(.forbidden, reason: "cross-site form submissions are refused")
            }
            let originPort = URLComponents(string: origin)?.port.map { ":\($0)" } ?? ""
            guard host == originHost + originPort || host == originHost else {
                throw Abort(.forbidden, reason: "cross-site form submissions are refused")
            }
        }
    }
}

struct AnonymousCSRFKey: StorageKey {
    typealias Value = String
}

/// Set on a public report form whose token did not match: it is shown again, filled in, and not stored.
struct ExpiredReportFormKey: StorageKey {
    typealias Value = Bool
}

extension Request {
    /// The token that forms on this page must carry.
    public var csrfToken: String {
        principal?.csrfToken ?? storage[AnonymousCSRFKey.self] ?? ""
    }
}
