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

    @Test("every label listed for the error lists is the label the form shows for that field")
    func labelsMatchTheForms() async throws {
        try await TestApp.with(.sqlite) { app in
            let localizer = try Localizer.bundled()
            var seen: Set<String> = []
            for page in try await PageIDTests.siteInUse(app) {
                let html = try await page.browser.get(page.path).text
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
                            "\(page.path) \(pattern) \(field): the list says \"\(listed)\", the form shows \(shown)")
                    }
                }
            }
            // Forms the site in use does not show are not checked here (TOTP switched on, a disabled account, a
            // case for review, closing or erasure); the rest must all have been.
            let unseen = Set(FormFieldLabels.forms.keys).subtracting(seen)
            #expect(
                unseen.isSubset(of: [
                    "/account/totp/disable", "/admin/users/{id}/disable", "/admin/users/{id}/enable", "/panel/cases/{id}/erase",
                    "/panel/cases/{id}/open", "/panel/cases/{id}/review", "/panel/cases/{id}/close",
                ]), "forms not found on any page: \(unseen.sorted())")
            #expect(seen.count >= 15, "\(seen.sorted())")
        }
    }

    @Test("every field a staff page's forms show has a label for the error lists, so no error names a field by its raw name")
    func everyFieldHasALabel() async throws {
        try await TestApp.with(.sqlite) { app in
            var missing: Set<String> = []
            var checked: Set<String> = []
            for page in try await PageIDTests.siteInUse(app) where page.who != "visitor" {
                let html = try await page.browser.get(page.path).text
                for form in Self.forms(html) {
                    let pattern = FormFieldLabels.pattern(form.action)
                    for name in Self.shownFields(form.body) {
                        checked.insert("\(pattern) \(name)")
                        if FormFieldLabels.key(name, action: form.action) == nil { missing.insert("\(page.path): \(pattern) \(name)") }
                    }
                }
            }
            #expect(missing.isEmpty, "fields whose errors would show their raw name: \(missing.sorted())")
            #expect(checked.count >= 60, "\(checked.count) fields: \(checked.sorted())")
        }
    }

    /// The names (without `[]`) of the fields a person sees in a form: its inputs other than hidden ones and
    /// buttons, its selects and its text areas.
    static func shownFields(_ form: String) -> Set<String> {
        Set(
            BrowserForm.matches(#"<(input|select|textarea)\b([^>]*)>"#, in: form).compactMap { element in
                let attributes = element[2]
                let type = BrowserForm.matches(#"\btype="([^"]*)""#, in: attributes).first?[1] ?? "text"
                guard element[1] != "input" || !["hidden", "submit", "button", "reset"].contains(type),
                    let name = BrowserForm.matches(#"\bname="([^"]*)""#, in: attributes).first?[1]
                else { return nil }
                return name.replacingOccurrences(of: "[]", with: "")
            })
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
