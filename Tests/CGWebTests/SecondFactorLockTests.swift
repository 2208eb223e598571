import CGSecurity
import CGStorage
import Fluent
import Foundation
import Testing
import VaporTesting

/// A six-digit code has a million values: wrong codes count toward the same lock as wrong passwords, at login
/// and on the account page's form that turns the second factor off.
@Suite("Wrong second-factor codes count toward the login lock")
struct SecondFactorLockTests {
    /// Signs the test user in and turns two-step verification on; the clock is moved past the step used.
    static func withSecondFactor(_ app: TestApp) async throws -> (Browser, CGSecurity.TOTP) {
        let browser = try await Fixtures.signedIn(app)
        let secret = try #require(AccountFormTests.secret(try await browser.get("/account").text))
        let totp = try CGSecurity.TOTP(base32Secret: secret)
        let on = try await browser.submit("/account/totp/enable", filling: ["code": totp.code(at: app.clock.now)])
        #expect(on.status == .ok)
        app.clock.advance(by: 60)
        return (browser, totp)
    }

    /// The audit trail's failed logins that were wrong codes after a right password.
    static func codeFailures(_ app: TestApp) async throws -> Int {
        try await AuditEntryModel.query(on: app.app.db).filter(\.$action == "login.failed").all()
            .filter { ($0.detail ?? "").contains("factor=totp") }.count
    }

    @Test("at login, wrong codes after the right password lock the account like wrong passwords (429, Retry-After, even the right code refused); a success resets the count",
          arguments: TestEngine.available)
    func loginCodes(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let (_, totp) = try await Self.withSecondFactor(app)
            let guesser = Browser(app)
            for _ in 1...9 {
                let wrong = try await guesser.login("admin@example.org", Fixtures.password, code: AccountFormTests.wrongCode(totp, app))
                #expect(wrong.status == .unauthorized)
            }
            // A success resets the count, as after wrong passwords: nine more wrong codes do not lock.
            #expect(try await Browser(app).login("admin@example.org", Fixtures.password, code: totp.code(at: app.clock.now)).status == .seeOther)
            for _ in 1...9 {
                #expect(try await guesser.login("admin@example.org", Fixtures.password, code: AccountFormTests.wrongCode(totp, app)).status == .unauthorized)
            }
            app.clock.advance(by: 30)
            #expect(try await Browser(app).login("admin@example.org", Fixtures.password, code: totp.code(at: app.clock.now)).status == .seeOther)
            for _ in 1...10 {
                #expect(try await guesser.login("admin@example.org", Fixtures.password, code: AccountFormTests.wrongCode(totp, app)).status == .unauthorized)
            }
            #expect(try await Self.codeFailures(app) == 28, "each wrong code audited as a failed login")
            // Locked: the right code is refused with the password lock's answer.
            app.clock.advance(by: 30)
            let locked = try await Browser(app).login("admin@example.org", Fixtures.password, code: totp.code(at: app.clock.now))
            #expect(locked.status == .tooManyRequests)
            let retry = Int(locked.headers.first(name: .retryAfter) ?? "") ?? 0
            #expect(retry > 0 && retry <= 300)
            #expect(locked.text.contains("Too many failed attempts."))
            app.clock.advance(by: 301)
            #expect(try await Browser(app).login("admin@example.org", Fixtures.password, code: totp.code(at: app.clock.now)).status == .seeOther)
        }
    }

    @Test("a stolen session cannot guess the code that turns two-step verification off: wrong codes count as failed logins and lock both the form and login",
          arguments: TestEngine.available)
    func disableCodes(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let (browser, totp) = try await Self.withSecondFactor(app)
            for _ in 1...10 {
                try await browser.get("/account")
                let wrong = try await browser.submit("/account/totp/disable", filling: ["code": AccountFormTests.wrongCode(totp, app)])
                #expect(wrong.status == .unprocessableEntity)
                #expect(AccountFormTests.items(wrong.text) == ["Authenticator code: does not match; check the time on your device and enter the current code"])
            }
            #expect(try await Self.codeFailures(app) == 10, "each wrong code audited as a failed login")
            // Locked: the right code is refused on the form, and the account cannot log in either.
            try await browser.get("/account")
            let locked = try await browser.submit("/account/totp/disable", filling: ["code": totp.code(at: app.clock.now)])
            #expect(locked.status == .unprocessableEntity)
            AccountFormTests.expectAccountPage(locked.text, form: "/account/totp/disable")
            #expect(AccountFormTests.items(locked.text).first?.hasPrefix("Authenticator code: too many wrong passwords or codes; try again in ") == true,
                    "\(AccountFormTests.items(locked.text))")
            #expect(try await AccountFormTests.enabled(app) == true)
            #expect(try await Browser(app).login("admin@example.org", Fixtures.password, code: totp.code(at: app.clock.now)).status == .tooManyRequests)
            // The same lock in Spanish reads as Spanish.
            try await browser.get("/account?lang=es")
            let spanish = try await browser.submit("/account/totp/disable", filling: ["code": totp.code(at: app.clock.now)])
            #expect(AccountFormTests.items(spanish.text).first?.contains("demasiadas contraseñas o códigos incorrectos") == true,
                    "\(AccountFormTests.items(spanish.text))")
            app.clock.advance(by: 301)
            try await browser.get("/account?lang=en")
            let off = try await browser.submit("/account/totp/disable", filling: ["code": totp.code(at: app.clock.now)])
            #expect(off.status == .ok, "\(AccountFormTests.items(off.text))")
            #expect(try await AccountFormTests.enabled(app) == false)
        }
    }
}
