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
            try await ApplicationRunner.with(settings) { app in
                announce("CommonGround serving on \(settings.tlsCertificatePath == nil ? "http" : "https")://\(settings.host):\(settings.port)/ (\(settings.database.redacted))")
                try await ApplicationRunner.serve(app, settings: settings)
            }
        }
    }
}

/// Prints a clean error and exits 1, instead of a trace.
func runReportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let exit as CleanExit {
        FileHandleStderr.write(exit.description)
        throw ExitCode.failure
    }
}

import Foundation

/// Prints a line and flushes at once: output often goes to a file or pipe, where the demo login must appear
/// while the server runs, not when it exits.
func announce(_ text: String) {
    print(text)
    fflush(nil)
}

enum FileHandleStderr {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
