import ArgumentParser
import CGSentiment

/// The `--format` option of the file commands (`ingest`, `incidents import`).
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case auto, jsonl, csv, json

    /// The reader format for `file`: by its extension under `auto`.
    func readerFormat(for file: String) -> MessageFileReader.Format {
        switch self {
        case .auto: return .guess(fileName: file)
        case .jsonl: return .jsonl
        case .csv: return .csv
        case .json: return .jsonArray
        }
    }
}
