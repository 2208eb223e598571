import CGSecurity
@testable import CGWeb
import Foundation
import Testing
import VaporTesting

/// Error lists name each field by the label its form shows, in the page's language; the API keeps field names.
@Suite("Error lists name fields by their labels")
struct FieldLabelTests {
    @Test("a failed staff form lists its fields by their labels, in English and in Spanish; the API keeps the names",
          arguments: TestEngine.available)
    func errorListsUseLabels(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let admin = try await Fixtures.signedIn(app)
            try await admin.get("/admin")
            let english = try await admin.submit("/admin/users", filling: ["name": "", "email": "x@example.org", "password": "short"])
            #expect(english.status == .unprocessableEntity)
            let englishItems = Self.errorItems(english.text)
            #expect(englishItems.contains { $0.hasPrefix("Name: ") }, "\(englishItems)")
            #expect(englishItems.contains { $0.hasPrefix("Initial password: ") }, "\(englishItems)")
            #expect(!englishItems.contains { $0.hasPrefix("name:") || $0.hasPrefix("password:") }, "\(englishItems)")

            try await admin.get("/admin?lang=es")
            let spanish = try await admin.submit("/admin/users", filling: ["name": "", "email": "x@example.org", "password": "short"])
            let spanishItems = Self.errorItems(spanish.text)
            #expect(spanishItems.contains { $0.hasPrefix("Nombre: ") }, "\(spanishItems)")
            #expect(spanishItems.contains { $0.hasPrefix("Contraseña inicial: ") }, "\(spanishItems)")
            // Beside the field, the reason in the page's language too.
            #expect(spanish.text.contains(#"<span class="error" id="f-admin-users-name-note">es obligatorio</span>"#))

            // The subscription form, which comes back on the alerts page, names the field by its label too.
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            try await analyst.get("/analysis/alerts?city=london")
            let unknown = try await analyst.submit("/analysis/alerts/subscriptions", filling: ["areas": "Atlantis"])
            #expect(unknown.status == .unprocessableEntity)
            let unknownItems = Self.errorItems(unknown.text)
            #expect(unknownItems.contains { $0.hasPrefix("Areas: ") && $0.contains("Atlantis") }, "\(unknownItems)")

            // The API answers with the field's name and the reason, as before.
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .cookie, value: "cg_session=" + (analyst.cookies["cg_session"] ?? ""))
            let json = try await app.sendJSON(
                .POST, "/api/v1/analysis/subscriptions", json: #"{"city":"london","areas":["Atlantis"]}"#, headers: headers)
            #expect(json.status == .unprocessableEntity)
            let fields = try #require(try json.json()["fields"] as? [String: String])
            #expect(fields["areas"]?.contains("Atlantis") == true, "\(fields)")
        }
    }

    @Test("a case-panel form's error list names the field as the form does")
    func panelErrorListUsesLabels() async throws {
        try await TestApp.with(.sqlite) { app in
            let world = try await PanelWorld.make(app)
            let failed = try await world.coordinator.submit(
                "/panel/panels/\(world.panelID)/referrals", ["name": "", "dateOfBirth": "2008-01-02", "reason": "Posts threats"])
            let items = Self.errorItems(failed.text)
            #expect(items.contains { $0.hasPrefix("Full name: ") }, "\(failed.status) \(items)")
            #expect(!items.contains { $0.hasPrefix("name:") }, "\(items)")
        }
    }

    @Test("every label listed for the error lists is the label the form shows for that field, on every form in every state that shows one")
    func labelsMatchTheForms() async throws {
        try await TestApp.with(.sqlite) { app in
            let localizer = try Localizer.bundled()
            var seen: Set<String> = []
            for page in try await Self.pagesInEveryState(app) {
                let html = page.html
                let language = try #require(
                    html.range(of: #"<html lang="[a-z]+""#, options: .regularExpression)
                        .flatMap { UILanguage(rawValue: String(html[$0].dropFirst(12).dropLast())) })
                for form in Self.forms(html) {
                    let pattern = FormFieldLabels.pattern(form.action)
                    guard let fields = FormFieldLabels.forms[pattern] else { continue }
                    seen.insert(pattern)
                    // A hidden field (the city of the page) has no label to match: its error names it plainly.
                    for (field, key) in fields where !key.isEmpty && !form.hidden.contains(field) {
                        let shown = form.labels[field] ?? []
                        let listed = localizer.text(key, language)
                        #expect(
                            shown.contains(listed),
                            "\(page.name) \(pattern) \(field): the list says \"\(listed)\", the form shows \(shown)")
                    }
                }
            }
            // Every form listed is shown in some state, and so checked.
            let unseen = Set(FormFieldLabels.forms.keys).subtracting(seen)
            #expect(unseen.isEmpty, "forms not found on any page: \(unseen.sorted())")
        }
    }

    @Test("every field a staff page's forms show, in every state that shows the form, has a label for the error lists, so no error names a field by its raw name; and every field on any page has a label and an id of its own")
    func everyFieldHasALabel() async throws {
        try await TestApp.with(.sqlite) { app in
            var missing: Set<String> = []
            var unlabelled: [String] = []
            var checked: Set<String> = []
            for page in try await Self.pagesInEveryState(app) {
                // With the page's other ids: none repeated, no label or description pointing at nothing.
                unlabelled += (Self.unlabelledFields(page.html) + PageIDTests.problems(page.html)).map { "\(page.who) \(page.name): \($0)" }
                guard page.who != "visitor" else { continue }
                for form in Self.forms(page.html) {
                    let pattern = FormFieldLabels.pattern(form.action)
                    for name in Self.shownFields(form.body) {
                        checked.insert("\(pattern) \(name)")
                        if FormFieldLabels.key(name, action: form.action) == nil { missing.insert("\(page.name): \(pattern) \(name)") }
                    }
                }
            }
            #expect(missing.isEmpty, "fields whose errors would show their raw name: \(missing.sorted())")
            #expect(unlabelled.isEmpty, "fields without a label or an id of their own: \(unlabelled)")
            // The forms shown only in some states among them.
            for field in ["/account/totp/disable code", "/panel/cases/{id}/open reason", "/panel/cases/{id}/review decision",
                          "/panel/cases/{id}/close outcome", "/panel/cases/{id}/erase reason", "/panel/cases/{id}/hold reason"] {
                #expect(checked.contains(field), "\(field) not reached")
            }
            #expect(checked.count >= 60, "\(checked.count) fields: \(checked.sorted())")
        }
    }

    @Test("the label checker finds a field without a label, one labelled by nothing but an empty label, one without an id and a repeated id")
    func checkerFindsUnlabelledFields() {
        let html = #"<form action="/a" method="post"><input type="text" name="bare" id="f-a-bare">"#
            + #"<label><input type="text" name="empty" id="f-a-empty"></label>"#
            + #"<label>No id<input type="text" name="noid"></label>"#
            + #"<label>Twice<input type="text" name="twice" id="f-a-twice"></label><input type="hidden" name="h"></form>"#
            + #"<form action="/b" method="post"><label>Again<select name="again" id="f-a-twice"></select></label>"#
            + #"<input type="text" name="named" aria-label="Named" id="f-b-named"><label for="f-b-pointed">Pointed</label>"#
            + #"<textarea name="pointed" id="f-b-pointed"></textarea></form>"#
        let problems = Self.unlabelledFields(html)
        #expect(problems.count == 5, "\(problems)")
        #expect(problems.contains { $0.contains("bare") && $0.contains("no label") })
        #expect(problems.contains { $0.contains("empty") && $0.contains("no label") })
        #expect(problems.contains { $0.contains("noid") && $0.contains("no id") })
        #expect(problems.filter { $0.contains("f-a-twice") }.count == 2)
    }

    /// A page as the tests read it: who fetched it, which page (or which state), its HTML.
    struct ShownPage {
        var who: String
        var name: String
        var html: String
    }

    /// Every page of the site in use (`PageIDTests.siteInUse`), then the pages showing forms only some states
    /// show: the account page after its password and set-up forms failed, with two-step verification on (its off form) and after
    /// that form failed; the administration page with a disabled account (its enable form); a case a member has
    /// not opened yet (the reason form); a closed case (review, erasure) and one under a legal hold (its release).
    static func pagesInEveryState(_ app: TestApp) async throws -> [ShownPage] {
        let (site, world) = try await PageIDTests.siteInUseWithPanel(app)
        var pages: [ShownPage] = []
        for page in site {
            pages.append(.init(who: page.who, name: page.path, html: try await page.browser.get(page.path).text))
        }
        func add(_ who: String, _ name: String, _ response: ClientResponse, _ status: HTTPStatus = .ok) {
            #expect(response.status == status, "\(name): \(response.status) \(BrowserFormTests.alert(response.text))")
            pages.append(.init(who: who, name: name, html: response.text))
        }
        let admin = world.admin
        try await admin.get("/account")
        let refused = try await admin.submit("/account/password")
        add("admin", "password change refused", refused, .unprocessableEntity)
        let totp = try CGSecurity.TOTP(base32Secret: try #require(AccountFormTests.secret(refused.text)))
        add("admin", "set-up refused", try await admin.submit("/account/totp/enable", filling: ["code": ""]), .unprocessableEntity)
        #expect(try await admin.submit("/account/totp/enable", filling: ["code": totp.code(at: app.clock.now)]).status == .ok)
        add("admin", "/account, two-step verification on", try await admin.get("/account"))
        add("admin", "turning off refused", try await admin.submit("/account/totp/disable", filling: ["code": ""]), .unprocessableEntity)

        let leaver = try await PanelWorld.user(app, "leaver@panel.example", .caseworker, agency: world.police)
        try await admin.get("/admin")
        add("admin", "/admin, an account disabled", try await admin.submit("/admin/users/\(leaver)/disable"))

        let officer = try await PanelWorld.login(app, "officer@panel.example")
        let casePath = "/panel/cases/\(world.caseID)"
        add("member", "a case not opened yet", try await officer.get(casePath))
        try await world.coordinator.submit(casePath + "/close", ["outcome": "risks_reduced"])
        add("coordinator", "a closed case", try await world.coordinator.get(casePath))
        try await world.coordinator.submit(casePath + "/hold", ["hold": "true", "reason": "Court order"])
        add("coordinator", "a closed case under a legal hold", try await world.coordinator.get(casePath))
        return pages
    }

    /// The fields a person sees in `html`'s forms without a label (no `<label>` with text around them or pointing
    /// at them, no `aria-label`), without an id, or whose id another element of the page has too.
    static func unlabelledFields(_ html: String) -> [String] {
        var counts: [String: Int] = [:]
        for id in PageIDTests.values(of: "id", in: html) { counts[id, default: 0] += 1 }
        let pointedAt = Set(PageIDTests.values(of: "for", in: html))
        var problems: [String] = []
        for form in forms(html) {
            for field in shownElements(form.body) {
                let what = "\(FormFieldLabels.pattern(form.action)) \(field.name)"
                let id = BrowserForm.matches(#"\bid="([^"]*)""#, in: field.attributes).first?[1]
                let wrapped = (form.labels[field.name] ?? []).contains { !$0.isEmpty }
                let named = !(BrowserForm.matches(#"\baria-label="([^"]+)""#, in: field.attributes).isEmpty)
                if !wrapped && !named && !(id.map(pointedAt.contains) ?? false) { problems.append("\(what): no label") }
                if let id {
                    if (counts[id] ?? 0) > 1 { problems.append("\(what): id \"\(id)\" used \(counts[id] ?? 0) times") }
                } else {
                    problems.append("\(what): no id")
                }
            }
        }
        return problems
    }

    /// The names (without `[]`) of the fields a person sees in a form: its inputs other than hidden ones and
    /// buttons, its selects and its text areas.
    static func shownFields(_ form: String) -> Set<String> {
        Set(shownElements(form).map(\.name))
    }

    /// The fields a person sees in a form, in order: name (without `[]`) and attributes.
    static func shownElements(_ form: String) -> [(name: String, attributes: String)] {
        BrowserForm.matches(#"<(input|select|textarea)\b([^>]*)>"#, in: form).compactMap { element in
            let attributes = element[2]
            let type = BrowserForm.matches(#"\btype="([^"]*)""#, in: attributes).first?[1] ?? "text"
            guard element[1] != "input" || !["hidden", "submit", "button", "reset"].contains(type),
                let name = BrowserForm.matches(#"\bname="([^"]*)""#, in: attributes).first?[1]
            else { return nil }
            return (name.replacingOccurrences(of: "[]", with: ""), attributes)
        }
    }

    /// The items of a page's error list.
    static func errorItems(_ html: String) -> [String] {
        let items = BrowserForm.matches(#"<li>([^<]*)</li>"#, in: html).map { BrowserForm.decode($0[1]) }
        return items
    }

    /// Each form's action and, per field name (without `[]`), the texts of the labels or legends around it; its
    /// hidden fields and its HTML.
    static func forms(_ html: String) -> [(action: String, labels: [String: Set<String>], hidden: Set<String>, body: String)] {
        BrowserForm.matches(#"<form\b[^>]*action="([^"]*)"[^>]*>(.*?)</form>"#, in: html).map { form in
            var labels: [String: Set<String>] = [:]
            let wrappers = BrowserForm.matches(#"<label>([^<]*)(.*?)</label>"#, in: form[2])
                + BrowserForm.matches(#"<fieldset><legend>([^<]*)</legend>(.*?)</fieldset>"#, in: form[2])
                // A box or a radio button with its label after it.
                + BrowserForm.matches(#"<label class="choice">(<input[^>]*>)([^<]*)</label>"#, in: form[2]).map { ["", $0[2], $0[1]] }
            for wrapper in wrappers {
                for name in BrowserForm.matches(#"name="([^"]*)""#, in: wrapper[2]).map({ $0[1] }) {
                    labels[name.replacingOccurrences(of: "[]", with: ""), default: []]
                        .insert(BrowserForm.decode(wrapper[1]).trimmingCharacters(in: .whitespaces))
                }
            }
            let hidden = Set(BrowserForm.matches(#"<input type="hidden" name="([^"]*)""#, in: form[2]).map { $0[1] })
            return (BrowserForm.decode(form[1]), labels, hidden, form[2])
        }
    }
}
