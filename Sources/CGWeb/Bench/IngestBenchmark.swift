import CGGeo
import CGSentiment
import CGStorage
import Foundation
import Vapor

/// `commonground bench ingest`: messages per second through the whole ingest (read JSONL, gate, classify,
/// place, seal, store with rollups in SQLite) against a baseline from the same run: reading and analysing the
/// same file without storage. Also the time of a re-ingest (everything a duplicate) and the SQLite file size.
public enum IngestBenchmark {
    /// What to measure.
    public struct Options: Sendable {
        public var directory: String
        public var messages: Int
        public var city: String
        public var batchSize: Int

        public init(directory: String, messages: Int = 200_000, city: String = "london", batchSize: Int = 5_000) {
            self.directory = directory
            self.messages = messages
            self.city = city
            self.batchSize = batchSize
        }
    }

    /// The goal of issue 5: sustained messages per second into SQLite.
    public static let goal = 20_000.0

    /// Runs the measurements, reporting line by line to `log`.
    public static func run(_ options: Options, log: @escaping @Sendable (String) -> Void) async throws {
        guard let pack = CityPacks.pack(id: options.city) else { throw Abort(.badRequest, reason: "unknown city") }
        try FileManager.default.createDirectory(atPath: options.directory, withIntermediateDirectories: true)
        let days = 70
        let perAreaPerDay = Double(options.messages) / Double(pack.areas.count * days)
        let stream = DemoStream.generate(
            city: pack, days: days, seed: 7, start: Date(timeIntervalSince1970: 1_767_225_600),
            messagesPerAreaPerDay: perAreaPerDay)
        let file = URL(fileURLWithPath: options.directory).appendingPathComponent("stream.jsonl")
        var text = ""
        text.reserveCapacity(stream.messages.count * 220)
        for message in stream.messages {
            text += message.jsonLine
            text += "\n"
        }
        try Data(text.utf8).write(to: file)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        log(
            "bench ingest: \(stream.messages.count) synthetic \(pack.englishName) messages over \(days) days, JSONL \(bytes / 1_048_576) MB, batches of \(options.batchSize)"
        )

        let settings = AppSettings(
            host: "127.0.0.1", port: 0, dataDirectory: options.directory, environment: [:])
        let app = try await Application.makeForBenchmark()
        do {
            try await configure(app, settings: settings)
            try await measure(app, file: file, city: pack.id, count: stream.messages.count, options, log: log)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        let database = URL(fileURLWithPath: options.directory).appendingPathComponent(DatabaseLocation.sqliteFileName).path
        var size = 0
        for suffix in ["", "-wal", "-shm"] {
            size += (try? FileManager.default.attributesOfItem(atPath: database + suffix)[.size] as? Int) ?? 0
        }
        log(
            "SQLite file: \(size / 1_048_576) MB (\(size / max(1, stream.messages.count)) bytes per message, rollups and indexes included)"
        )
    }

    static func measure(
        _ app: Application, file: URL, city: String, count: Int, _ options: Options,
        log: @escaping @Sendable (String) -> Void
    ) async throws {
        let service = MessageIngestService(app: app)
        let analyzer = try await service.analyzer(city: city)
        let reader = MessageFileReader(format: .jsonl, source: DemoStream.source)
        // Warm up: the classifier's models, the gazetteer, the allocator.
        _ = analyzer.analyze(Array(reader.read(data: try Data(contentsOf: file).prefix(2_000_000)).messages.prefix(5_000)), receivedAt: Date())

        let baselineStart = ContinuousClock.now
        var analysed = 0
        let session = analyzer.makeSession()
        try reader.forEachBatch(contentsOf: file, batchSize: options.batchSize) { batch in
            analysed += session.analyze(batch.messages, receivedAt: Date()).count
        }
        let baseline = Double(analysed) / seconds(ContinuousClock.now - baselineStart)
        log("baseline, read + gate + classify + place (no storage, one thread): \(Int(baseline)) messages/s")

        _ = try await service.register(MessageSource.demo, actor: .commandLine)
        let start = ContinuousClock.now
        let summary = try await service.ingest(
            file: file, format: .jsonl, source: DemoStream.source, city: city, actor: .commandLine,
            batchSize: options.batchSize)
        let elapsed = seconds(ContinuousClock.now - start)
        let rate = Double(summary.read) / elapsed
        log(
            "ingest into SQLite (read, analyse, seal, store with rollups, audited batches): \(Int(rate)) messages/s sustained over \(String(format: "%.1f", elapsed)) s — \(String(format: "%.2f", rate / baseline))× the baseline; goal \(Int(goal))/s: \(rate >= goal ? "met" : "NOT met")"
        )
        log("  stored \(summary.stored), duplicates \(summary.duplicates), malformed \(summary.malformed), unplaced \(summary.unplaced)")

        let again = ContinuousClock.now
        let repeatSummary = try await service.ingest(
            file: file, format: .jsonl, source: DemoStream.source, city: city, actor: .commandLine,
            batchSize: options.batchSize)
        let againElapsed = seconds(ContinuousClock.now - again)
        log(
            "re-ingest of the same file: \(Int(Double(repeatSummary.read) / againElapsed)) messages/s, stored \(repeatSummary.stored), duplicates \(repeatSummary.duplicates)"
        )
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
