import CGGeo
import Foundation

/// The messages read from an input and the lines that were skipped.
public struct MessageReadResult: Sendable, Hashable {
    /// The messages that passed validation, in input order.
    public var messages: [IncomingMessage]
    /// The lines that were skipped, in input order.
    public var errors: [LineError]

    /// Creates a result.
    public init(messages: [IncomingMessage] = [], errors: [LineError] = []) {
        self.messages = messages
        self.errors = errors
    }
}

/// Reads online messages from JSONL, CSV or a JSON array (the HTTP batch body), from memory or from a file
/// streamed in chunks, so a file of any size is read in constant memory with ``forEachBatch(contentsOf:batchSize:_:)``.
///
/// Malformed lines are skipped and reported as ``LineError``s with their line number and field; the rest goes
/// in. Empty lines are ignored. The schema (field names and formats) is in docs/sentiment.md.
public struct MessageFileReader: Sendable {
    /// Input formats.
    public enum Format: String, Sendable, Codable, CaseIterable {
        /// One JSON object per line.
        case jsonl
        /// Comma-separated values with a header row; quoted fields may hold commas, quotes (`""`) and newlines.
        case csv
        /// One JSON array of objects (the body of `POST /api/v1/messages`); "line" numbers are item numbers.
        case jsonArray = "json"

        /// The format a file name suggests: `.csv` → CSV, `.json` → JSON array, anything else → JSONL.
        public static func guess(fileName: String) -> Format {
            let lower = fileName.lowercased()
            if lower.hasSuffix(".csv") { return .csv }
            if lower.hasSuffix(".json") { return .jsonArray }
            return .jsonl
        }
    }

    /// The format read.
    public var format: Format
    /// The source name stamped on every message read.
    public var source: String
    /// The size limits applied.
    public var limits: IngestLimits
    /// The city's time zone: timestamps without an offset are read as its local time. Nil refuses them.
    public var localTimeZone: TimeZone?

    /// Creates a reader.
    public init(format: Format, source: String, limits: IngestLimits = .standard, localTimeZone: TimeZone? = nil) {
        self.format = format
        self.source = source
        self.limits = limits
        self.localTimeZone = localTimeZone
    }

    /// Reads every message in `data`.
    public func read(data: Data) -> MessageReadResult {
        var result = MessageReadResult()
        if format == .jsonArray {
            readArray(data, into: &result)
            return result
        }
        var stream = recordStream()
        stream.read(data) { append($0, into: &result) }
        return result
    }

    /// Reads every message in the file at `url` (streamed in 1 MB chunks; a JSON array is read whole).
    public func read(contentsOf url: URL) throws -> MessageReadResult {
        var result = MessageReadResult()
        try forEachBatch(contentsOf: url, batchSize: .max) { batch in
            result.messages += batch.messages
            result.errors += batch.errors
        }
        return result
    }

    /// Streams the file at `url` in 1 MB chunks, calling `body` with at most `batchSize` messages at a time (and
    /// the errors found since the previous call), in input order, so ingest can classify and store batch by batch.
    public func forEachBatch(
        contentsOf url: URL, batchSize: Int = 5_000, _ body: (MessageReadResult) throws -> Void
    ) throws {
        if format == .jsonArray {
            let result = read(data: try Data(contentsOf: url))
            try body(result)
            return
        }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var stream = recordStream()
        var pending = MessageReadResult()
        // Chunks of 256 KB hold about a thousand messages, so what a batch leaves over (copied into the next
        // one) stays small; the batch itself keeps the read array, trimmed in place.
        while let chunk = try handle.read(upToCount: 1 << 18), !chunk.isEmpty {
            chunk.withUnsafeBytes { raw in stream.feed(raw.bindMemory(to: UInt8.self)) { append($0, into: &pending) } }
            while pending.messages.count >= batchSize {
                var batch = pending
                pending = MessageReadResult(messages: Array(batch.messages[batchSize...]))
                batch.messages.removeSubrange(batchSize...)
                try body(batch)
            }
        }
        stream.finish { append($0, into: &pending) }
        while !pending.messages.isEmpty || !pending.errors.isEmpty {
            let batch = MessageReadResult(messages: Array(pending.messages.prefix(batchSize)), errors: pending.errors)
            pending = MessageReadResult(messages: Array(pending.messages.dropFirst(batchSize)))
            try body(batch)
        }
    }

    // MARK: - Records

