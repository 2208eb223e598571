import CGDomain
import CGStorage
import Fluent
import Vapor

/// Loads the synthetic demo data set: agencies and staff of one demo city. Later capabilities add their own
/// synthetic reports, messages and cases here. Safe to run again: what exists is kept.
public enum DemoSeeder {
    /// The demo city.
    public static let city = "london"
    /// The demo administrator's e-mail address.
    public static let adminEmail = "admin@demo.commonground.example"
    /// The demo administrator's password (demo data only; it is printed at start-up).
    public static let adminPassword = "demo-password-please-change"

    /// Seeds the demo data set and returns the login to print.
    @discardableResult
    public static func seed(_ app: Application) async throws -> (email: String, password: String) {
        let directory = StaffDirectory(services: app.cg, database: app.db)
        let actor = StaffDirectory.Actor(id: nil, label: "demo loader")
        var agencies: [String: UUID] = [:]
        for agency in try await directory.agencies(in: .city(city)) { agencies[agency.name] = agency.id }
        let wanted: [(String, AgencyKind)] = [
            ("Demo Council Community Safety (synthetic)", .cityCouncil),
            ("Demo Police Hate Crime Unit (synthetic)", .police),
            ("Demo Mental Health Trust (synthetic)", .health),
            ("Demo Children and Adult Social Care (synthetic)", .socialCare),
            ("Demo Schools Service (synthetic)", .education),
            ("Demo Housing Services (synthetic)", .housing),
            ("Demo Victim Support Partner (synthetic)", .communityPartner),
        ]
        for (name, kind) in wanted where agencies[name] == nil {
            agencies[name] = try await directory.createAgency(.init(name: name, kind: kind.rawValue, city: city), by: actor).id
        }
        let council = agencies["Demo Council Community Safety (synthetic)"]
        let staff: [(String, String, Role, String)] = [
            (adminEmail, "Demo Administrator", .admin, "Demo Council Community Safety (synthetic)"),
            (analystEmail, "Demo Analyst", .analyst, "Demo Council Community Safety (synthetic)"),
            ("caseworker@demo.commonground.example", "Demo Caseworker", .caseworker, "Demo Victim Support Partner (synthetic)"),
            ("panel@demo.commonground.example", "Demo Panel Member", .panelMember, "Demo Police Hate Crime Unit (synthetic)"),
            ("policy@demo.commonground.example", "Demo Policy Officer", .policyOfficer, "Demo Council Community Safety (synthetic)"),
        ]
        for (email, name, role, agency) in staff {
            let digest = app.cg.emailDigest(email)
            if try await UserModel.query(on: app.db).filter(\.$emailDigest == digest).first() != nil { continue }
            _ = try await directory.createUser(
                .init(
                    email: email, name: name, password: adminPassword, role: role.rawValue,
                    agencyID: agencies[agency] ?? council, city: city),
                by: actor)
        }
        try await DemoReports.load(app, city: city)
        try await seedSentiment(app)
        try await seedCasePanel(app)
        return (adminEmail, adminPassword)
    }
}
