import Vapor

/// Names and attributes of the cookies this application sets. Vapor's defaults are not safe (not HttpOnly,
/// not Secure, a week long), so every cookie is built here explicitly.
enum Cookies {
    static let session = "cg_session"
    static let csrf = "cg_csrf"
    static let language = "cg_lang"

    /// Whether cookies must be marked `Secure`: when this process serves TLS, or sits behind a TLS proxy.
    static func secure(_ request: Request) -> Bool {
        request.cg.settings.secureCookies || request.application.http.server.configuration.tlsConfiguration != nil
    }

    static func value(_ value: String, request: Request, maxAge: Int? = nil) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: value, expires: nil, maxAge: maxAge, domain: nil, path: "/",
            isSecure: secure(request), isHTTPOnly: true, sameSite: .strict)
    }

    static func expired(request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/",
            isSecure: secure(request), isHTTPOnly: true, sameSite: .strict)
    }
}
