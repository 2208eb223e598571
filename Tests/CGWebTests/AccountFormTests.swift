import CGSecurity
import Foundation
import Testing
import VaporTesting

/// The account page's forms (password, two-step verification on and off) answer a mistake on the account page itself, like
/// the administration and alert forms: 422, each field's reason beside it and listed by its label in the page's
/// language, the set-up key kept — and never a password or code echoed back.
@Suite("The account page's forms show their errors on the page")
struct AccountFormTests {
    @Test("setting up two-step verification with a wrong, missing or unreadable code or a tampered key: the account page with 422, the reasons and the key kept",
          arguments: TestEngine.available)
    func totpSetUpErrorsOnPage(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let browser = try await Fixtures.signedIn(app)
            let account = try await browser.get("/account")
            let secret = try #require(Self.secret(account.text))
            let totp = try CGSecurity.TOTP(base32Secret: secret)
            let wrong = Self.wrongCode(totp, app)

            // A wrong code: the page with its enable form, the same key (the entry already in the app still works),
            // the reason beside the field and listed by its label; the code typed is not sent back.
            let refused = try await browser.submit("/account/totp/enable", filling: ["code": wrong])
            #expect(refused.status == .unprocessableEntity)
            Self.expectAccountPage(refused.text, form: "/account/totp/enable")
            #expect(Self.secret(refused.text) == secret, "the set-up key is kept")
            #expect(Self.items(refused.text) == ["Code from the app: does not match; check the time on your device and enter the current code"])
            #expect(Self.beside(refused.text, "account-totp-enable") == "does not match; check the time on your device and enter the current code")
            #expect(!refused.text.contains(wrong), "the code typed is not echoed")
            #expect(try await Self.enabled(app) == false)

            // No code, and a code sent as a list (not one text field): named, not an unreadable-body error page.
            let empty = try await browser.submit("/account/totp/enable", filling: ["code": " "])
            #expect(empty.status == .unprocessableEntity)
            #expect(Self.items(empty.text) == ["Code from the app: is required"])
            try await browser.get("/account")
            let listed = try await browser.post("/account/totp/enable", ["secret": secret, "code[]": "123456"])
            #expect(listed.status == .unprocessableEntity, "\(listed.status) \(BrowserFormTests.alert(listed.text))")
            #expect(Self.items(listed.text) == ["Code from the app: is required"])

            // A tampered key: a fresh one to add, and why.
            try await browser.get("/account")
            let tampered = try await browser.post("/account/totp/enable", ["secret": "not a key!", "code": wrong])
            #expect(tampered.status == .unprocessableEntity, "\(tampered.status) \(tampered.text.prefix(300))")
            Self.expectAccountPage(tampered.text, form: "/account/totp/enable")
            let fresh = Self.secret(tampered.text)
            #expect(fresh != nil && fresh != secret && fresh != "not a key!")
            #expect(Self.items(tampered.text) == ["the set-up key was not valid; add the new key shown here to your app and enter its code"])

            // In Spanish, label and reason in Spanish.
            try await browser.get("/account?lang=es")
            let spanish = try await browser.submit("/account/totp/enable", filling: ["secret": secret, "code": wrong])
            #expect(spanish.status == .unprocessableEntity)
            #expect(Self.items(spanish.text) == ["Código de la aplicación: no coincide; compruebe la hora de su dispositivo e introduzca el código actual"],
                    "\(Self.items(spanish.text))")
            try await browser.get("/account?lang=en")

