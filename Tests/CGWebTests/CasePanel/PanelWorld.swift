import CGDomain
import CGStorage
import CGWeb
import Fluent
import Foundation
import Testing
import VaporTesting

/// A London panel with two member agencies (police, health) and one outsider agency (housing), a coordinator,
/// and one referred case carrying canary identifying details. Built over real HTTP.
struct PanelWorld {
    static let canaryName = "Zebedee Quillfeather-Canary"
    static let canaryDOB = "2009-03-17"
    static let canaryReason = "CANARYREASON shares bomb-making videos"
    static let healthCanary = "CANARYHEALTH diagnosed condition"

    let app: TestApp
    let panelID: UUID
    let caseID: UUID
    let police: UUID
    let health: UUID
    let housing: UUID
    let admin: Browser
    let coordinator: Browser
    let coordinatorID: UUID

    static func agency(_ app: TestApp, _ name: String, _ kind: AgencyKind) async throws -> UUID {
        try await app.directory.createAgency(.init(name: name, kind: kind.rawValue, city: "london"), by: .commandLine).id
    }

    @discardableResult
    static func user(_ app: TestApp, _ email: String, _ role: Role, agency: UUID) async throws -> UUID {
        try await app.directory.createUser(
            .init(email: email, name: "Test \(role.rawValue)", password: Fixtures.password, role: role.rawValue, agencyID: agency, city: "london"),
            by: .commandLine
        ).id
    }

    static func login(_ app: TestApp, _ email: String) async throws -> Browser {
        let browser = Browser(app)
        let response = try await browser.login(email, Fixtures.password)
        guard response.status == .seeOther || response.status == .found else { throw TestAppError("login failed for \(email)") }
        try await browser.get("/panel")
        return browser
    }

    static func make(_ app: TestApp) async throws -> PanelWorld {
        let police = try await agency(app, "Police unit", .police)
        let health = try await agency(app, "Mental health trust", .health)
        let housing = try await agency(app, "Housing office", .housing)
        try await user(app, "admin@panel.example", .admin, agency: police)
        let coordinatorID = try await user(app, "coord@panel.example", .panelMember, agency: police)
        let admin = try await login(app, "admin@panel.example")
        try await admin.get("/panel/admin")
        #expect(try await admin.submit("/panel/admin", ["name": "Tower Hamlets panel", "weekdays": "3,6", "reviewIntervalDays": "14", "retentionDays": "365"]).status == .ok)
        let panel = try #require(try await CasePanelModel.query(on: app.app.db).first())
        let panelID = try #require(panel.id)
        for agency in [police, health] {
            #expect(try await admin.submit("/panel/admin/\(panelID)/agencies", ["agency": agency.uuidString]).status == .ok)
        }
        #expect(try await admin.submit("/panel/admin/\(panelID)/coordinators", ["user": coordinatorID.uuidString]).status == .ok)
        let coordinator = try await login(app, "coord@panel.example")
        try await coordinator.get("/panel/panels/\(panelID)")
        let referred = try await coordinator.submit(
            "/panel/panels/\(panelID)/referrals",
            ["name": canaryName, "dateOfBirth": canaryDOB, "reason": canaryReason, "indicators[]": "extremist_content"])
        #expect(referred.status == .ok, "\(referred.text.prefix(500))")
        let record = try #require(try await PanelCaseModel.query(on: app.app.db).first())
        return PanelWorld(
            app: app, panelID: panelID, caseID: try #require(record.id), police: police, health: health, housing: housing,
            admin: admin, coordinator: coordinator, coordinatorID: coordinatorID)
    }

    /// Opens the case for `browser` with a reason (form), and screens it in as the coordinator.
    func open(_ browser: Browser, reason: String = "Preparing the panel review") async throws -> ClientResponse {
        try await browser.get("/panel/cases/\(caseID)")
        return try await browser.submit("/panel/cases/\(caseID)/open", ["reason": reason])
    }

    func screenIn() async throws {
        _ = try await open(coordinator)
        let screened = try await coordinator.submit("/panel/cases/\(caseID)/screen", ["decision": "open", "ideology": "extreme_right_wing"])
        #expect(screened.status == .seeOther, "\(screened.text.prefix(400))")
    }
}

extension Browser {
    /// Posts a form with a fresh token from the account page (the last page may have had no form).
    @discardableResult
    func submit(_ path: String, _ fields: [String: String]) async throws -> ClientResponse {
        try await get("/account")
        return try await post(path, fields)
    }

    /// Sends JSON with this browser's session cookie (the API is exempt from the form token).
    func json(_ method: HTTPMethod, _ path: String, _ body: String? = nil) async throws -> ClientResponse {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        headers.replaceOrAdd(name: .accept, value: "application/json")
        if let body {
            headers.replaceOrAdd(name: .contentType, value: "application/json")
            return try await app.send(method, path, headers: headers, body: ByteBuffer(string: body))
        }
        return try await app.send(method, path, headers: headers)
    }
}
