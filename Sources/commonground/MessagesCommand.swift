import ArgumentParser
import CGWeb
import Foundation

/// `commonground messages delete|purge`: takedowns and the review-text retention.
struct MessagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "messages", abstract: "Delete online messages (takedowns) and purge review texts.",
        subcommands: [Delete.self, Purge.self])

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete messages by id everywhere; the aggregates drop them. Audited.")

        @Option(help: "The source name.") var source: String
        @Option(help: "A message id (repeatable).") var id: [String] = []
        @Option(name: .customLong("ids-file"), help: "A file with one message id per line.") var idsFile: String?
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if id.isEmpty && idsFile == nil { throw ValidationError("give --id ID or --ids-file FILE") }
        }

        func run() async throws {
            var ids = id
            if let idsFile {
                guard let text = try? String(contentsOfFile: idsFile, encoding: .utf8) else {
                    throw ValidationError("cannot read \(idsFile)")
                }
                ids += text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
            }
            let settings = try database.settings()
            let (source, wanted) = (self.source, ids)
            var missing: [String] = []
            try await runReportingErrors {
                missing = try await ApplicationRunner.with(settings) { app in
                    let service = MessageIngestService(app: app)
                    var missing: [String] = []
                    for id in wanted where try await !service.delete(source: source, messageID: id, actor: .commandLine) {
                        missing.append(id)
                    }
                    return missing
                }
            }
            for id in missing { FileHandleStderr.write("not stored: \(source)/\(id)") }
            announce("Deleted \(wanted.count - missing.count) of \(wanted.count) messages from \(source).")
        }
    }

    struct Purge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove raw texts past their retention now (the server also does it every hour).",
            discussion: "Each message's retention end is fixed when it is ingested (--text-retention-days of ingest).")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let settings = try database.settings()
            var purged = 0
            try await runReportingErrors {
                purged = try await ApplicationRunner.with(settings) { app in
                    try await MessageIngestService(app: app).purgeTexts(actor: .commandLine)
                }
            }
            announce("Purged \(purged) review texts past their retention.")
        }
    }
}
