import ArgumentParser
import CGWeb
import Foundation

/// `commonground bench reports`: submissions per second and p99 latency through the real HTTP stack on
/// SQLite, and the observatory query over a million generated reports, each against a baseline from the
/// same run.
struct BenchReportsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports", abstract: "Benchmark report submissions (HTTP, SQLite) and the observatory query.")

    @Option(help: "Seconds per HTTP measurement.") var seconds: Double = 5
    @Option(help: "Concurrent clients for the throughput measurement.") var concurrency: Int = 8
    @Option(help: "Reports to generate for the query measurement.") var reports: Int = 1_000_000
    @Option(help: "Runs per query measurement (the median is reported).") var runs: Int = 21
    @Option(name: .customLong("data-dir"), help: "Folder for the benchmark database (default: a new temporary folder, removed afterwards).")
    var dataDirectory: String?

    func run() async throws {
        let folder = dataDirectory
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("cg-bench-\(UUID().uuidString)").path
        defer { if dataDirectory == nil { try? FileManager.default.removeItem(atPath: folder) } }
        _ = ApplicationRunner.bootstrapLogging
        try await ReportsBenchmark.run(
            .init(directory: folder, seconds: seconds, concurrency: concurrency, reports: reports, queryRuns: runs)
        ) { line in announce(line) }
    }
}