            // The right code turns it on.
            let on = try await browser.submit("/account/totp/enable", filling: ["secret": secret, "code": totp.code(at: app.clock.now)])
            #expect(on.status == .ok)
            #expect(try await Self.enabled(app) == true)
        }
    }

    @Test("with two-step verification on, setting it up again with another key is refused; turning it off with a wrong or no code, or when it is off: the account page with 422 and the reasons",
          arguments: TestEngine.available)
    func totpOnErrorsOnPage(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let browser = try await Fixtures.signedIn(app)
            let secret = try #require(Self.secret(try await browser.get("/account").text))
            let totp = try CGSecurity.TOTP(base32Secret: secret)
            #expect(try await browser.submit("/account/totp/enable", filling: ["code": totp.code(at: app.clock.now)]).status == .ok)
            #expect(try await Self.enabled(app) == true)

            // Turning it on again with another key and that key's code (a stolen session moving the second factor
            // to another device) is refused: the first key still works.
            let other = try CGSecurity.TOTP(base32Secret: Base32.encode(CGSecurity.TOTP.generateSecret(), padding: false))
            let again = try await browser.post(
                "/account/totp/enable", ["secret": other.base32Secret, "code": other.code(at: app.clock.now)])
            #expect(again.status == .unprocessableEntity)
            Self.expectAccountPage(again.text, form: "/account/totp/disable")
            #expect(Self.items(again.text) == ["two-step verification is already on; turn it off before setting it up again"])
            app.clock.advance(by: 60)
            #expect(try await Browser(app).login("admin@example.org", Fixtures.password, code: totp.code(at: app.clock.now)).status == .seeOther)

            // Turning it off with a wrong code, or none: the page with its disable form and the reason; still on.
            try await browser.get("/account")
            let offWrong = try await browser.submit("/account/totp/disable", filling: ["code": Self.wrongCode(totp, app)])
            #expect(offWrong.status == .unprocessableEntity)
            Self.expectAccountPage(offWrong.text, form: "/account/totp/disable")
            #expect(Self.items(offWrong.text) == ["Authenticator code: does not match; check the time on your device and enter the current code"])
            #expect(Self.beside(offWrong.text, "account-totp-disable") == "does not match; check the time on your device and enter the current code")
            #expect(!offWrong.text.contains(Self.wrongCode(totp, app)))
            let offEmpty = try await browser.submit("/account/totp/disable", filling: ["code": ""])
            #expect(offEmpty.status == .unprocessableEntity)
            #expect(Self.items(offEmpty.text) == ["Authenticator code: is required"])
            #expect(try await Self.enabled(app) == true)

            // The right code turns it off; turning it off again says it is off, on the page that offers to turn it on.
            app.clock.advance(by: 30)
            let off = try await browser.submit("/account/totp/disable", filling: ["code": totp.code(at: app.clock.now)])
            #expect(off.status == .ok)
            #expect(try await Self.enabled(app) == false)
            let offAgain = try await browser.post("/account/totp/disable", ["code": "123456"])
            #expect(offAgain.status == .unprocessableEntity)
            Self.expectAccountPage(offAgain.text, form: "/account/totp/enable")
            #expect(Self.items(offAgain.text) == ["Authenticator code: two-step verification is already off"])
        }
    }

    @Test("changing the password with a wrong current password, a weak or repeated new one, or none: the account page with 422 and the reasons, no password sent back; done, it ends the account's other sessions",
          arguments: TestEngine.available)
    func passwordErrorsOnPage(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let browser = try await Fixtures.signedIn(app)
            let elsewhere = Browser(app)
            #expect(try await elsewhere.login("admin@example.org", Fixtures.password).status == .seeOther)
            try await browser.get("/account")
            let typed = ["current": "my guessed password", "password": "short", "again": "shorter"]
            let refused = try await browser.submit("/account/password", filling: typed)
            #expect(refused.status == .unprocessableEntity)
            Self.expectAccountPage(refused.text, form: "/account/password")
            #expect(Self.items(refused.text) == [
                "New password again: does not match the new password", "Current password: is not your current password",
                "New password: Use at least 12 characters. A few unrelated words make a long password easy to remember.",
            ], "\(Self.items(refused.text))")
            for (name, value) in typed {
                #expect(!refused.text.contains(value), "\(name) is not sent back")
                #expect(!refused.text.contains(#"name="\#(name)" value="#), "\(name) is empty")
                #expect(refused.text.contains(#"<span class="error" id="f-account-password-\#(name)-note">"#), "\(name)'s reason beside it")
            }
            #expect(BrowserForm.matches(#"aria-invalid="true""#, in: refused.text).count == 3)

            // In Spanish; the same password again; nothing given.
            try await browser.get("/account?lang=es")
            let spanish = try await browser.submit("/account/password", filling: ["current": Fixtures.password, "password": "aaaaaaaaaaaaaa", "again": "aaaaaaaaaaaaaa"])
            #expect(Self.items(spanish.text) == ["Nueva contraseña: No repita un solo carácter; elija algo más difícil de adivinar."], "\(Self.items(spanish.text))")
            try await browser.get("/account?lang=en")
            let same = try await browser.submit("/account/password", filling: ["current": Fixtures.password, "password": Fixtures.password, "again": Fixtures.password])
            #expect(Self.items(same.text) == ["New password: must differ from the current password"])
            let empty = try await browser.submit("/account/password")
            #expect(empty.status == .unprocessableEntity)
            #expect(Self.items(empty.text).contains("Current password: is required"), "\(Self.items(empty.text))")

            // Right: the message, this session kept, the other one ended, the new password the one that logs in.
            let fresh = "a different and long passphrase"
            let changed = try await browser.submit("/account/password", filling: ["current": Fixtures.password, "password": fresh, "again": fresh])
            #expect(changed.status == .ok)
            #expect(changed.text.contains("Your password is changed."))
            #expect(!changed.text.contains(fresh))
            #expect(try await browser.get("/account").status == .ok)
            #expect(try await elsewhere.get("/account").status == .seeOther, "the other session ended")
            #expect(try await Browser(app).login("admin@example.org", Fixtures.password).status == .unauthorized)
            #expect(try await Browser(app).login("admin@example.org", fresh).status == .seeOther)
        }
    }

    @Test("a stolen session cannot guess the password through the change form: wrong current passwords count as failed logins and lock it")
    func passwordGuessesThrottled() async throws {
        try await TestApp.with(.sqlite) { app in
            let browser = try await Fixtures.signedIn(app)
            let fresh = "a different and long passphrase"
            for guess in 0..<10 {
                try await browser.get("/account")
                let wrong = try await browser.submit(
                    "/account/password", filling: ["current": "guess number \(guess)", "password": fresh, "again": fresh])
                #expect(Self.items(wrong.text) == ["Current password: is not your current password"])
            }
            try await browser.get("/account")
            let locked = try await browser.submit("/account/password", filling: ["current": Fixtures.password, "password": fresh, "again": fresh])
            #expect(locked.status == .unprocessableEntity)
            #expect(Self.items(locked.text).first?.hasPrefix("Current password: too many wrong passwords or codes; try again in ") == true, "\(Self.items(locked.text))")
            #expect(try await Browser(app).login("admin@example.org", Fixtures.password).status == .tooManyRequests)
            app.clock.advance(by: 301)
            try await browser.get("/account")
            let changed = try await browser.submit("/account/password", filling: ["current": Fixtures.password, "password": fresh, "again": fresh])
            #expect(changed.status == .ok, "\(Self.items(changed.text))")
        }
    }

    /// The account page (not the error page), with the form posting to `form`, its ids sound.
    static func expectAccountPage(_ html: String, form: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(html.contains("<h1>My account</h1>"), "\(BrowserFormTests.alert(html))", sourceLocation: sourceLocation)
        #expect(html.contains(#"action="\#(form)""#), "\(BrowserFormTests.alert(html))", sourceLocation: sourceLocation)
        #expect(PageIDTests.problems(html).isEmpty, "\(PageIDTests.problems(html))", sourceLocation: sourceLocation)
    }

    /// The set-up key the page shows in its enable form.
    static func secret(_ html: String) -> String? {
        BrowserForm.matches(#"name="secret" value="([^"]*)""#, in: html).first?[1]
    }

    /// The error list's items.
    static func items(_ html: String) -> [String] { FieldLabelTests.errorItems(html) }

    /// The reason beside the code field of the form whose id fragment is `form`; nil unless that field, and only
    /// it, is marked invalid.
    static func beside(_ html: String, _ form: String) -> String? {
        guard BrowserForm.matches(#"aria-invalid="true""#, in: html).count == 1,
            !BrowserForm.matches(#"<input[^>]*id="f-\#(form)-code"[^>]*aria-invalid="true""#, in: html).isEmpty
        else { return nil }
        return BrowserForm.matches(#"<span class="error" id="f-\#(form)-code-note">([^<]*)</span>"#, in: html)
            .first.map { BrowserForm.decode($0[1]) }
    }

    /// A six-digit code that is not valid now (nor a step either side).
    static func wrongCode(_ totp: CGSecurity.TOTP, _ app: TestApp) -> String {
        let valid = Set((-1...1).map { totp.code(at: app.clock.now.addingTimeInterval(Double($0) * 30)) })
        return ["314159", "271828", "161803", "141421"].first { !valid.contains($0) } ?? "000000"
    }

    /// Whether the test user has two-step verification on.
    static func enabled(_ app: TestApp) async throws -> Bool {
        try await app.directory.users(in: .all, readBy: .commandLine).first { $0.email == "admin@example.org" }?.totpEnabled == true
    }
}
