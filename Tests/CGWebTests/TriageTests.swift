import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Caseworker triage")
struct TriageTests {
    static let consenting = """
        {"city":"london","area":"E09000030","type":"threats","description":"Threatened at the market.",
         "characteristics":["race_ethnicity"],"date":"2026-09-01","reporter":"victim","wantsSupport":true,
         "consentToContact":true,"consentToReferral":true,"contact":{"email":"triage.canary@example.org"},
         "latitude":51.5155,"longitude":-0.0361}
        """

    /// Submits a report and returns its reference, follow-up path and the triage page path.
    static func submit(_ app: TestApp, _ json: String = ReportSubmissionTests.validJSON, as browser: Browser) async throws
        -> (reference: String, followUp: String, page: String)
    {
        let receipt = try await app.sendJSON(.POST, "/api/v1/reports", json: json).json()
        let reference = try #require(receipt["reference"] as? String)
        let queue = try await browser.get("/triage")
        let pattern = #"/triage/reports/([0-9A-F-]{36})">\#(reference)"#
        let range = try #require(queue.text.range(of: pattern, options: .regularExpression), "\(reference) not in the queue")
        let page = String(queue.text[range].prefix(while: { $0 != "\"" }))
        return (reference, try #require(receipt["followUpPath"] as? String), page)
    }

    static func statisticsTotal(_ app: TestApp) async throws -> Int {
        struct Row: Decodable { var n: Int? }
        return try await app.sql.raw("SELECT CAST(SUM(n) AS BIGINT) AS n FROM incident_statistics WHERE characteristic = ''")
            .first(decoding: Row.self)?.n ?? 0
    }

    @Test("only caseworkers of the report's city see the queue and the report; others get 404", arguments: TestEngine.available)
    func access(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "cw@london.example")
            let report = try await Self.submit(app, as: caseworker)
            #expect(try await caseworker.get(report.page).status == .ok)

            try await Fixtures.user(app, email: "cw@paris.example", role: .caseworker, city: "paris")
            let paris = Browser(app)
            try await paris.login("cw@paris.example", Fixtures.password)
            #expect(try await paris.get(report.page).status == .notFound)
            #expect(try await paris.get("/triage?city=london").status == .notFound)
            #expect(try await paris.get("/triage").status == .ok)
            #expect(try await paris.get("/triage/export.csv?city=london").status == .notFound)

            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@london.example")
            #expect(try await analyst.get(report.page).status == .notFound)
            #expect(try await analyst.get("/triage").status == .notFound)
            let anonymous = try await app.send(.GET, report.page)
            #expect(anonymous.status == .seeOther || anonymous.status == .found)
        }
    }

    @Test("statuses move received → under review → verified with notes, history and statistics in step", arguments: TestEngine.available)
    func statusFlow(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "cw@london.example")
            let report = try await Self.submit(app, as: caseworker)
            let id = String(report.page.split(separator: "/").last ?? "")
            try await caseworker.get(report.page)
            let skip = try await caseworker.post("/triage/reports/\(id)/update", ["status": "verified"])
            #expect(skip.status == .unprocessableEntity)
            try await caseworker.post("/triage/reports/\(id)/update", ["status": "under_review", "note": "Called the shop: secretnote42"])
            let verified = try await caseworker.post(
                "/triage/reports/\(id)/update", ["status": "verified", "classification": "hate_crime"])
            #expect(verified.status == .ok)
            #expect(verified.text.contains("secretnote42"), "staff see notes in the history")
            #expect(verified.text.contains("Hate crime"))
            #expect(try await Self.statisticsTotal(app) == 1)

            let followUp = try await app.send(.GET, report.followUp)
            #expect(followUp.text.contains("Verified"))
            #expect(followUp.text.contains("Under review"))
            #expect(!followUp.text.contains("secretnote42"), "notes never reach the reporter")
            #expect(!followUp.text.contains("Test caseworker"))

            try await caseworker.post("/triage/reports/\(id)/update", ["status": "under_review"])
            #expect(try await Self.statisticsTotal(app) == 0)
            let duplicate = try await caseworker.post("/triage/reports/\(id)/update", ["status": "duplicate"])
            #expect(duplicate.status == .unprocessableEntity)
            let original = try await Self.submit(app, as: caseworker)
            try await caseworker.get(report.page)
            let linked = try await caseworker.post(
                "/triage/reports/\(id)/update", ["status": "duplicate", "duplicateOf": original.reference])
            #expect(linked.status == .ok)
            #expect(linked.text.contains(original.reference))
        }
    }

    @Test("opening contact details needs a reason and is audited; referral only with consent", arguments: TestEngine.available)
    func contactAndReferral(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "cw@london.example")
            let report = try await Self.submit(app, Self.consenting, as: caseworker)
            let id = String(report.page.split(separator: "/").last ?? "")
            let page = try await caseworker.get(report.page)
            #expect(!page.text.contains("triage.canary"), "contact details stay closed until opened")
            #expect(!page.text.contains("51.5155"))
            let noReason = try await caseworker.post("/triage/reports/\(id)/contact", ["reason": ""])
            #expect(noReason.status == .unprocessableEntity)
            #expect(!noReason.text.contains("triage.canary"))
            let opened = try await caseworker.post("/triage/reports/\(id)/contact", ["reason": "Offer support by e-mail"])
            #expect(opened.status == .ok)
            #expect(opened.text.contains("triage.canary@example.org"))
            #expect(opened.text.contains("51.5155"))
            struct Entry: Decodable { var reason: String?; var detail: String? }
            let entries = try await app.sql.raw("SELECT reason, detail FROM audit_entries WHERE action = 'report.contact_opened'")
                .all(decoding: Entry.self)
            #expect(entries.count == 1 && entries.first?.reason == "Offer support by e-mail")

            try await caseworker.get("/triage/partners")
            let created = try await caseworker.post(
                "/triage/partners?city=london",
                ["name": "Demo Support Line", "services": "Emotional support", "languages": "English, Bengali",
                 "areasServed": "E09000030", "contact": "0800 000 000"])
            #expect(created.status == .ok)
            #expect(created.text.contains("Demo Support Line"))
            let page2 = try await caseworker.get(report.page)
            let partner = try #require(
                page2.text.range(of: #"<option value="[0-9A-F-]{36}""#, options: .regularExpression)
                    .map { String(page2.text[$0].dropFirst(15).dropLast()) })
            let referred = try await caseworker.post("/triage/reports/\(id)/referral", ["partner": partner])
            #expect(referred.status == .ok)
            #expect(referred.text.contains("Demo Support Line"))

            let noConsent = try await Self.submit(app, as: caseworker)
            let otherID = String(noConsent.page.split(separator: "/").last ?? "")
            try await caseworker.get(noConsent.page)
            let refused = try await caseworker.post("/triage/reports/\(otherID)/referral", ["partner": partner])
            #expect(refused.status == .unprocessableEntity)

            let message = try await caseworker.post("/triage/reports/\(id)/message", ["message": "We have passed your details on."])
            #expect(message.status == .ok)
            let followUp = try await app.send(.GET, report.followUp)
            #expect(followUp.text.contains("We have passed your details on."))
        }
    }

    @Test("the staff export is a CSV of structured fields and is audited")
    func export() async throws {
        try await TestApp.with(.sqlite) { app in
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "cw@london.example")
            let report = try await Self.submit(app, Self.consenting, as: caseworker)
            let csv = try await caseworker.get("/triage/export.csv")
            #expect(csv.status == .ok)
            #expect(csv.headers.first(name: .contentType)?.contains("text/csv") == true)
            #expect(csv.text.contains(report.reference))
            #expect(!csv.text.contains("triage.canary"))
            #expect(!csv.text.contains("Threatened at the market"))
            struct Row: Decodable { var n: Int }
            let audited = try await app.sql.raw("SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'export.downloaded'")
                .first(decoding: Row.self)
            #expect(audited?.n == 1)
        }
    }
}
