import ArgumentParser
import CGWeb

/// `commonground migrate`: apply pending migrations and exit.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply pending database migrations and exit.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let settings = try database.settings()
        try await runReportingErrors {
            try await ApplicationRunner.with(settings) { _ in
                print("Database is up to date (\(settings.database.redacted)).")
            }
        }
    }
}
