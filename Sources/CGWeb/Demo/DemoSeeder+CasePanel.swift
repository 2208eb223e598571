import CGDomain
import CGStorage
import Fluent
import Vapor

extension DemoSeeder {
    /// The demo panel's name; seeding is skipped when it exists.
    static let demoPanelName = "London demo panel (synthetic)"

    /// Loads the demo city's synthetic case panel: member agencies, a coordinator and a health member, three
    /// synthetic referrals (one screened in with an assessment, a restricted health section and a plan).
    static func seedCasePanel(_ app: Application) async throws {
        if try await CasePanelModel.query(on: app.db).filter(\.$name == demoPanelName).first() != nil { return }
        let directory = StaffDirectory(services: app.cg, database: app.db)
        let actor = StaffDirectory.Actor(id: nil, label: "demo loader")
        var agencies: [String: AgencyModel] = [:]
        for agency in try await AgencyModel.query(on: app.db).filter(\.$cityID == city).all() { agencies[agency.name] = agency }
        let police = "Demo Police Hate Crime Unit (synthetic)", health = "Demo Mental Health Trust (synthetic)"
        let members = [police, health, "Demo Children and Adult Social Care (synthetic)", "Demo Schools Service (synthetic)"]
        var users: [String: UUID] = [:]
        for (email, name, agency) in [
            ("coordinator@demo.commonground.example", "Demo Panel Coordinator", police),
            ("health@demo.commonground.example", "Demo Health Panel Member", health),
        ] {
            let digest = app.cg.emailDigest(email)
            if let existing = try await UserModel.query(on: app.db).filter(\.$emailDigest == digest).first() {
                users[email] = existing.id
                continue
            }
            users[email] = try await directory.createUser(
                .init(email: email, name: name, password: adminPassword, role: Role.panelMember.rawValue,
                      agencyID: agencies[agency]?.id, city: city),
                by: actor
            ).id
        }
        let service = CasePanelService(services: app.cg, database: app.db, lookup: app.panelLookup)
        let panel = try await service.createPanel(
            .init(city: city, name: demoPanelName, weekdays: "3,6", reviewIntervalDays: 14, retentionDays: 730),
            actorID: "demo", label: "demo loader")
        for name in members { try await service.addAgency(panel, agencyID: agencies[name]?.id, actorID: "demo", label: "demo loader") }
        try await service.addCoordinator(panel, userID: users["coordinator@demo.commonground.example"], actorID: "demo", label: "demo loader")
        guard let coordinatorID = users["coordinator@demo.commonground.example"], let policeID = agencies[police]?.id,
            let healthUser = users["health@demo.commonground.example"], let healthID = agencies[health]?.id
        else { return }
        let coordinator = PanelViewer(
            userID: coordinatorID, agencyID: policeID, role: .panelMember, scope: .city(city),
            permissions: Role.panelMember.permissions, actorID: "user:\(coordinatorID)", label: "panel_member \(coordinatorID)")
        let nurse = PanelViewer(
            userID: healthUser, agencyID: healthID, role: .panelMember, scope: .city(city),
            permissions: Role.panelMember.permissions, actorID: "user:\(healthUser)", label: "panel_member \(healthUser)")
        let referrals: [(String, String, String, String)] = [
            ("Alex Synthetic-Example", "2008-05-14", "Shares extremist videos in a class group chat and talks of a 'race war' (synthetic).", "extremist_content,isolation"),
            ("Sam Placeholder-Demo", "1999-11-02", "Repeated threats to a mosque on social media (synthetic).", "grievance,expressed_intent"),
            ("Jo Fictional-Person", "2011-01-20", "Teacher worried about new older online 'friend' (synthetic).", "mentor"),
        ]
        for (index, referral) in referrals.enumerated() {
            let record = try await service.refer(
                .init(name: referral.0, dateOfBirth: referral.1, reason: referral.2, indicators: referral.3), panel: panel,
                viewer: coordinator)
            guard index == 0 else { continue }
            try await service.screen(record, panel: panel, .init(decision: "open", note: nil, ideology: "extreme_right_wing"), viewer: coordinator)
            try await service.addSection(
                record,
                .init(kind: "assessment", legalBasis: "public_task", restrict: false, factors: "grievance,isolation,extremist_content,identity",
                      ideology: "extreme_right_wing", content: "Spends evenings in an online channel; says nobody at school listens (synthetic)."),
                viewer: coordinator)
            try await service.addSection(
                record,
                .init(kind: "health", legalBasis: "public_task", restrict: false, factors: "mental_health",
                      ideology: nil, content: "Known to CAMHS; anxiety (synthetic). Shared only with the health trust."),
                viewer: nurse)
            try await service.addAction(
                record, .init(agency: healthID.uuidString, description: "Offer an assessment appointment (synthetic)", dueOn: "2026-12-01"),
                viewer: coordinator)
        }
    }
}
