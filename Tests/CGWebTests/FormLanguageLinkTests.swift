import Foundation
import Testing
import VaporTesting

/// A form that comes back after a POST (refused with its reasons, or done) is shown at the form's action; its
/// language links must lead to the page the form is on, which a GET serves, not to the action.
@Suite("Forms re-rendered after a POST link the other languages to their page")
struct FormLanguageLinkTests {
    /// Expects the page's link to Spanish to be `page?lang=es` and to show that page in Spanish; back in English after.
    static func expectLinksTo(
        _ page: String, _ response: ClientResponse, from browser: Browser, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let link = try LanguageLinkTests.languageLink(response.text, "es")
        #expect(link == "\(page)?lang=es", sourceLocation: sourceLocation)
        let spanish = try await browser.get(link)
        #expect(spanish.status == .ok, "\(link): \(spanish.status)", sourceLocation: sourceLocation)
        #expect(spanish.text.contains(#"<html lang="es""#), "\(link) not in Spanish", sourceLocation: sourceLocation)
        try await browser.get("\(page)?lang=en")
    }

    @Test("the account page's forms, the administration's creation and row forms, a triage report's forms, login and the follow-up form",
          arguments: TestEngine.available)
    func formsLinkToTheirPage(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let admin = try await Fixtures.signedIn(app)
            // The account page: the password form refused, a second factor set up (done: 200 at the action).
            try await admin.get("/account")
            let password = try await admin.submit("/account/password", filling: ["current": "a wrong guess", "password": "short", "again": "x"])
            #expect(password.status == .unprocessableEntity)
            try await Self.expectLinksTo("/account", password, from: admin)
            try await admin.get("/account?lang=en")
            let totp = try await admin.submit("/account/totp/enable", filling: ["code": "000000"])
            #expect(totp.status == .unprocessableEntity)
            try await Self.expectLinksTo("/account", totp, from: admin)

            // The administration page: a new account refused; a row form (a role change) refused.
            try await admin.get("/admin?lang=en")
            let user = try await admin.submit("/admin/users", filling: ["name": "", "email": "new.person@example.org", "password": "short"])
            #expect(user.status == .unprocessableEntity)
            try await Self.expectLinksTo("/admin", user, from: admin)
            let me = try #require(try await app.directory.users(in: .all, readBy: .commandLine).first?.id)
            try await admin.get("/admin?lang=en")
            let role = try await admin.post("/admin/users/\(me.uuidString)/role", ["role": "wizard"])
            #expect(role.status.code >= 400 && role.status.code < 500, "\(role.status)")
            try await Self.expectLinksTo("/admin", role, from: admin)

            // A triage report: a status it cannot move to, shown at /triage/reports/{id}/update.
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "cw@london.example")
            let report = try await TriageTests.submit(app, as: caseworker)
            let id = String(report.page.split(separator: "/").last ?? "")
            try await caseworker.get(report.page)
            let skip = try await caseworker.post("/triage/reports/\(id)/update", ["status": "verified"])
            #expect(skip.status == .unprocessableEntity)
            try await Self.expectLinksTo(report.page, skip, from: caseworker)

            // Forms posted to their own page's path kept working: login refused, a follow-up message refused.
            let visitor = Browser(app)
            let login = try await visitor.login("admin@example.org", "not the password")
            #expect(login.status == .unauthorized)
            try await Self.expectLinksTo("/login", login, from: visitor)
            let reporter = Browser(app)
            try await reporter.get(report.followUp)
            let empty = try await reporter.submit(report.followUp, filling: ["message": ""])
            #expect(empty.status.code >= 400 && empty.status.code < 500, "\(empty.status)")
            try await Self.expectLinksTo(report.followUp, empty, from: reporter)
        }
    }

    @Test("the case panel's forms: a referral refused on the panel page, a case opened without a reason, a panel's agency refused on its administration")
    func panelFormsLinkToTheirPage() async throws {
        try await TestApp.with(.sqlite) { app in
            let world = try await PanelWorld.make(app)
            let referral = try await world.coordinator.submit("/panel/panels/\(world.panelID)/referrals", ["name": ""])
            #expect(referral.status == .unprocessableEntity)
            try await Self.expectLinksTo("/panel/panels/\(world.panelID)", referral, from: world.coordinator)
            let open = try await world.coordinator.submit("/panel/cases/\(world.caseID)/open", ["reason": ""])
            #expect(open.status == .unprocessableEntity)
            try await Self.expectLinksTo("/panel/cases/\(world.caseID)", open, from: world.coordinator)
            let agency = try await world.admin.submit("/panel/admin/\(world.panelID)/agencies", ["agency": "not-an-agency"])
            #expect(agency.status.code >= 400 && agency.status.code < 500, "\(agency.status)")
            try await Self.expectLinksTo("/panel/admin", agency, from: world.admin)
        }
    }
}
