import ArgumentParser
import CGWeb
import Foundation

/// `commonground bench dashboard`: p50/p95 of every dashboard query over rollups equivalent to N messages,
/// against a `SELECT 1` round trip measured in the same run.
struct BenchDashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Benchmark the analyst dashboard queries over generated rollups.")

    @Option(help: "Messages the generated rollups stand for.") var messages: Int = 10_000_000
    @Option(help: "Runs per query (p50 and p95 are reported).") var runs: Int = 40
    @Option(name: .customLong("database-url"), help: "postgres://… to measure a fresh PostgreSQL database instead of SQLite (it must be empty).")
    var databaseURL: String?
    @Option(name: .customLong("data-dir"), help: "Folder for the benchmark database (default: a new temporary folder, removed afterwards).")
    var dataDirectory: String?
    @Flag(name: .customLong("reuse-store"), help: "Measure the store an earlier run left in --data-dir or at --database-url, without generating (to compare the same rows with an index dropped by hand).")
    var reuseStore = false

    func run() async throws {
        let folder = dataDirectory
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("cg-bench-\(UUID().uuidString)").path
        defer { if dataDirectory == nil { try? FileManager.default.removeItem(atPath: folder) } }
        _ = ApplicationRunner.bootstrapLogging
        try await DashboardBenchmark.run(
            .init(directory: folder, database: databaseURL.map { .postgres(url: $0) } ?? .sqlite, messages: messages, runs: runs,
                reuseStore: reuseStore)
        ) { line in announce(line) }
    }
}
