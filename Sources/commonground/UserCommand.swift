import ArgumentParser
import CGDomain
import CGGeo
import CGSecurity
import CGStorage
import CGWeb
import Fluent
import Foundation

/// `commonground user create`: make staff accounts from the command line (the first administrator above all).
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage staff accounts.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a staff account. The password is read from $CG_PASSWORD or standard input, or generated and printed once.")

        @Option(help: "E-mail address (the login).") var email: String
        @Option(help: "Full name.") var name: String?
        @Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String
        @Option(help: "Agency name; created in the city when it does not exist.") var agency: String
        @Option(help: "Kind of a new agency: \(AgencyKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var agencyKind: String = AgencyKind.cityCouncil.rawValue
        @Option(help: "City id (london, greater-manchester, barcelona, paris, rotterdam, stockholm), or * for an installation administrator.")
        var city: String
        @Flag(help: "Read the password from standard input.") var passwordStdin = false
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard Role(rawValue: role) != nil else {
                throw ValidationError("--role must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard AgencyKind(rawValue: agencyKind) != nil else {
                throw ValidationError("--agency-kind must be one of: \(AgencyKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() async throws {
            var generated = false
            var password = ProcessInfo.processInfo.environment["CG_PASSWORD"] ?? ""
            if passwordStdin {
                password = readLine(strippingNewline: true) ?? ""
            } else if password.isEmpty {
                password = SecretToken.generate(byteCount: 15)
                generated = true
            }
            let settings = try database.settings()
            let (email, name, role, agencyName, agencyKind, city) = (
                email, name ?? email, role, agency, agencyKind, city
            )
            let finalPassword = password
            try await runReportingErrors {
                let user = try await ApplicationRunner.with(settings) { app in
                    let directory = StaffDirectory(services: app.cg, database: app.db)
                    // An agency belongs to one city; an installation administrator's goes in the first pack.
                    let agencyCity = city == "*" ? (CityPacks.all.first?.id ?? "london") : city
                    let existing = try await directory.agencies(in: .city(agencyCity)).first { $0.name == agencyName }
                    let agencyID: UUID
                    if let existing {
                        agencyID = existing.id
                    } else {
                        agencyID = try await directory.createAgency(
                            .init(name: agencyName, kind: agencyKind, city: agencyCity), by: .commandLine
                        ).id
                    }
                    return try await directory.createUser(
                        .init(email: email, name: name, password: finalPassword, role: role, agencyID: agencyID, city: city),
                        by: .commandLine)
                }
                print("Created \(user.role.rawValue) \(user.email) (id \(user.id.uuidString)) in \(user.city).")
                if generated { print("Password (shown once): \(finalPassword)") }
            }
        }
    }
}
