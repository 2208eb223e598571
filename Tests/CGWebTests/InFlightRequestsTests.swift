import Synchronization
import Testing
import Vapor

@testable import CGWeb

/// A request whose client gave up keeps running on the server; shutdown must wait for it before the application's
/// services go (a loaded CI run once lost the whole test process to such a request finishing afterwards).
@Suite("Shutdown waits for requests still running")
struct InFlightRequestsTests {
    @Test("a request abandoned by its client finishes before shutdown returns")
    func abandonedRequestFinishes() async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        let inFlight = InFlightRequests(patience: .seconds(60))
        app.middleware.use(inFlight)
        app.lifecycle.use(inFlight)
        let finished = Mutex(false)
        app.get("slow") { _ async throws -> String in
            try await Task.sleep(for: .milliseconds(1_500))
            finished.withLock { $0 = true }
            return "done"
        }
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = try #require(app.http.server.shared.localAddress?.port)
        var request = ClientRequest(method: .GET, url: URI(string: "http://127.0.0.1:\(port)/slow"))
        request.timeout = .milliseconds(200)
        // The client gives up long before the handler is done.
        await #expect(throws: (any Error).self) { _ = try await app.client.send(request) }
        #expect(inFlight.running == 1)
        await app.server.shutdown()
        try await app.asyncShutdown()
        #expect(finished.withLock { $0 }, "shutdown returned while the request was still running")
        #expect(inFlight.running == 0)
    }
}
