import CGDomain
import CGStorage
@testable import CGWeb
import Foundation
import Plot
import Testing
import VaporTesting

/// Element ids as assistive technology reads them: unique on a page, and every `<label for>`, `aria-describedby`
/// and `aria-labelledby` names an element of that page.
@Suite("Element ids and the labels that point at them")
struct PageIDTests {
    /// A page as one of the site's users fetches it.
    struct SitePage {
        var who: String
        var browser: Browser
        var path: String
    }

    /// A site in use: a panel with two cases (one screened in, with shared sections and two actions), admin,
    /// caseworker, analyst and panel members, two API tokens, four reports (one with messages both ways, one whose
    /// reporter consented to contact and referral), two support partners, two
    /// alert subscriptions and a month of planted messages; and every page each of them reads.
    static func siteInUse(_ app: TestApp) async throws -> [SitePage] {
        try await siteInUseWithPanel(app).pages
    }

    /// `siteInUse`, with the panel world it was built on (its case screened in and open).
    static func siteInUseWithPanel(_ app: TestApp) async throws -> (pages: [SitePage], world: PanelWorld) {
        let world = try await PanelWorld.make(app)
        try await PlantedStream(now: app.clock.now).write(try app.sql)
        try await PanelWorld.user(app, "cw@panel.example", .caseworker, agency: world.police)
        try await PanelWorld.user(app, "analyst@panel.example", .analyst, agency: world.police)
        try await PanelWorld.user(app, "nurse@panel.example", .panelMember, agency: world.health)
        try await PanelWorld.user(app, "officer@panel.example", .panelMember, agency: world.police)
        let caseworker = try await PanelWorld.login(app, "cw@panel.example")
        let analyst = try await PanelWorld.login(app, "analyst@panel.example")
        let nurse = try await PanelWorld.login(app, "nurse@panel.example")

        // Several rows with forms of their own: tokens, users (role forms), reports, subscriptions, actions.
        let admin = world.admin
        for name in ["Dashboard feed", "Partner export"] {
            try await admin.get("/admin")
            #expect(try await admin.submit("/admin/tokens", filling: ["name": name]).status == .ok)
        }
        var reports: [(reference: String, followUp: String, page: String)] = []
        for _ in 0..<3 { reports.append(try await TriageTests.submit(app, as: caseworker)) }
        let consenting = try await TriageTests.submit(app, TriageTests.consenting, as: caseworker)
        for partner in ["Support Line", "Legal Advice Centre"] {
            try await caseworker.get("/triage/partners")
            #expect(
                try await caseworker.submit(
                    "/triage/partners?city=london",
                    filling: ["name": partner, "services": "Support", "languages": "English", "contact": "0800 000 000"]
                ).status == .ok)
        }
        let first = reports[0]
        try await caseworker.get(first.page)
        let id = String(first.page.split(separator: "/").last ?? "")
        #expect(try await caseworker.submit("/triage/reports/\(id)/message", filling: ["message": "Thank you."]).status == .ok)
        let reporter = Browser(app)
        try await reporter.get(first.followUp)
        #expect(try await reporter.submit(first.followUp, filling: ["message": "It happened again."]).status == .ok)
        for areas in ["hackney", "camden"] {
            try await analyst.get("/analysis/alerts?city=london")
            #expect(try await analyst.submit("/analysis/alerts/subscriptions", filling: ["areas": areas]).status == .seeOther)
        }
        try await world.screenIn()
        _ = try await world.open(nurse)
        try await nurse.submit(
            "/panel/cases/\(world.caseID)/sections", ["kind": "health", "legalBasis": "consent", "content": "Seen by the GP."])
        for due in ["2027-01-01", "2027-02-01"] {
            try await world.coordinator.submit(
                "/panel/cases/\(world.caseID)/actions",
                ["agency": world.police.uuidString, "description": "Home visit", "dueOn": due])
        }
        #expect(
            try await world.coordinator.submit(
                "/panel/panels/\(world.panelID)/referrals",
                ["name": "Second Person", "dateOfBirth": "2008-01-02", "reason": "Posts threats", "indicators[]": "extremist_content"]
            ).status == .ok)
        let referred = try #require(
            try await PanelCaseModel.query(on: app.app.db).all().compactMap(\.id).first { $0 != world.caseID })
        let referredPath = "/panel/cases/\(referred)"
        try await world.coordinator.submit(referredPath + "/open", ["reason": "Screening the referral"])

        let visitor = Browser(app)
        var pages: [SitePage] = [
            .init(who: "visitor", browser: visitor, path: "/"), .init(who: "visitor", browser: visitor, path: "/login"),
            .init(who: "visitor", browser: visitor, path: "/report?city=london"),
            .init(who: "visitor", browser: visitor, path: "/report?city=london&area=E09000012"),
            .init(who: "visitor", browser: visitor, path: "/observatory?city=london"),
            .init(who: "visitor", browser: visitor, path: "/observatory?city=london&from=2025-06&to=2026-09&lang=fr"),
            .init(who: "visitor", browser: visitor, path: first.followUp),
            .init(who: "admin", browser: admin, path: "/admin"), .init(who: "admin", browser: admin, path: "/account"),
            .init(who: "admin", browser: admin, path: "/panel/admin"),
            .init(who: "caseworker", browser: caseworker, path: "/triage"),
            .init(who: "caseworker", browser: caseworker, path: first.page),
            .init(who: "caseworker", browser: caseworker, path: consenting.page),
            .init(who: "caseworker", browser: caseworker, path: "/triage/partners"),
            .init(who: "caseworker", browser: caseworker, path: "/account"),
            .init(who: "analyst", browser: analyst, path: "/analysis?city=london"),
            .init(who: "analyst", browser: analyst, path: "/analysis/alerts?city=london"),
            .init(who: "analyst", browser: analyst, path: "/analysis/sources"),
            .init(who: "coordinator", browser: world.coordinator, path: "/panel"),
            .init(who: "coordinator", browser: world.coordinator, path: "/panel/panels/\(world.panelID)"),
            .init(who: "coordinator", browser: world.coordinator, path: "/panel/panels/\(world.panelID)/insight"),
            .init(who: "coordinator", browser: world.coordinator, path: "/panel/cases/\(world.caseID)"),
            .init(who: "coordinator", browser: world.coordinator, path: referredPath),
            .init(who: "coordinator", browser: world.coordinator, path: "/panel/cases/\(world.caseID)/access"),
            .init(who: "member", browser: nurse, path: "/panel"),
            .init(who: "member", browser: nurse, path: "/panel/cases/\(world.caseID)"),
        ]
        for kind in ["map", "series", "events", "online-offline", "receivers", "authors", "segments"] {
            pages.append(.init(who: "analyst", browser: analyst, path: "/analysis/\(kind)?city=london"))
        }
        return (pages, world)
    }

    @Test("every public and staff page, with several users, cases, tokens and forms per row, has unique ids and no dangling reference",
          arguments: TestEngine.available)
    func everyPage(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let pages = try await Self.siteInUse(app)
            var checked = 0
            for page in pages + [.init(who: "visitor", browser: Browser(app), path: "/no-such-page")] {
                let response = try await page.browser.get(page.path)
                #expect(
                    response.status == .ok || page.path == "/no-such-page",
                    "\(page.who) \(page.path): \(response.status) \(response.text.prefix(300))")
                for problem in Self.problems(response.text) { Issue.record("\(page.who) \(page.path): \(problem)") }
                checked += 1
            }
            // The pages that answer a form: the receipt of a report, a failed staff-account form.
            let visitor = Browser(app)
            #expect(try await visitor.get("/report?city=london").status == .ok)
            let receipt = try await visitor.submit(
                "/report", method: "POST",
                filling: ["description": "Shouted at.", "c_race_ethnicity": "1", "date": "2026-09-01", "reporter": "witness",
                          "type": "verbal_abuse", "area": "E09000030"])
            #expect(receipt.status == .created)
            for problem in Self.problems(receipt.text) { Issue.record("report receipt: \(problem)") }
            // A report form showing its errors: each field's note is referred to by aria-describedby.
            try await visitor.get("/report?city=london")
            let refused = try await visitor.submit("/report", method: "POST", filling: ["latitude": "north", "email": "not an address"])
            #expect(refused.status == .unprocessableEntity)
            for problem in Self.problems(refused.text) { Issue.record("refused report: \(problem)") }
            let admin = try #require(pages.first { $0.who == "admin" }).browser
            try await admin.get("/admin")
            let failed = try await admin.submit("/admin/users", filling: ["name": "", "password": "short"])
            #expect(failed.status == .unprocessableEntity)
            for problem in Self.problems(failed.text) { Issue.record("failed admin form: \(problem)") }
            #expect(checked == pages.count + 1)
        }
    }

    @Test("a field nested in an element of a form takes the form's ids, as one at the form's top level does")
    func nestedFieldScoped() throws {
        let page = PageContext(
            language: .en, localizer: try Localizer.bundled(), path: "/", csrfToken: "t", role: nil, permissions: [])
        let html = UI.form(page, action: "/panel/cases/1/sections?x=1") {
            UI.field("Top", name: "top")
            Div { UI.field("Nested", name: "nested", hint: "A hint") }
        }.render()
        #expect(html.contains(#"id="f-panel-cases-1-sections-top""#), "\(html)")
        #expect(html.contains(#"id="f-panel-cases-1-sections-nested""#), "\(html)")
        #expect(html.contains(#"aria-describedby="f-panel-cases-1-sections-nested-note""#), "\(html)")
        #expect(Self.problems(html).isEmpty, "\(Self.problems(html))")
    }

    @Test("the checker finds a repeated id and a label pointing at nothing")
    func checkerFindsProblems() {
        let html = #"<form><label for="f-a">A</label><input id="f-a"></form><form><input id="f-a"><label for="f-b">B</label></form>"#
        let problems = Self.problems(html)
        #expect(problems.contains { $0.contains("f-a") && $0.contains("2 times") })
        #expect(problems.contains { $0.contains("f-b") })
        #expect(Self.problems(#"<input id="x" aria-describedby="x-note"><span id="x-note"></span>"#).isEmpty)
    }

    /// Repeated ids, and `for` / `aria-describedby` / `aria-labelledby` references to ids the page lacks.
    static func problems(_ html: String) -> [String] {
        let ids = values(of: "id", in: html)
        var counts: [String: Int] = [:]
        for id in ids { counts[id, default: 0] += 1 }
        var problems = counts.filter { $0.value > 1 }.keys.sorted().map { "id \"\($0)\" appears \(counts[$0] ?? 0) times" }
        let known = Set(ids)
        for label in values(of: "for", in: html) where !known.contains(label) {
            problems.append("<label for=\"\(label)\"> names no element")
        }
        for attribute in ["aria-describedby", "aria-labelledby"] {
            for reference in values(of: attribute, in: html).flatMap({ $0.split(separator: " ").map(String.init) })
            where !known.contains(reference) {
                problems.append("\(attribute) \"\(reference)\" names no element")
            }
        }
        return problems
    }

    /// The values of `attribute` on every element of `html` (inline SVG included).
    static func values(of attribute: String, in html: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: #"<[A-Za-z][^>]*?\s"# + attribute + #"="([^"]*)""#) else {
            return []
        }
        let source = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: source.length)).map {
            source.substring(with: $0.range(at: 1))
        }
    }
}
