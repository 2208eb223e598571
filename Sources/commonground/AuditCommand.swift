import ArgumentParser
import CGWeb

/// `commonground audit verify`: walk the audit chain.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Work with the tamper-evident audit trail.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every link of the audit chain; exit 0 when intact, 2 at the first broken entry.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let settings = try database.settings()
            var intact = false
            try await runReportingErrors {
                intact = try await ApplicationRunner.with(settings) { app in
                    let result = try await app.cg.audit.verify(on: app.db)
                    print(result.description)
                    return result.isIntact
                }
            }
            if !intact { throw ExitCode(2) }
        }
    }
}
