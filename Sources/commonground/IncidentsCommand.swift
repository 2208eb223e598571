import ArgumentParser
import CGSentiment
import CGWeb
import Foundation

/// `commonground incidents import FILE --source NAME --city CITY`: recorded offline incidents into the observatory.
struct IncidentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents", abstract: "Import recorded offline incidents into the observatory.",
        subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import recorded incidents (police-recorded, partner agencies) as verified incidents.",
            discussion: """
                Fields: id and date (YYYY-MM-DD) required; area (code or name) or latitude/longitude (or \
                coordinates); target_group (e.g. jews, muslims, black) or characteristic (with religion); \
                optionally type, classification and count (docs/incidents.md). Malformed lines are reported as \
                FILE: line N: field: reason and skipped; the rest is stored. Importing the same records from the \
                same source again stores nothing twice. Exits non-zero only when no record could be read.
                """)

        @Argument(help: "The file to import.") var file: String
        @Option(help: "Where the records come from, e.g. \"police-recorded\" (names starting with 'synthetic' mark generated data).")
        var source: String
        @Option(help: "The city id the incidents belong to.") var city: String
        @Option(help: "Input format: auto (by extension), jsonl, csv or json (an array).") var format: InputFormat = .auto
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.isReadableFile(atPath: url.path) else { throw ValidationError("cannot read \(file)") }
            let readerFormat = format.readerFormat(for: file)
            let settings = try database.settings()
            let (file, source, city) = (self.file, self.source, self.city)
            var summary = IncidentImportService.Summary()
            try await runReportingErrors {
                summary = try await ApplicationRunner.with(settings) { app in
                    try await IncidentImportService(app: app).importFile(
                        url, format: readerFormat, source: source, city: city, actor: .commandLine)
                }
            }
            for error in summary.errors { FileHandleStderr.write("\(file): \(error)") }
            announce(
                "\(file): read \(summary.read), stored \(summary.stored) records as \(summary.incidents) verified incidents, duplicates \(summary.duplicates), malformed \(summary.malformed) (source \(source), city \(city))"
            )
            if summary.read == 0 { throw ExitCode.failure }
        }
    }
}
