import ArgumentParser
import CGClassifier
import Foundation

/// `commonground classify [FILE]`: one JSON line per message, from plain text, JSONL or CSV.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify messages for hate speech; writes one JSON line per message.",
        discussion: """
            Input: plain text (one message per line; id = line number), JSONL ({"id":…,"text":…}) or CSV with \
            a header containing "text" (and optionally "id"). Reads FILE or standard input. Bad lines are \
            reported on standard error with their line number and skipped.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case auto, text, jsonl, csv
    }

    @Argument(help: "Input file (default, or \"-\": standard input).")
    var file: String?

    @Option(help: "Input format: auto, text, jsonl or csv (auto: by extension, else by first line).")
    var format: Format = .auto

    @Option(help: "Directory of .cghm models (default: the bundled models).")
    var models: String?

    @Flag(help: "Leave out explanations (faster).")
    var noExplain = false

    func run() throws {
        let classifier = try models.map { try HateClassifier.load(directory: URL(fileURLWithPath: $0)) }
            ?? HateClassifier.loadDefault()
        let data: Data
        if let file, file != "-" {
            guard FileManager.default.isReadableFile(atPath: file) else {
                throw ValidationError("\(file): no such file, or it cannot be read")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let input = MessageInput.parse(data: data, format: resolvedFormat(data))
        let session = classifier.makeSession()
        let out = FileHandle.standardOutput
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 17)
        for item in input {
            switch item {
            case .failure(let error):
                FileHandle.standardError.write(Data("\(file ?? "stdin"): \(error)\n".utf8))
            case .success(let message):
                let c = session.classify(message.text, explain: !noExplain)
                ClassificationLine(id: message.id, classification: c).append(to: &buffer)
                buffer.append(0x0A)
                if buffer.count > 1 << 16 {
                    out.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        out.write(Data(buffer))
    }

    private func resolvedFormat(_ data: Data) -> MessageInput.Format {
        switch format {
        case .text: return .text
        case .jsonl: return .jsonl
        case .csv: return .csv
        case .auto:
            let ext = file.flatMap { $0 == "-" ? nil : URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
            if ext == "jsonl" || ext == "ndjson" { return .jsonl }
            if ext == "csv" { return .csv }
            if ext == "tsv" { return .tsv }
            let first = data.prefix(1).first
            return first == UInt8(ascii: "{") ? .jsonl : .text
        }
    }
}
