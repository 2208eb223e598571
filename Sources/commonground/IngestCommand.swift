import ArgumentParser
import CGSentiment
import CGWeb
import Foundation

/// `commonground ingest FILE --source NAME --city CITY`: classify, place and store online messages from a file.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest online messages from a JSONL, CSV or JSON file into a registered source.",
        discussion: """
            Fields: id, timestamp (with offset), text, author_id, and optionally language, author_location, \
            latitude/longitude or coordinates, mentions, reply_to, author_age_band, author_gender (docs/sentiment.md §1). \
            Malformed lines are reported as FILE: line N: field: reason and skipped; the rest is stored. \
            Re-ingesting a file stores nothing twice. Exits non-zero only when no message could be read.
            """)

    @Argument(help: "The file to ingest.") var file: String
    @Option(help: "The registered source name (see `commonground source add`).") var source: String
    @Option(help: "The city id the messages belong to.") var city: String
    @Option(help: "Input format: auto (by extension), jsonl, csv or json (an array).") var format: InputFormat = .auto
    @Option(
        name: .customLong("text-retention-days"),
        help: "Keep raw texts for human review this many days (default: $CG_TEXT_RETENTION_DAYS, else 30).")
    var retentionDays: Int?
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let retentionDays, !(1...3_650).contains(retentionDays) {
            throw ValidationError("--text-retention-days must be between 1 and 3650")
        }
    }

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ValidationError("cannot read \(file)")
        }
        var settings = try database.settings()
        if let retentionDays { settings.environment[SentimentContext.retentionVariable] = String(retentionDays) }
        let readerFormat = format.readerFormat(for: file)
        let (file, source, city) = (self.file, self.source, self.city)
        var summary = MessageIngestService.Summary()
        try await runReportingErrors {
            summary = try await ApplicationRunner.with(settings) { app in
                try await MessageIngestService(app: app).ingest(
                    file: url, format: readerFormat, source: source, city: city, actor: .commandLine)
            }
        }
        for error in summary.errors { FileHandleStderr.write("\(file): \(error)") }
        announce(
            "\(file): read \(summary.read), stored \(summary.stored), duplicates \(summary.duplicates), malformed \(summary.malformed), unplaced \(summary.unplaced) (source \(source), city \(city))"
        )
        if summary.read == 0 { throw ExitCode.failure }
    }
}
