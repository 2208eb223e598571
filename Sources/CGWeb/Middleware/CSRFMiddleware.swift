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
        // Only a cookie of the shape this middleware issues is the browser's token; anything else is replaced.
        let cookieToken = existing.flatMap { SecretToken.isWellFormed($0) ? $0 : nil }
        let anonymousToken = cookieToken ?? SecretToken.generate()
        request.storage[AnonymousCSRFKey.self] = anonymousToken

        if Self.isUnsafe(request.method), !request.url.path.hasPrefix("/api/") {
            try Self.checkProvenance(request)
            // Routes collect their body only after the middleware has run; the token is in the body.
            if request.body.data == nil {
                _ = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get()
            }
            let expected = request.principal?.csrfToken ?? cookieToken
            let submitted = try? request.content.get(String.self, at: Self.fieldName)
            if !Self.tokenMatches(submitted, expected: expected) {
                // Someone whose token went stale (a reporter's phone browser restarted and lost the cookie, an
                // analyst who signed in again in another tab) must not lose what they wrote: a form that keeps its
                // input comes back filled in with a fresh token and a request to send it again, and nothing is
                // stored (its route checks `Request.formExpired` before anything else). The request passed the
                // same-origin check above; every other form is refused.
                guard Self.keepsInputWhenExpired(request) else {
                    throw Abort(.forbidden, reason: "the form has expired or did not come from this site; reload the page and try again")
                }
                request.storage[ExpiredFormKey.self] = true
            }
        }
        let response = try await next.respond(to: request)
        if existing != anonymousToken {
            response.cookies[Cookies.csrf] = Cookies.value(anonymousToken, request: request)
        }
        return response
    }

    /// Whether a form's token is the one expected: both present and non-empty, and equal byte for byte. The bytes
    /// are compared in constant time (`SecretToken.constantTimeEquals`: every byte pair XORed into one
    /// accumulator, no early exit), so the time taken does not tell how much of a guess was right; a token of
    /// another length is refused at once, which tells only the length, and every token is 43 characters.
    static func tokenMatches(_ submitted: String?, expected: String?) -> Bool {
        guard let submitted, let expected, !expected.isEmpty else { return false }
        return SecretToken.constantTimeEquals(submitted, expected)
    }

    /// The forms that come back filled in when their token no longer matches: the public report form and the
    /// report's follow-up form signed out (an anonymous report or message gains nothing from a forgery that the
    /// open JSON API does not already allow), and an analyst's alert subscription signed in (the page shown is the
    /// analyst's own, to the analyst's own browser).
    static func keepsInputWhenExpired(_ request: Request) -> Bool {
        let path = request.url.path
        guard request.principal == nil else { return path == AnalysisRoute.subscribe.path }
        if path == SiteRoute.report.path { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 4 && path.hasPrefix(SiteRoute.reportFollowUp(token: "").path) && !parts[3].isEmpty
    }

    /// Why a filled-in form came back unsent: its token no longer matched the browser's.
    static let expiredFormReason = "the form had expired: check your answers and send it again"

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

/// Set on a form that keeps its input (`CSRFMiddleware.keepsInputWhenExpired`) whose token did not match: it is
/// shown again, filled in, and nothing is stored.
struct ExpiredFormKey: StorageKey {
    typealias Value = Bool
}

extension Request {
    /// Whether this post is a form whose token no longer matched: its route must store nothing and show the form
    /// again, filled in, with `CSRFMiddleware.expiredFormReason`.
    var formExpired: Bool { storage[ExpiredFormKey.self] == true }

    /// The token that forms on this page must carry.
    public var csrfToken: String {
        principal?.csrfToken ?? storage[AnonymousCSRFKey.self] ?? ""
    }
}
