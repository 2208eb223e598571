import ArgumentParser
import CGWeb
import Foundation
import Logging
import NIOCore
import Vapor

/// Builds the application for a command, runs `body`, and shuts it down; turns start-up failures into one
/// clear line instead of a stack trace.
enum ApplicationRunner {
    /// `LOG_LEVEL` when set.
    static let configuredLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))

    static let bootstrapLogging: Void = {
        let level = configuredLevel ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }()

    /// `quiet`: a one-shot command (ingest, user, source, …) logs notices and worse unless `LOG_LEVEL` says
    /// otherwise, so its own summary is not buried under the migrator's start-up lines; `serve` and `demo`
    /// keep the info level.
    static func with<T: Sendable>(
        _ settings: AppSettings, quiet: Bool = true, _ body: @Sendable (Application) async throws -> T
    ) async throws -> T {
        _ = bootstrapLogging
        let app = try await Application.make(Environment(name: "production", arguments: ["commonground"]))
        if quiet, configuredLevel == nil { app.logger.logLevel = .notice }
        do {
            try await configure(app, settings: settings)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw CleanExit.message(describe(error, settings: settings))
        }
    }

    /// Serves HTTP until SIGINT or SIGTERM.
    static func serve(_ app: Application, settings: AppSettings) async throws {
        app.environment.arguments = ["commonground", "serve"]
        try await app.execute()
    }

    static func describe(_ error: any Error, settings: AppSettings) -> String {
        if let io = error as? IOError, io.errnoCode == EADDRINUSE {
            return "error: port \(settings.port) on \(settings.host) is already in use; stop the other server or choose another with --port"
        }
        if let io = error as? IOError, io.errnoCode == EACCES {
            return "error: not allowed to listen on \(settings.host):\(settings.port); choose a port above 1024 with --port"
        }
        return "error: \(error)"
    }
}

/// Exits with status 1 after printing a message to standard error.
enum CleanExit: Error, CustomStringConvertible {
    case message(String)

    var description: String {
        switch self {
        case .message(let text): return text
        }
    }
}
