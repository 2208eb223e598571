import CGDomain
import CGStorage
import CGWeb
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Case panel flows")
struct CasePanelFlowTests {
    /// A health-agency member (who supplies a restricted health section) and a police member.
    static func members(_ world: PanelWorld) async throws -> (health: Browser, police: Browser) {
        try await PanelWorld.user(world.app, "nurse@panel.example", .panelMember, agency: world.health)
        try await PanelWorld.user(world.app, "officer@panel.example", .panelMember, agency: world.police)
        return (try await PanelWorld.login(world.app, "nurse@panel.example"), try await PanelWorld.login(world.app, "officer@panel.example"))
    }

    @Test("restricted sections never reach another agency, in pages or JSON; openings are audited with their reason", arguments: TestEngine.available)
    func restrictedSections(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let world = try await PanelWorld.make(app)
            try await world.screenIn()
            let (health, police) = try await Self.members(world)
            #expect(try await world.open(health, reason: "Adding our assessment").status == .seeOther)
            let added = try await health.submit(
                "/panel/cases/\(world.caseID)/sections",
                ["kind": "health", "legalBasis": "public_task", "content": PanelWorld.healthCanary, "factors[]": "mental_health"])
            #expect(added.status == .seeOther, "\(added.text.prefix(400))")
            let shared = try await health.json(
                .POST, "/api/v1/panel-cases/\(world.caseID)/sections",
                #"{"kind":"family","legalBasis":"consent","content":"CANARYFAMILY lives with grandmother","factors":["family_conflict"]}"#)
            #expect(shared.status == .ok, "\(shared.text.prefix(300))")
            #expect(shared.text.contains(PanelWorld.healthCanary), "the supplier sees its own restricted section")

            let ownPage = try await health.get("/panel/cases/\(world.caseID)")
            #expect(ownPage.text.contains(PanelWorld.healthCanary))
            #expect(ownPage.headers.first(name: .cacheControl) == "no-store")
            #expect(ownPage.text.contains(#"<style media="print">"#), "the case body does not print")

            // The police member, before a reason: only the reason form.
            let before = try await police.get("/panel/cases/\(world.caseID)")
            #expect(before.status == .ok)
            #expect(!before.text.contains(PanelWorld.canaryName))
            #expect(try await police.json(.GET, "/api/v1/panel-cases/\(world.caseID)").status == .forbidden)
            let empty = try await police.submit("/panel/cases/\(world.caseID)/open", ["reason": ""])
            #expect(empty.status == .unprocessableEntity)
            #expect(try await world.open(police, reason: "Checking the support plan").status == .seeOther)
            let page = try await police.get("/panel/cases/\(world.caseID)")
            #expect(page.text.contains(PanelWorld.canaryName))
            #expect(page.text.contains("CANARYFAMILY"), "shared sections reach every member")
            #expect(!page.text.contains("CANARYHEALTH"), "restricted health details never reach another agency")
            let json = try await police.json(.GET, "/api/v1/panel-cases/\(world.caseID)")
            #expect(json.status == .ok)
            #expect(json.text.contains(PanelWorld.canaryName))
            #expect(!json.text.contains("CANARYHEALTH"))
            // A write answers with the case too: still filtered.
            let action = try await police.json(
                .POST, "/api/v1/panel-cases/\(world.caseID)/actions",
                #"{"agency":"\#(world.health.uuidString)","description":"Offer an appointment","dueOn":"2026-01-01"}"#)
            #expect(action.status == .ok, "\(action.text.prefix(300))")
            #expect(!action.text.contains("CANARYHEALTH"))
            #expect(action.text.contains(#""overdue":true"#), "an action past its due day is flagged")
            let bad = try await police.json(.POST, "/api/v1/panel-cases/\(world.caseID)/sections", #"{"kind":"rumour","legalBasis":"hearsay"}"#)
            #expect(bad.status == .unprocessableEntity)
            let fields = try #require(try bad.json()["fields"] as? [String: String])
            #expect(fields["kind"] != nil && fields["legalBasis"] != nil && fields["content"] != nil)

            // Who saw what: the coordinator sees every opening with its reason, others may not look.
            #expect(try await police.get("/panel/cases/\(world.caseID)/access").status == .forbidden)
            let log = try await world.coordinator.get("/panel/cases/\(world.caseID)/access")
            #expect(log.status == .ok)
            #expect(log.text.contains("Adding our assessment") && log.text.contains("Checking the support plan"))
            let logJSON = try await world.coordinator.json(.GET, "/api/v1/panel-cases/\(world.caseID)/access-log")
            #expect(logJSON.text.contains("Checking the support plan"))

            struct Row: Decodable { var reason: String?; var action: String }
            let openings = try await app.sql.select().column("reason").column("action").from("audit_entries")
                .where("action", .equal, AuditAction.panelCaseOpened.rawValue)
                .where("record_id", .equal, world.caseID.uuidString).all(decoding: Row.self)
            #expect(Set(openings.compactMap(\.reason)) == ["Preparing the panel review", "Adding our assessment", "Checking the support plan"])
            let verification = try await app.app.cg.audit.verify(on: app.app.db)
            #expect(verification.isIntact)
        }
    }

    @Test("the raw SQLite file holds no readable name, date of birth or free text of a case")
    func rawDatabaseCanary() async throws {
        try await TestApp.with(.sqlite) { app in
            let world = try await PanelWorld.make(app)
            try await world.screenIn()
            let (health, _) = try await Self.members(world)
            _ = try await world.open(health)
            try await health.submit(
                "/panel/cases/\(world.caseID)/sections", ["kind": "health", "legalBasis": "consent", "content": PanelWorld.healthCanary])
            try await world.coordinator.submit(
                "/panel/cases/\(world.caseID)/actions",
                ["agency": world.police.uuidString, "description": "CANARYACTION home visit", "dueOn": "2027-01-01"])
            #expect(try await health.get("/panel/cases/\(world.caseID)").text.contains("CANARYACTION"))
            #expect(
                try await app.canariesReadableInDatabaseFiles(
                    [PanelWorld.canaryName, "Quillfeather", PanelWorld.canaryDOB, "CANARYREASON", "CANARYHEALTH", "CANARYACTION"]
                ) == [])
        }
    }

    @Test("already known? answers yes or no to the panel's coordinators only, for open cases, and is audited", arguments: TestEngine.available)
    func alreadyKnown(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let world = try await PanelWorld.make(app)
            let ask = #"{"name":"  quillfeather canary, ZEBEDEE ","dateOfBirth":"2009-03-17"}"#
            let path = "/api/v1/panels/\(world.panelID)/known"
            #expect(try await world.coordinator.json(.POST, path, ask).json()["known"] as? Bool == false, "a referral is not yet a case")
            try await world.screenIn()
            let yes = try await world.coordinator.json(.POST, path, ask)
            #expect(try yes.json() as NSDictionary == ["known": true] as NSDictionary, "yes, and nothing else")
            #expect(try await world.coordinator.json(.POST, path, #"{"name":"Someone Else","dateOfBirth":"2009-03-17"}"#).json()["known"] as? Bool == false)
            #expect(try await world.coordinator.json(.POST, path, #"{"name":"","dateOfBirth":"17/03/2009"}"#).status == .unprocessableEntity)
            let page = try await world.coordinator.submit("/panel/panels/\(world.panelID)/known", ["name": PanelWorld.canaryName, "dateOfBirth": PanelWorld.canaryDOB])
            #expect(page.text.contains("Yes: an open case matches."))
            let (_, police) = try await Self.members(world)
            #expect(try await police.json(.POST, path, ask).status == .forbidden)
            try await PanelWorld.user(app, "outsider@panel.example", .panelMember, agency: world.housing)
            let outsider = try await PanelWorld.login(app, "outsider@panel.example")
            #expect(try await outsider.json(.POST, path, ask).status == .notFound)
            let checks = try await app.sql.select().column("detail").from("audit_entries")
                .where("action", .equal, AuditAction.panelKnownChecked.rawValue).all()
            #expect(checks.count == 4)
            // Closing the case removes it from the check.
            try await world.coordinator.submit("/panel/cases/\(world.caseID)/close", ["outcome": "risks_reduced"])
            #expect(try await world.coordinator.json(.POST, path, ask).json()["known"] as? Bool == false)
        }
    }

