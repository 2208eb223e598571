import Foundation

/// Parses messages to classify from plain text, JSONL or CSV, keeping going past bad lines.
public enum MessageInput {
    /// Input formats.
    public enum Format: Sendable {
        /// One message per line; the id is the line number.
        case text
        /// One JSON object per line with `text` and optional `id`.
        case jsonl
        /// Comma-separated with a header containing `text` and optional `id`.
        case csv
        /// Tab-separated with a header containing `text` and optional `id`.
        case tsv
    }

    /// A message id: a JSON string or number as given, or the line number.
    public enum MessageID: Sendable, Equatable, Encodable {
        /// A numeric id (also used for line numbers).
        case number(Int)
        /// A string id.
        case string(String)

        /// Encodes as a bare number or string.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .number(let n): try c.encode(n)
            case .string(let s): try c.encode(s)
            }
        }
    }

    /// One message to classify.
    public struct Message: Sendable, Equatable {
        /// The id written back with the result.
        public var id: MessageID
        /// The text.
        public var text: String
    }

    /// A bad input line.
    public struct LineError: Error, Sendable, Equatable, CustomStringConvertible {
        /// 1-based line number.
        public var line: Int
        /// What was wrong.
        public var message: String
        /// "line N: message".
        public var description: String { "line \(line): \(message)" }
    }

    /// Parses the whole input.
    public static func parse(data: Data, format: Format) -> [Result<Message, LineError>] {
        switch format {
        case .text:
            let text = String(decoding: data, as: UTF8.self)
            var out: [Result<Message, LineError>] = []
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let t = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
                if t.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                out.append(.success(Message(id: .number(i + 1), text: t)))
            }
            return out
        case .jsonl:
            let text = String(decoding: data, as: UTF8.self)
            var out: [Result<Message, LineError>] = []
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var line = line
                let scanned = line.withUTF8 { JSONLineScanner.message(in: $0) }
                if let scanned {
                    out.append(.success(Message(id: scanned.id ?? .number(i + 1), text: scanned.text)))
                    continue
                }
                let t = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if t.isEmpty { continue }
                out.append(parseJSONLine(t, line: i + 1))
            }
            return out
        case .csv, .tsv:
            let reader = DelimitedReader(delimiter: format == .csv ? "," : "\t")
            let records = reader.records(bytes: [UInt8](data))
            guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
                return []
            }
            guard let tc = header.firstIndex(of: "text") else {
                return [.failure(LineError(line: 1, message: "CSV header has no \"text\" column"))]
            }
            let ic = header.firstIndex(of: "id")
            return records.dropFirst().map { r in
                guard tc < r.fields.count else {
                    return .failure(LineError(line: r.line, message: "expected \(header.count) fields, found \(r.fields.count)"))
                }
                let id: MessageID = ic.flatMap { $0 < r.fields.count ? r.fields[$0] : nil }.map { s in
                    Int(s).map(MessageID.number) ?? .string(s)
                } ?? .number(r.line)
                return .success(Message(id: id, text: r.fields[tc]))
            }
        }
    }

    static func parseJSONLine(_ line: String, line number: Int) -> Result<Message, LineError> {
        guard let any = try? JSONSerialization.jsonObject(with: Data(line.utf8)),
            let obj = any as? [String: Any]
        else {
            return .failure(LineError(line: number, message: "not a JSON object"))
        }
        guard let text = obj["text"] as? String else {
            return .failure(LineError(line: number, message: "missing string field \"text\""))
        }
        let id: MessageID
        switch obj["id"] {
        case let s as String: id = .string(s)
        case let n as NSNumber: id = .number(n.intValue)
        default: id = .number(number)
        }
        return .success(Message(id: id, text: text))
    }
}
