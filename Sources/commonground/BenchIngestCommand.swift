import ArgumentParser
import CGGeo
import CGWeb
import Foundation

/// `commonground bench ingest`: online-message ingest into a fresh SQLite file against a no-storage baseline.
struct BenchIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Benchmark online-message ingest (read, classify, place, store with rollups) into SQLite.")

    @Option(help: "Messages to generate (a synthetic stream of the city over 70 days).") var messages: Int = 200_000
    @Option(help: "The city whose synthetic stream, in its languages, to ingest (london, paris, stockholm, …).")
    var city: String = "london"
    @Option(help: "Messages per stored batch.") var batchSize: Int = 5_000
    @Option(name: .customLong("data-dir"), help: "Folder for the benchmark database (default: a new temporary folder, removed afterwards).")
    var dataDirectory: String?

    func validate() throws {
        if messages < 10_000 { throw ValidationError("--messages must be at least 10000") }
        if !(100...50_000).contains(batchSize) { throw ValidationError("--batch-size must be between 100 and 50000") }
        if CityPacks.pack(id: city) == nil {
            throw ValidationError("--city must be one of \(CityPacks.all.map(\.id).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let folder = dataDirectory
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("cg-bench-\(UUID().uuidString)").path
        defer { if dataDirectory == nil { try? FileManager.default.removeItem(atPath: folder) } }
        _ = ApplicationRunner.bootstrapLogging
        let options = IngestBenchmark.Options(directory: folder, messages: messages, city: city, batchSize: batchSize)
        try await IngestBenchmark.run(options) { line in
            announce(line)
        }
    }
}
