import ArgumentParser
import CGWeb

/// `commonground panel retention`: the case panel's scheduled jobs, run by hand or from cron.
struct PanelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel", abstract: "Case panel jobs.", subcommands: [Retention.self])

    struct Retention: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Anonymise finished cases past their panel's retention period (legal holds are kept); the server also runs this hourly.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let settings = try database.settings()
            try await runReportingErrors {
                try await ApplicationRunner.with(settings) { app in
                    let result = try await CasePanelJobs.runRetention(app)
                    print("anonymised \(result.anonymised) case(s); \(result.held) past retention kept by a legal hold")
                }
            }
        }
    }
}
