import Foundation
import NIOPosix
import Synchronization
import Testing
import VaporTesting

@Suite("Acknowledged reports survive a crash", .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct ReportDurabilityTests {
    /// A `commonground serve` process on a data folder and port of its own.
    final class Server: Sendable {
        let process: Process
        let port: Int

        init(folder: URL, port: Int) throws {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["serve", "--data-dir", folder.path, "--host", "127.0.0.1", "--port", String(port)]
            var environment = ProcessInfo.processInfo.environment
            environment["LOG_LEVEL"] = "error"
            environment["CG_REPORT_RATE_LIMIT"] = "0"
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            self.process = process
            self.port = port
        }

        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// What the load saw, shared by its tasks.
    final class Tally: Sendable {
        let acknowledged = Mutex<[(reference: String, path: String)]>([])
        let attempts = Atomic<Int>(0)
    }

    static func freePort() throws -> Int {
        let channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).wait()
        let port = channel.localAddress?.port ?? 0
        try channel.close().wait()
        return port
    }

    static func waitUntilReady(_ client: any Client, port: Int) async throws {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let response = try? await client.get(URI(string: "http://127.0.0.1:\(port)/healthz")),
                response.status == .ok
            {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestAppError("the server did not start on port \(port)")
    }

    @Test("SIGKILL in the middle of a load of submissions loses no acknowledged report")
    func killMidLoad() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-durability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let harness = try await Application.make(.testing)
        defer { Task { try? await harness.asyncShutdown() } }
        let client = harness.client

        let port = try Self.freePort()
        let first = try Server(folder: folder, port: port)
        try await Self.waitUntilReady(client, port: port)

        let tally = Tally()
        let body = ReportSubmissionTests.validJSON
        let workers = Task {
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        while !Task.isCancelled {
                            tally.attempts.add(1, ordering: .relaxed)
                            var request = ClientRequest(
                                method: .POST, url: URI(string: "http://127.0.0.1:\(port)/api/v1/reports"),
                                headers: ["Content-Type": "application/json"], body: ByteBuffer(string: body))
                            request.timeout = .seconds(10)
                            guard let response = try? await client.send(request) else { return }
                            guard response.status == .created,
                                let object = try? response.json(),
                                let reference = object["reference"] as? String,
                                let path = object["followUpPath"] as? String
                            else { continue }
                            tally.acknowledged.withLock { $0.append((reference, path)) }
                        }
                    }
                }
            }
        }
        // Let the load build up, then kill the server without warning while requests are in flight.
        let started = Date()
        while tally.acknowledged.withLock({ $0.count }) < 40 && Date().timeIntervalSince(started) < 60 {
            try await Task.sleep(for: .milliseconds(20))
        }
        first.kill()
        _ = await workers.value
        let stored = tally.acknowledged.withLock { $0 }
        #expect(stored.count >= 40, "the load produced too few acknowledgements to mean anything")
        #expect(tally.attempts.load(ordering: .relaxed) > stored.count, "requests were in flight at the kill")

        let second = try Server(folder: folder, port: port)
        defer { second.stop() }
        try await Self.waitUntilReady(client, port: port)
        var missing: [String] = []
        for receipt in stored {
            let page = try await client.get(URI(string: "http://127.0.0.1:\(port)\(receipt.path)"))
            if page.status != .ok || !page.text.contains(receipt.reference) { missing.append(receipt.reference) }
        }
        #expect(missing.isEmpty, "acknowledged but lost after SIGKILL: \(missing)")
    }
}
