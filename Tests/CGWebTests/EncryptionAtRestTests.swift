import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Personal data at rest")
struct EncryptionAtRestTests {
    @Test("canary personal data never appears in the raw SQLite files")
    func canaries() async throws {
        let canaryName = "Zebediah Quux-Canary"
        let canaryEmail = "zebediah.canary@example.org"
        try await TestApp.with(.sqlite) { app in
            let admin = try await Fixtures.user(app)
            let agency = admin.agencyID
            let created = try await app.directory.createUser(
                .init(email: canaryEmail, name: canaryName, password: Fixtures.password, role: "caseworker", agencyID: agency, city: "london"),
                by: .commandLine)
            #expect(created.name == canaryName, "the owner can still read it")
            let listed = try await app.directory.users(in: .city("london"), readBy: .commandLine)
            #expect(listed.contains { $0.email == canaryEmail })
            #expect(
                try await app.canariesReadableInDatabaseFiles(
                    [canaryName, canaryEmail, "Zebediah", "zebediah.canary"]) == [])
        }
    }

    @Test("the key file is created with 0600 permissions")
    func keyFile() async throws {
        try await TestApp.with(.sqlite) { app in
            let path = app.dataDirectory.appendingPathComponent("master.key").path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
            #expect(permissions & 0o777 == 0o600)
        }
    }
}