    /// The record stream of this format (JSONL, or CSV whose header must name a text column).
    private func recordStream() -> RecordStream {
        let csv = format == .csv
            ? RecordStream.CSVRules(headerProblem: { header in
                header.contains(where: { ["text", "content", "body", "message"].contains($0) })
                    ? nil : "the header row has no text column"
            })
            : nil
        return RecordStream(csv: csv, maximumRecordBytes: limits.maximumRecordBytes)
    }

    private func readArray(_ data: Data, into result: inout MessageReadResult) {
        switch RecordStream.readArray(data, wrapperKey: "messages", { append($0, into: &result) }) {
        case .notJSON?: result.errors.append(LineError(line: 1, field: nil, reason: "not JSON"))
        case .notArray?: result.errors.append(LineError(line: 1, field: nil, reason: "expected an array of messages"))
        case nil: break
        }
    }

    private func append(_ item: RecordStream.Item, into result: inout MessageReadResult) {
        switch item {
        case .record(let record, let line): append(record, line: line, into: &result)
        case .error(let error): result.errors.append(error)
        }
    }

    private func append(_ record: RawRecord, line: Int, into result: inout MessageReadResult) {
        switch MessageValidator(limits: limits, source: source, localTimeZone: localTimeZone).message(from: record) {
        case .success(let message): result.messages.append(message)
        case .failure(let error):
            result.errors.append(LineError(line: line, field: error.field, reason: error.reason))
        }
    }
}

/// One field value as read: text (CSV, JSON strings), a number, a list (JSON arrays of strings), numbers (JSON
/// arrays of numbers), a point (a GeoJSON `Point` object) or null.
enum RawValue {
    case text(String)
    case number(Double)
    case list([String])
    case numbers([Double])
    case point(GeoPoint)
    case null
    case other
}

/// A record's fields by lower-case schema name.
struct RawRecord {
    var values: [String: RawValue]

    init(values: [String: RawValue]) { self.values = values }

    init(json: [String: Any]) {
        var values: [String: RawValue] = [:]
        for (key, value) in json {
            let raw: RawValue
            switch value {
            case let s as String: raw = .text(s)
            case let n as NSNumber: raw = .number(n.doubleValue)
            case let a as [Any]:
                let strings = a.compactMap { $0 as? String }
                let numbers = a.compactMap { ($0 as? NSNumber)?.doubleValue }
                raw = strings.count == a.count ? .list(strings) : numbers.count == a.count ? .numbers(numbers) : .other
            case let object as [String: Any]:
                // A GeoJSON Point (`{"type": "Point", "coordinates": [longitude, latitude]}`, as platforms give a
                // post's coordinates); any other object is not a schema value.
                let coordinates = (object["coordinates"] as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue }
                if (object["type"] as? String)?.lowercased() == "point", let coordinates, coordinates.count >= 2 {
                    raw = .point(GeoPoint(latitude: coordinates[1], longitude: coordinates[0]))
                } else {
                    raw = .other
                }
            case is NSNull: raw = .null
            default: raw = .other
            }
            values[key.lowercased()] = raw
        }
        self.values = values
    }

    subscript(_ names: String...) -> (name: String, value: RawValue)? {
        for name in names {
            if let value = values[name] {
                if case .null = value { continue }
                if case .text(let s) = value, !s.hasNonWhitespace {
                    continue
                }
                return (name, value)
            }
        }
        return nil
    }
}

/// RFC 4180 field splitting of one CSV record.
enum CSVRecord {
    /// The fields of `bytes`, or nil when a quote is misplaced.
    static func split(_ bytes: [UInt8]) -> [String]? {
        var fields: [String] = []
        var field: [UInt8] = []
        var i = 0
        var quoted = false
        var fieldStart = true
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 2
                        continue
                    }
                    quoted = false
                    i += 1
                    // Only a separator (or spaces) may follow a closing quote.
                    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0D { i += 1 }
                    guard i == bytes.count || bytes[i] == 0x2C else { return nil }
                    continue
                }
                field.append(b)
                i += 1
                continue
            }
            if b == 0x22 && fieldStart {
                quoted = true
                fieldStart = false
                field.removeAll()
                i += 1
                continue
            }
            if b == 0x2C {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll()
                fieldStart = true
                i += 1
                continue
            }
            if b == 0x22 { return nil }
            if !(fieldStart && b == 0x20) || !field.isEmpty { field.append(b) }
            if b != 0x20 { fieldStart = false }
            i += 1
        }
        if quoted { return nil }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}