    @Test("screening out of scope needs a reason; screening is for coordinators only", arguments: TestEngine.available)
    func screening(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let world = try await PanelWorld.make(app)
            let (_, police) = try await Self.members(world)
            _ = try await world.open(police)
            #expect(try await police.json(.POST, "/api/v1/panel-cases/\(world.caseID)/screening", #"{"decision":"open"}"#).status == .forbidden)
            _ = try await world.open(world.coordinator)
            let noReason = try await world.coordinator.json(.POST, "/api/v1/panel-cases/\(world.caseID)/screening", #"{"decision":"not_in_scope"}"#)
            #expect(noReason.status == .unprocessableEntity)
            let out = try await world.coordinator.json(
                .POST, "/api/v1/panel-cases/\(world.caseID)/screening",
                #"{"decision":"not_in_scope","note":"Signposted to the youth service"}"#)
            #expect(out.status == .ok)
            #expect(try out.json()["status"] as? String == "not_in_scope")
            #expect(try out.json()["screeningNote"] as? String == "Signposted to the youth service")
            let again = try await world.coordinator.json(.POST, "/api/v1/panel-cases/\(world.caseID)/screening", #"{"decision":"open"}"#)
            #expect(again.status == .unprocessableEntity)
        }
    }

    @Test("agenda: due reviews on the next meeting day, overdue actions counted, reviews at 6 and 12 months after closure", arguments: TestEngine.available)
    func meetingsAndReviews(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let world = try await PanelWorld.make(app)
            try await world.screenIn()
            let agendaPath = "/api/v1/panels/\(world.panelID)/agenda"
            let first = try await world.coordinator.json(.GET, agendaPath).json()
            #expect((first["items"] as? [Any])?.isEmpty == true, "not due for 14 days")
            app.clock.advance(by: 15 * 86_400)
            let coordinator = try await PanelWorld.login(app, "coord@panel.example")
            let due = try await coordinator.json(.GET, agendaPath).json()
            let items = try #require(due["items"] as? [[String: Any]])
            #expect(items.count == 1 && items.first?["id"] as? String == world.caseID.uuidString)
            _ = try await world.open(coordinator)
            try await coordinator.submit(
                "/panel/cases/\(world.caseID)/actions",
                ["agency": world.police.uuidString, "description": "Call the school", "dueOn": "2020-01-01"])
            let overdue = try #require(try await coordinator.json(.GET, agendaPath).json()["items"] as? [[String: Any]])
            #expect(overdue.first?["overdueActions"] as? Int == 1)
            let page = try await coordinator.get("/panel/panels/\(world.panelID)")
            #expect(page.text.contains("1 overdue actions"))
            let reviewed = try await coordinator.json(.POST, "/api/v1/panel-cases/\(world.caseID)/review", #"{"decision":"Keep open; mentoring continues."}"#)
            #expect(reviewed.status == .ok)
            let afterReview = try #require(try await coordinator.json(.GET, agendaPath).json()["items"] as? [Any])
            #expect(afterReview.isEmpty, "the decision moves the next review on")
            let closed = try await coordinator.json(.POST, "/api/v1/panel-cases/\(world.caseID)/close", #"{"outcome":"risks_reduced"}"#)
            #expect(closed.status == .ok)
            let sixMonths = try #require(try closed.json()["nextReviewOn"] as? String)
            app.clock.advance(by: 185 * 86_400)
            let later = try await PanelWorld.login(app, "coord@panel.example")
            let postClosure = try #require(try await later.json(.GET, agendaPath).json()["items"] as? [[String: Any]])
            #expect(postClosure.first?["dueOn"] as? String == sixMonths)
            _ = try await world.open(later)
            let review = try await later.json(.POST, "/api/v1/panel-cases/\(world.caseID)/review", #"{"decision":"No concerns at six months."}"#)
            #expect(review.status == .ok)
            #expect(try review.json()["status"] as? String == "closed")
            #expect(try review.json()["nextReviewOn"] as? String != sixMonths, "the twelve-month review is next")
        }
    }
}
