import ArgumentParser
import CGWeb

/// `commonground serve`: the web server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Start the web server (SQLite in --data-dir, or PostgreSQL with --database-url).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var server: ServerOptions

    func run() async throws {
        let settings = server.applied(to: try database.settings())
        try await runReportingErrors {
            try await ApplicationRunner.with(settings, quiet: false) { app in
                announce("CommonGround serving on \(settings.tlsCertificatePath == nil ? "http" : "https")://\(settings.host):\(settings.port)/ (\(settings.database.redacted))")
                try await ApplicationRunner.serve(app, settings: settings)
            }
        }
    }
}
