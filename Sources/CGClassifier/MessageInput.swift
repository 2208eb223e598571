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
            return eachLine(of: data) { bytes, number in
                let body = bytes.last == 0x0D ? UnsafeBufferPointer(rebasing: bytes.dropLast()) : bytes
                if isBlank(body) { return nil }
                return .success(Message(id: .number(number), text: String(decoding: body, as: UTF8.self)))
            }
        case .jsonl:
            return eachLine(of: data) { bytes, number in
                if let scanned = JSONLineScanner.message(in: bytes) {
                    return .success(Message(id: scanned.id ?? .number(number), text: scanned.text))
                }
                let t = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                return t.isEmpty ? nil : parseJSONLine(t, line: number)
            }
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

    /// Calls `body` with the bytes of each line (split at "\n", so a "\r\n" file leaves "\r" at each line's
    /// end) and its 1-based number, keeping what it returns. Lines are found as bytes: splitting the decoded
    /// `String` into `Character`s cost more than classifying the messages, and read a "\r\n" file, whose line
    /// ends are single characters, as one line.
    private static func eachLine(
        of data: Data, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Result<Message, LineError>?
    ) -> [Result<Message, LineError>] {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var out: [Result<Message, LineError>] = []
            var start = 0
            var number = 1
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if let r = body(UnsafeBufferPointer(rebasing: bytes[start..<end]), number) { out.append(r) }
                start = end + 1
                number += 1
            }
            return out
        }
    }

    /// Whether a line holds nothing but white space (as `trimmingCharacters(in: .whitespaces)` sees it; the
    /// common line is decided on its first bytes).
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var ascii = true
        for b in bytes {
            if b >= 0x80 { ascii = false } else if b != 0x20 && b != 0x09 { return false }
        }
        return ascii || String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces).isEmpty
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
