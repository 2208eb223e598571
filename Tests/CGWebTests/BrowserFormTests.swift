import CGWeb
import Foundation
import Testing
import VaporTesting

/// The forms as a person submits them: the choices they leave alone go as the page set them (`BrowserForm`),
/// not only the fields a test fills in.
@Suite("Forms submitted as a browser does")
struct BrowserFormTests {
    @Test("a report leaving the platform (offline) or the area (online) at its empty first choice is stored",
          arguments: TestEngine.available)
    func reportLeavesChoicesEmpty(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let reporter = Browser(app)
            let common = [
                "description": "Shouted at outside the library.", "c_race_ethnicity": "1", "date": "2026-09-01",
                "reporter": "witness",
            ]
            try await reporter.get("/report?city=london")
            let offline = try await reporter.submit(
                "/report", method: "POST",
                filling: common.merging(["type": "verbal_abuse", "area": "E09000030"]) { $1 })
            #expect(offline.status == .created, "\(offline.status): \(Self.alert(offline.text))")

            try await reporter.get("/report?city=london")
            let online = try await reporter.submit(
                "/report", method: "POST", filling: common.merging(["type": "online_abuse", "platform": "x"]) { $1 })
            #expect(online.status == .created, "\(online.status): \(Self.alert(online.text))")
            #expect(try await ReportSubmissionTests.count(app) == 2)
        }
    }

    @Test("a caseworker changes the status and keeps the classification", arguments: TestEngine.available)
    func triageKeepsClassification(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "cw@london.example")
            let report = try await TriageTests.submit(app, as: caseworker)
            let id = String(report.page.split(separator: "/").last ?? "")
            try await caseworker.get(report.page)
            let updated = try await caseworker.submit(
                "/triage/reports/\(id)/update", filling: ["status": "under_review"])
            #expect(updated.status == .ok, "\(updated.status): \(Self.alert(updated.text))")
            #expect(updated.text.contains("<td>Status</td><td>Under review</td>"))
        }
    }

    @Test("the observatory's and the analyses' filters shown with their 'all' and 'whole city' choices")
    func filtersLeftAtAll() async throws {
        try await TestApp.with(.sqlite) { app in
            let visitor = Browser(app)
            try await visitor.get("/observatory?city=london")
            let observatory = try await visitor.submit("/observatory", method: "GET")
            #expect(observatory.status == .ok, "\(observatory.status) \(Self.alert(observatory.text))")
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            for page in ["/analysis", "/analysis/alerts"] {
                try await analyst.get(page + "?city=london")
                let shown = try await analyst.submit(page, method: "GET")
                #expect(shown.status == .ok, "\(page): \(shown.status) \(Self.alert(shown.text))")
            }
        }
    }

    @Test("a new staff account that fails keeps what was typed, and only its own form shows the errors",
          arguments: TestEngine.available)
    func adminFormKeepsInput(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let admin = try await Fixtures.signedIn(app)
            try await admin.get("/admin")
            let failed = try await admin.submit(
                "/admin/users", filling: ["name": "", "email": "new.person@example.org", "password": "short", "role": "analyst"])
            #expect(failed.status == .unprocessableEntity)
            #expect(failed.text.contains(#"value="new.person@example.org""#), "the e-mail typed is kept")
            #expect(failed.text.contains(#"<option value="analyst" selected="selected">"#), "the role chosen is kept")
            #expect(!failed.text.contains(#"value="short""#), "a password is never sent back")
            #expect(failed.text.contains(#"name="name" required id="f-admin-users-name" aria-invalid="true""#))
            for other in ["agencies", "tokens"] {
                #expect(!failed.text.contains(#"id="f-admin-\#(other)-name" aria-invalid"#), "the \(other) form's name is not marked")
            }
            let created = try await admin.submit(
                "/admin/users", filling: ["name": "New Person", "password": Fixtures.password, "role": "analyst"])
            #expect(created.status == .ok, "\(Self.alert(created.text))")
            #expect(created.text.contains("new.person@example.org"))
        }
    }

    @Test("an analyst subscribes to areas and groups by the names they read, not only by their codes",
          arguments: TestEngine.available)
    func subscriptionByNames(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            try await analyst.get("/analysis/alerts?city=london")
            let subscribed = try await analyst.submit(
                "/analysis/alerts/subscriptions",
                filling: ["areas": "hackney, Kensington and Chelsea,E09000007", "groups": "Muslims, jews"])
            #expect(subscribed.status == .seeOther, "\(subscribed.status) \(subscribed.text.suffix(400))")
            struct Row: Decodable { var areas: String; var target_groups: String }
            let row = try #require(
                try await app.sql.raw("SELECT areas, target_groups FROM alert_subscriptions").first(decoding: Row.self))
            for code in ["E09000012", "E09000020", "E09000007"] { #expect(row.areas.contains(code), "\(row.areas)") }
            #expect(row.target_groups.contains("muslims") && row.target_groups.contains("jews"), "\(row.target_groups)")
            // The subscription is listed by the names it was made with, not by codes.
            let page = try await analyst.get("/analysis/alerts?city=london")
            #expect(page.text.contains("London: Camden, Hackney, Kensington and Chelsea"), "\(page.text.suffix(600))")
            #expect(!page.text.contains("London: E09"))
        }
    }

    @Test("a refused subscription comes back on the alerts page in the page's language: filled in, each field's reason beside it and listed by its label, nothing stored",
          arguments: TestEngine.available)
    func subscriptionErrorsOnPage(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            try await analyst.get("/analysis/alerts?city=london&lang=es")
            let typed = ["areas": "Hackney, Atlantis", "groups": "muslims, martians", "webhookURL": "javascript:alert(1)"]
            let back = try await analyst.submit("/analysis/alerts/subscriptions", filling: typed)
            #expect(back.status == .unprocessableEntity)
            // The alerts page itself (its form, its heading), not the error page that points to the Back button.
            #expect(back.text.contains(#"action="/analysis/alerts/subscriptions""#), "\(Self.alert(back.text))")
            #expect(back.text.contains("Nueva suscripción"))
            for (name, value) in typed {
                #expect(back.text.contains(#"name="\#(name)" value="\#(value)""#), "\(name) keeps what was typed")
            }
            let items = FieldLabelTests.errorItems(back.text)
            #expect(items.contains("Zonas: 'Atlantis' no es un código de zona de london"), "\(items)")
            #expect(items.contains { $0.hasPrefix("Grupos atacados: 'martians' no es un grupo atacado; uno de: ") }, "\(items)")
            #expect(items.contains("URL de webhook (opcional): debe ser una URL http o https"), "\(items)")
            // Beside each field, its reason, the field marked invalid and pointing at it.
            let beside = Dictionary(
                BrowserForm.matches(#"<span class="error" id="f-analysis-alerts-subscriptions-([A-Za-z]+)-note">([^<]*)</span>"#, in: back.text)
                    .map { ($0[1], BrowserForm.decode($0[2])) }, uniquingKeysWith: { first, _ in first })
            #expect(beside["areas"] == "'Atlantis' no es un código de zona de london", "\(beside)")
            #expect(beside["groups"]?.hasPrefix("'martians' no es un grupo atacado") == true, "\(beside)")
            #expect(beside["webhookURL"] == "debe ser una URL http o https", "\(beside)")
            #expect(BrowserForm.matches(#"aria-invalid="true""#, in: back.text).count == 3)
            #expect(try await ExpiredFormTests.count(app, "alert_subscriptions") == 0)

            // Corrected on the page as it came back (with its token), it is stored.
            let sent = try await analyst.submit(
                "/analysis/alerts/subscriptions", filling: ["areas": "Hackney", "groups": "muslims", "webhookURL": ""])
            #expect(sent.status == .seeOther, "\(sent.status) \(Self.alert(sent.text))")
            #expect(try await ExpiredFormTests.count(app, "alert_subscriptions") == 1)

            // An unknown city (the hidden field tampered with): the page of the analyst's own city, the city's error
            // listed by its label.
            try await analyst.get("/analysis/alerts?city=london&lang=en")
            let city = try await analyst.post("/analysis/alerts/subscriptions", ["city": "atlantis", "areas": "Hackney"])
            #expect(city.status == .unprocessableEntity)
            #expect(city.text.contains(#"name="city" value="london""#), "\(Self.alert(city.text))")
            #expect(FieldLabelTests.errorItems(city.text).contains { $0.hasPrefix("City: unknown city; one of: ") })
            #expect(city.text.contains(#"name="areas" value="Hackney""#))
            #expect(try await ExpiredFormTests.count(app, "alert_subscriptions") == 1)
        }
    }

    /// The page's error summary, or its start.
    static func alert(_ html: String) -> String {
        guard let start = html.range(of: "class=\"alert\"") else { return String(html.prefix(300)) }
        return String(html[start.lowerBound...].prefix(600))
    }
}
