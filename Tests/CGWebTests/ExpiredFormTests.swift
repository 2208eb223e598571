import Foundation
import SQLKit
import Testing
import VaporTesting

/// Forms whose token went stale while someone was writing come back filled in, unsent, with a clear message,
/// like the public report form (`ReportSubmissionTests.lostFormToken`); nothing is stored without a valid token.
@Suite("Forms whose token went stale keep what was typed")
struct ExpiredFormTests {
    static func count(_ app: TestApp, _ table: String) async throws -> Int {
        try await ReportSubmissionTests.count(app, table)
    }

    @Test("a reporter's follow-up message whose token was lost comes back in the form, unsent; sent again it is added",
          arguments: TestEngine.available)
    func followUpKeepsMessage(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let receipt = try await app.sendJSON(.POST, "/api/v1/reports", json: ReportSubmissionTests.validJSON).json()
            let path = try #require(receipt["followUpPath"] as? String)
            let reporter = Browser(app)
            try await reporter.get(path + "?lang=es")
            // The phone's browser restarted while the reporter was writing: the cookie with the token is gone.
            reporter.forget("cg_csrf")
            let message = "Volvió al día siguiente & me siguió."
            let back = try await reporter.submit(path, filling: ["message": message])
            #expect(back.status == .unprocessableEntity)
            #expect(back.text.contains("Volvió al día siguiente &amp; me siguió.</textarea>"), "what was written is kept")
            #expect(back.text.contains("el formulario había caducado"), "\(BrowserFormTests.alert(back.text))")
            #expect(try await Self.count(app, "incident_report_messages") == 0)

            // A token that is simply wrong (not this browser's) is treated the same way.
            let forged = try await reporter.post(path, ["message": message], csrf: String(repeating: "x", count: 43))
            #expect(forged.status == .unprocessableEntity)
            #expect(try await Self.count(app, "incident_report_messages") == 0)

            // The form as it came back carries a fresh token: sending it again adds the message.
            let sent = try await reporter.submit(path)
            #expect(sent.status == .ok, "\(BrowserFormTests.alert(sent.text))")
            #expect(try await Self.count(app, "incident_report_messages") == 1)

            // A post from another site is still refused outright.
            let crossSite = try await reporter.post(
                path, ["message": message], csrf: "stale", headers: ["Sec-Fetch-Site": "cross-site"])
            #expect(crossSite.status == .forbidden)
            #expect(try await Self.count(app, "incident_report_messages") == 1)
        }
    }

    @Test("an analyst's subscription sent with a stale token (signed in again in another tab) comes back filled in, unsaved",
          arguments: TestEngine.available)
    func subscriptionKeepsInput(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            try await analyst.get("/analysis/alerts?city=london")
            let stale = try #require(analyst.formToken)
            // Signing out and in again in another tab starts a new session with a new token; the open page keeps
            // the old one.
            #expect(try await analyst.post("/logout", [:], csrf: stale).status == .seeOther)
            #expect(try await analyst.login("analyst@example.org", Fixtures.password).status == .seeOther)
            let typed = ["city": "london", "areas": "Hackney, Camden", "groups": "muslims", "webhookURL": "https://hooks.example.org/cg"]
            let back = try await analyst.post("/analysis/alerts/subscriptions", typed, csrf: stale)
            #expect(back.status == .unprocessableEntity, "\(back.status) \(back.text.suffix(300))")
            #expect(back.text.contains("the form had expired"), "\(BrowserFormTests.alert(back.text))")
            for value in ["Hackney, Camden", "muslims", "https://hooks.example.org/cg"] {
                #expect(back.text.contains(#"value="\#(value)""#), "\(value) is kept")
            }
            #expect(try await Self.count(app, "alert_subscriptions") == 0)

            let sent = try await analyst.submit("/analysis/alerts/subscriptions")
            #expect(sent.status == .seeOther, "\(sent.status) \(BrowserFormTests.alert(sent.text))")
            #expect(try await Self.count(app, "alert_subscriptions") == 1)

            // Signed out, the subscription form is refused as before (the session, not only the token, is gone).
            let visitor = Browser(app)
            try await visitor.get("/login")
            #expect(try await visitor.post("/analysis/alerts/subscriptions", typed, csrf: stale).status == .forbidden)
            #expect(try await Self.count(app, "alert_subscriptions") == 1)
        }
    }
}
