import ArgumentParser
import CGWeb
import Foundation

/// `commonground demo`: the server with the synthetic demo data set loaded.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Start the server with a synthetic demo city loaded, and print a demo login.")

    @Option(name: .customLong("data-dir"), help: "Folder for the demo database and key file.")
    var dataDirectory: String = "./commonground-demo"

    @Option(name: .customLong("database-url"), help: "PostgreSQL URL to load the demo into instead of SQLite.")
    var databaseURL: String?

    @OptionGroup var server: ServerOptions

    @Flag(help: "Load the demo data and exit without serving.") var loadOnly = false

    func run() async throws {
        let options = try DatabaseOptions.parse(
            ["--data-dir", dataDirectory] + (databaseURL.map { ["--database-url", $0] } ?? []))
        var demo = server.applied(to: try options.settings())
        demo.isDemo = true
        let settings = demo
        let loadOnly = self.loadOnly
        try await runReportingErrors {
            try await ApplicationRunner.with(settings, quiet: false) { app in
                let login = try await DemoSeeder.seed(app)
                let scheme = settings.tlsCertificatePath == nil ? "http" : "https"
                announce("""
                    CommonGround demo (synthetic data) — \(settings.database.redacted)
                      open:     \(scheme)://\(settings.host):\(settings.port)/
                      login:    \(login.email)
                      password: \(login.password)
                    """)
                if !loadOnly { try await ApplicationRunner.serve(app, settings: settings) }
            }
        }
    }
}
