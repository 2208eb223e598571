import CGDomain
import CGStorage
import CGWeb
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Case panel retention and insight")
struct CasePanelRetentionTests {
    /// Refers `count` more people and screens them in as the coordinator, closing every other one.
    static func addCases(_ world: PanelWorld, count: Int, as coordinator: Browser) async throws {
        for index in 0..<count {
            let response = try await coordinator.json(
                .POST, "/api/v1/panels/\(world.panelID)/referrals",
                #"{"name":"Synthetic Person \#(index)","dateOfBirth":"2008-0\#(index % 9 + 1)-11","reason":"INSIGHTCANARY \#(index)","indicators":["grievance","isolation"]}"#)
            #expect(response.status == .created, "\(response.text.prefix(300))")
            let id = try #require(try response.json()["id"] as? String)
            #expect(try await coordinator.json(.POST, "/api/v1/panel-cases/\(id)/open", #"{"reason":"screening the referral"}"#).status == .ok)
            let screened = try await coordinator.json(
                .POST, "/api/v1/panel-cases/\(id)/screening", #"{"decision":"open","ideology":"extreme_right_wing"}"#)
            #expect(screened.status == .ok)
            if index % 2 == 0 {
                #expect(try await coordinator.json(.POST, "/api/v1/panel-cases/\(id)/close", #"{"outcome":"risks_reduced"}"#).status == .ok)
            }
        }
    }

    @Test("retention anonymises closed cases after the period by destroying their key; a legal hold stops it; the audit chain stays intact", arguments: TestEngine.available)
    func retention(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let world = try await PanelWorld.make(app)
            try await world.screenIn()
            #expect(try await world.coordinator.json(.POST, "/api/v1/panel-cases/\(world.caseID)/close", #"{"outcome":"referred_elsewhere"}"#).status == .ok)
            try await Self.addCases(world, count: 2, as: world.coordinator)
            let held = try #require(try await PanelCaseModel.query(on: app.app.db).filter(\.$status == "closed")
                .filter(\.$id != world.caseID).first()?.id)
            _ = try await world.coordinator.json(.POST, "/api/v1/panel-cases/\(held)/open", #"{"reason":"court order"}"#)
            let hold = try await world.coordinator.json(.POST, "/api/v1/panel-cases/\(held)/hold", #"{"hold":true,"reason":"Pending court proceedings"}"#)
            #expect(hold.status == .ok)
            let waiting = try await world.coordinator.json(
                .POST, "/api/v1/panels/\(world.panelID)/referrals",
                #"{"name":"Never Screened","dateOfBirth":"2001-02-03","reason":"left waiting"}"#)
            let waitingText = try #require(try waiting.json()["id"] as? String)
            let waitingID = try #require(UUID(uuidString: waitingText))

            #expect(try await CasePanelJobs.runRetention(app.app) == (0, 0), "nothing expires before the period")
            app.clock.advance(by: 364 * 86_400)
            #expect(try await CasePanelJobs.runRetention(app.app) == (0, 0))
            app.clock.advance(by: 2 * 86_400)
            let result = try await CasePanelJobs.runRetention(app.app)
            #expect(result.anonymised == 2 && result.held == 1, "the closed case and the referral left waiting")
            #expect(try await PanelCaseModel.find(waitingID, on: app.app.db)?.status == "anonymised")

            let erased = try #require(try await PanelCaseModel.find(world.caseID, on: app.app.db))
            #expect(erased.status == "anonymised")
            #expect(erased.dataKeyWrapped == nil && erased.personNameSealed == nil && erased.reasonSealed == nil && erased.lookupHash == nil)
            #expect(erased.outcome == "referred_elsewhere" && erased.ageBand != nil, "anonymous facts stay for insight")
            let kept = try #require(try await PanelCaseModel.find(held, on: app.app.db))
            #expect(kept.status == "closed" && kept.dataKeyWrapped != nil)
            let open = try await PanelCaseModel.query(on: app.app.db).filter(\.$status == "open").count()
            #expect(open == 1, "open cases are never touched")

            // The anonymised case no longer exists for anyone.
            let coordinator = try await PanelWorld.login(app, "coord@panel.example")
            #expect(try await coordinator.json(.GET, "/api/v1/panel-cases/\(world.caseID)").status == .notFound)
            #expect(try await coordinator.get("/panel/cases/\(world.caseID)").status == .notFound)
            let audited = try await app.sql.select().column("record_id").from("audit_entries")
                .where("action", .equal, AuditAction.panelCaseAnonymised.rawValue).all()
            #expect(audited.count == 2)
            #expect(try await app.app.cg.audit.verify(on: app.app.db).isIntact)
            // Running again changes nothing.
            #expect(try await CasePanelJobs.runRetention(app.app) == (0, 1))
        }
    }

    @Test("strategic insight: anonymised counts with fewer than 10 suppressed, SVG charts, nothing identifying", arguments: TestEngine.available)
    func insight(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let world = try await PanelWorld.make(app)
            try await world.screenIn()
            let few = try await world.coordinator.json(.GET, "/api/v1/panels/\(world.panelID)/insight")
            #expect(few.status == .ok)
            #expect(few.text.contains("fewer-than-10"))
            #expect(!few.text.contains(#""value":1"#), "a single case is never shown as a count")
            try await Self.addCases(world, count: 12, as: world.coordinator)
            let many = try await world.coordinator.json(.GET, "/api/v1/panels/\(world.panelID)/insight")
            let json = try many.json()
            let total = try #require(json["total"] as? [String: Any])
            #expect(total["value"] as? Int == 15, "13 cases, rounded to 5")
            let dimensions = try #require(json["dimensions"] as? [[String: Any]])
            let ideology = try #require(dimensions.first { $0["name"] as? String == "ideology" }?["items"] as? [[String: Any]])
            let right = try #require(ideology.first { $0["key"] as? String == "extreme_right_wing" }?["count"] as? [String: Any])
            #expect(right["value"] as? Int == 15)
            let page = try await world.coordinator.get("/panel/panels/\(world.panelID)/insight")
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg"))
            for text in [many.text, page.text] {
                #expect(!text.contains("Synthetic Person") && !text.contains("INSIGHTCANARY") && !text.contains(PanelWorld.canaryName))
            }
            // A city leader outside the panel reads the insight, never a case; another city's staff see nothing.
            try await PanelWorld.user(app, "leader@panel.example", .policyOfficer, agency: world.housing)
            let leader = try await PanelWorld.login(app, "leader@panel.example")
            let leaderPage = try await leader.get("/panel/panels/\(world.panelID)/insight")
            #expect(leaderPage.status == .ok && leaderPage.text.contains("<svg"))
            #expect(try await leader.get("/panel/panels/\(world.panelID)").status == .notFound)
            try await Fixtures.user(app, email: "paris@panel.example", role: .policyOfficer, city: "paris")
            let paris = try await PanelWorld.login(app, "paris@panel.example")
            #expect(try await paris.json(.GET, "/api/v1/panels/\(world.panelID)/insight").status == .notFound)
        }
    }

    @Test("nothing downloads from a case: no export route under the panel")
    func noExport() async throws {
        try await TestApp.with(.sqlite) { app in
            for route in app.app.routes.all {
                let path = route.path.map(\.description).joined(separator: "/")
                guard path.hasPrefix("panel") || path.contains("panel-cases") || path.contains("panels") else { continue }
                let banned = ["csv", "export", "download", "print"].filter { path.range(of: $0) != nil }
                #expect(banned.isEmpty, "\(path) looks like an export")
            }
        }
    }
}

extension CasePanelRetentionTests {
    @Test("a coordinator erases a finished case at once by destroying its key; not an open case, not under a legal hold", arguments: TestEngine.available)
    func erasure(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let world = try await PanelWorld.make(app)
            try await world.screenIn()
            let path = "/api/v1/panel-cases/\(world.caseID)/erase"
            #expect(try await world.coordinator.json(.POST, path, #"{"reason":"erasure request"}"#).status == .unprocessableEntity, "open cases are not erased")
            #expect(try await world.coordinator.json(.POST, "/api/v1/panel-cases/\(world.caseID)/close", #"{"outcome":"moved_away"}"#).status == .ok)
            let (_, police) = try await CasePanelFlowTests.members(world)
            _ = try await world.open(police)
            #expect(try await police.json(.POST, path, #"{"reason":"erasure request"}"#).status == .forbidden)
            #expect(try await world.coordinator.json(.POST, "/api/v1/panel-cases/\(world.caseID)/hold", #"{"hold":true,"reason":"inquiry"}"#).status == .ok)
            #expect(try await world.coordinator.json(.POST, path, #"{"reason":"erasure request"}"#).status == .unprocessableEntity, "a legal hold stops erasure")
            #expect(try await world.coordinator.json(.POST, "/api/v1/panel-cases/\(world.caseID)/hold", #"{"hold":false,"reason":"inquiry over"}"#).status == .ok)
            let erased = try await world.coordinator.json(.POST, path, #"{"reason":"erasure request"}"#)
            #expect(erased.status == .ok)
            #expect(try await world.coordinator.json(.GET, "/api/v1/panel-cases/\(world.caseID)").status == .notFound)
            let record = try #require(try await PanelCaseModel.find(world.caseID, on: app.app.db))
            #expect(record.dataKeyWrapped == nil && record.personNameSealed == nil && record.status == "anonymised")
            let rows = try await app.sql.select().column("reason").from("audit_entries")
                .where("action", .equal, AuditAction.panelCaseAnonymised.rawValue).all()
            #expect(rows.count == 1)
            #expect(try await app.app.cg.audit.verify(on: app.app.db).isIntact)
        }
    }
}
