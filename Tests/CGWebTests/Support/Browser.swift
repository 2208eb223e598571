import Foundation
import VaporTesting

/// A minimal browser over real HTTP: keeps cookies, reads the form token from the last page, and sends
/// same-origin form posts the way a browser does.
final class Browser: @unchecked Sendable {
    // Used by one test task at a time.
    let app: TestApp
    private(set) var cookies: [String: String] = [:]
    private(set) var lastBody = ""

    init(_ app: TestApp) { self.app = app }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> ClientResponse {
        var all = headers
        addCookies(&all)
        let response = try await app.send(.GET, path, headers: all)
        absorb(response)
        return response
    }

    /// Posts a form with the current CSRF token (unless `csrf` is given), as a same-origin browser does.
    @discardableResult
    func post(
        _ path: String, _ fields: [String: String], csrf: String? = nil, headers: HTTPHeaders = [:],
        includeToken: Bool = true
    ) async throws -> ClientResponse {
        var all = headers
        addCookies(&all)
        all.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        if !all.contains(name: .origin) { all.replaceOrAdd(name: .origin, value: app.baseURL) }
        if !all.contains(name: "Sec-Fetch-Site") { all.replaceOrAdd(name: "Sec-Fetch-Site", value: "same-origin") }
        var form = fields
        if includeToken { form["_csrf"] = csrf ?? formToken ?? cookies["cg_csrf"] ?? "" }
        let body = form.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        let response = try await app.send(.POST, path, headers: all, body: ByteBuffer(string: body))
        absorb(response)
        return response
    }

    /// Submits the last page's form with this action (and method) as a person does: the fields they
    /// leave untouched go as the page set them, `filled` on top (see `BrowserForm`).
    @discardableResult
    func submit(_ action: String, method: String? = nil, filling filled: [String: String] = [:]) async throws
        -> ClientResponse
    {
        guard let form = BrowserForm(in: lastBody, action: action, method: method) else {
            throw TestAppError("no form with action \(action) on the page: \(lastBody.prefix(300))")
        }
        if form.method == "GET" { return try await get(form.url(filling: filled)) }
        return try await post(form.action, form.values(filling: filled))
    }

    /// Logs in through the login form.
    @discardableResult
    func login(_ email: String, _ password: String, code: String? = nil) async throws -> ClientResponse {
        try await get("/login")
        var fields = ["email": email, "password": password]
        if let code { fields["code"] = code }
        return try await post("/login", fields)
    }

    /// The `_csrf` value of the last page's first form.
    var formToken: String? {
        guard let range = lastBody.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) else {
            return nil
        }
        let match = String(lastBody[range])
        return match.components(separatedBy: "value=\"").last?.dropLast().description
    }

    func forget(_ cookie: String) { cookies[cookie] = nil }
    func set(cookie: String, _ value: String) { cookies[cookie] = value }

    private func addCookies(_ headers: inout HTTPHeaders) {
        guard !cookies.isEmpty else { return }
        headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
    }

    private func absorb(_ response: ClientResponse) {
        lastBody = response.body.map { String(buffer: $0) } ?? ""
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1).first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count >= 1 else { continue }
            let value = parts.count == 2 ? parts[1] : ""
            let expired = header.lowercased().contains("max-age=0") || value.isEmpty
            cookies[parts[0]] = expired ? nil : value
        }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension ClientResponse {
    /// The body as text.
    var text: String { body.map { String(buffer: $0) } ?? "" }

    /// The body as a JSON object.
    func json() throws -> [String: Any] {
        guard let data = text.data(using: .utf8),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw TestAppError("not a JSON object: \(text.prefix(200))") }
        return object
    }
}
