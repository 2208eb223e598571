import CGDomain
import CGStorage
import CGWeb
import Fluent
import Foundation
import Testing
import VaporTesting

/// The centrepiece: every role × every case route (pages and JSON) × member and non-member agency, over HTTP.
/// Non-members learn nothing: their answer is byte for byte the answer for a case id that does not exist.
@Suite("Case panel need-to-know matrix")
struct CasePanelMatrixTests {
    struct CaseRoute: Sendable, CustomStringConvertible {
        var method: HTTPMethod
        var path: String
        var json: Bool
        var fields: [String: String] = [:]
        var body: String? = nil

        var description: String { "\(method.rawValue) \(path)" }

        func concrete(_ id: UUID, action: UUID) -> String {
            path.replacingOccurrences(of: "{case}", with: id.uuidString).replacingOccurrences(of: "{action}", with: action.uuidString)
        }
    }

    static let routes: [CaseRoute] = [
        CaseRoute(method: .GET, path: "/panel/cases/{case}", json: false),
        CaseRoute(method: .GET, path: "/panel/cases/{case}/access", json: false),
        CaseRoute(method: .POST, path: "/panel/cases/{case}/screen", json: false, fields: ["decision": "open"]),
        CaseRoute(method: .POST, path: "/panel/cases/{case}/sections", json: false, fields: ["kind": "information", "legalBasis": "public_task", "content": "x"]),
        CaseRoute(method: .POST, path: "/panel/cases/{case}/actions", json: false, fields: ["description": "x", "dueOn": "2027-01-01"]),
        CaseRoute(method: .POST, path: "/panel/cases/{case}/actions/{action}", json: false, fields: ["status": "done"]),
        CaseRoute(method: .POST, path: "/panel/cases/{case}/review", json: false, fields: ["decision": "x"]),
        CaseRoute(method: .POST, path: "/panel/cases/{case}/close", json: false, fields: ["outcome": "risks_reduced"]),
        CaseRoute(method: .POST, path: "/panel/cases/{case}/hold", json: false, fields: ["hold": "true", "reason": "x"]),
        CaseRoute(method: .POST, path: "/panel/cases/{case}/erase", json: false, fields: ["reason": "x"]),
        CaseRoute(method: .GET, path: "/api/v1/panel-cases/{case}", json: true),
        CaseRoute(method: .POST, path: "/api/v1/panel-cases/{case}/erase", json: true, body: #"{"reason":"x"}"#),
        CaseRoute(method: .GET, path: "/api/v1/panel-cases/{case}/access-log", json: true),
        CaseRoute(method: .POST, path: "/api/v1/panel-cases/{case}/screening", json: true, body: #"{"decision":"open"}"#),
        CaseRoute(method: .POST, path: "/api/v1/panel-cases/{case}/sections", json: true, body: #"{"kind":"information","legalBasis":"public_task","content":"x"}"#),
        CaseRoute(method: .POST, path: "/api/v1/panel-cases/{case}/actions", json: true, body: #"{"description":"x","dueOn":"2027-01-01"}"#),
        CaseRoute(method: .POST, path: "/api/v1/panel-cases/{case}/review", json: true, body: #"{"decision":"x"}"#),
        CaseRoute(method: .POST, path: "/api/v1/panel-cases/{case}/close", json: true, body: #"{"outcome":"risks_reduced"}"#),
        CaseRoute(method: .POST, path: "/api/v1/panel-cases/{case}/hold", json: true, body: #"{"hold":true,"reason":"x"}"#),
        // A malformed body must not reveal anything either: membership is decided before the body is read.
        CaseRoute(method: .POST, path: "/api/v1/panel-cases/{case}/sections", json: true, body: "{not json"),
        // Last, so that every route above is tried by members who have not stated a reason.
        CaseRoute(method: .POST, path: "/panel/cases/{case}/open", json: false, fields: ["reason": "matrix probe"]),
        CaseRoute(method: .POST, path: "/api/v1/panel-cases/{case}/open", json: true, body: #"{"reason":"matrix probe"}"#),
    ]

    static func send(_ route: CaseRoute, _ browser: Browser, token: String?, id: UUID, action: UUID) async throws -> ClientResponse {
        let path = route.concrete(id, action: action)
        if route.json { return try await browser.json(route.method, path, route.body) }
        if route.method == .GET { return try await browser.get(path) }
        return try await browser.post(path, route.fields, csrf: token)
    }

    static func headers(_ response: ClientResponse) -> [String] {
        response.headers.filter { $0.name.lowercased() != "date" }.map { "\($0.name.lowercased()): \($0.value)" }.sorted()
    }

    @Test("non-members and roles without cases:read get a 404 identical to a missing case on every route; members see nothing before stating a reason", arguments: TestEngine.available)
    func matrix(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let world = try await PanelWorld.make(app)
            try await world.screenIn()
            let actionID = UUID()
            let missing = UUID()
            var checked = 0
            for role in Role.allCases {
                for member in [true, false] {
                    let email = "\(role.rawValue).\(member ? "member" : "outsider")@panel.example"
                    try await PanelWorld.user(app, email, role, agency: member ? world.police : world.housing)
                    let browser = try await PanelWorld.login(app, email)
                    try await browser.get("/account")
                    let token = try #require(browser.formToken)
                    let sees = member && role.permissions.contains(.casesRead)
                    for route in Self.routes {
                        let label = "\(role.rawValue) \(member ? "member" : "non-member") \(route)"
                        let real = try await Self.send(route, browser, token: token, id: world.caseID, action: actionID)
                        if !route.path.hasSuffix("/open") {
                            #expect(!real.text.contains(PanelWorld.canaryName), "\(label) leaked the name before a reason")
                            #expect(!real.text.contains(PanelWorld.canaryReason), "\(label) leaked the referral before a reason")
                        }
                        let absent = try await Self.send(route, browser, token: token, id: missing, action: actionID)
                        #expect(absent.status == .notFound, "\(label): a missing case must be 404, got \(absent.status)")
                        if sees {
                            #expect(real.status != .notFound, "\(label) is a member and must not get 404")
                        } else {
                            #expect(real.status == .notFound, "\(label) got \(real.status)")
                            #expect(
                                real.text.replacingOccurrences(of: world.caseID.uuidString, with: "ID")
                                    == absent.text.replacingOccurrences(of: missing.uuidString, with: "ID"),
                                "\(label): body differs from a missing case")
                            #expect(Self.headers(real) == Self.headers(absent), "\(label): headers differ from a missing case")
                        }
                        checked += 1
                    }
                    // Case lists and the panel itself do not exist for outsiders either.
                    let panelPage = try await browser.get("/panel/panels/\(world.panelID)")
                    #expect((panelPage.status == .notFound) == !sees, "\(role) member=\(member) panel page \(panelPage.status)")
                    let cases = try await browser.json(.GET, "/api/v1/panels/\(world.panelID)/cases")
                    #expect((cases.status == .notFound) == !sees)
                }
            }
            #expect(checked == Role.allCases.count * 2 * Self.routes.count)
            // Anonymous callers are sent to log in (pages) or refused (API), the same for real and missing cases.
            let page = try await app.send(.GET, "/panel/cases/\(world.caseID)")
            #expect(page.status == .seeOther || page.status == .found)
            #expect(try await app.send(.GET, "/api/v1/panel-cases/\(world.caseID)").status == .unauthorized)
            // API tokens belong to no agency: no case exists for them.
            let token = try await app.directory.createToken(
                name: "reader", city: "london", permissions: "cases:read cases:write", scope: .city("london"), by: .commandLine).token
            let viaToken = try await app.send(.GET, "/api/v1/panel-cases/\(world.caseID)", headers: ["Authorization": "Bearer \(token)"])
            #expect(viaToken.status == .notFound)
        }
    }
}
