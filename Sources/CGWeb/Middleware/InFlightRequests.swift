import Synchronization
import Vapor

/// Counts the requests being handled and, when the application shuts down, waits for them to finish before its
/// services are released.
///
/// A client that gives up (a timeout, a closed connection) leaves its request running on the server, and the HTTP
/// server's own shutdown does not wait for it. When such a request finished after the services were gone, the
/// process stopped (``CSRFMiddleware`` reads `Application.cg` on the way out; seen once in a loaded CI run, an
/// ingest batch that outlived its test). Installed first, so it counts every later middleware's work too.
final class InFlightRequests: AsyncMiddleware, LifecycleHandler, Sendable {
    private let count = Mutex(0)
    /// How long shutdown waits for the requests still running.
    let patience: Duration

    /// Creates the counter; shutdown waits at most `patience` for running requests.
    init(patience: Duration = .seconds(120)) {
        self.patience = patience
    }

    /// The requests being handled now.
    var running: Int { count.withLock { $0 } }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        count.withLock { $0 += 1 }
        defer { count.withLock { $0 -= 1 } }
        return try await next.respond(to: request)
    }

    func shutdownAsync(_ application: Application) async {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: patience)
        while running > 0, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if running > 0 {
            application.logger.warning("shutting down with \(running) requests still running after \(patience)")
        }
    }
}
