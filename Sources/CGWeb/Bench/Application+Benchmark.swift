import Vapor

extension Application {
    /// An application for a benchmark run: the production environment, logging notices and worse unless
    /// `LOG_LEVEL` says otherwise — the migrator's seventy lines would bury the figures, as they did for the
    /// one-shot commands.
    static func makeForBenchmark() async throws -> Application {
        let app = try await Application.make(Environment(name: "production", arguments: ["commonground"]))
        if Environment.get("LOG_LEVEL") == nil { app.logger.logLevel = .notice }
        return app
    }
}
