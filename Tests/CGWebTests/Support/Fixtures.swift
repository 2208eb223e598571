import CGDomain
import CGWeb
import Foundation

/// Accounts most tests need.
enum Fixtures {
    static let password = "a long enough test password"

    /// Creates an agency in `city` and a user of `role` in it; returns the user.
    @discardableResult
    static func user(
        _ app: TestApp, email: String = "admin@example.org", role: Role = .admin, city: String = "london"
    ) async throws -> StaffUserDTO {
        let directory = app.directory
        let agencyName = "Agency \(city)"
        let existing = try await directory.agencies(in: .city(city)).first { $0.name == agencyName }
        let agency: AgencyDTO
        if let existing {
            agency = existing
        } else {
            agency = try await directory.createAgency(.init(name: agencyName, kind: "city_council", city: city), by: .commandLine)
        }
        return try await directory.createUser(
            .init(email: email, name: "Test \(role.rawValue)", password: password, role: role.rawValue, agencyID: agency.id, city: city),
            by: .commandLine)
    }

    /// A logged-in browser for a new user of `role`.
    static func signedIn(_ app: TestApp, role: Role = .admin, email: String = "admin@example.org") async throws -> Browser {
        try await user(app, email: email, role: role)
        let browser = Browser(app)
        let response = try await browser.login(email, password)
        guard response.status == .seeOther || response.status == .found else {
            throw TestAppError("login failed: \(response.status) \(response.text.prefix(300))")
        }
        return browser
    }
}
