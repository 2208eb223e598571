import Foundation

/// The one reading of JSONL, CSV and JSON-array input into ``RawRecord``s, shared by online messages
/// (``MessageFileReader``) and recorded incidents (``IncidentFileReader``), which differ only in what they make
/// of a record and in what their CSV header needs.
///
/// Bytes are fed in chunks of any size (a file streamed in constant memory, or all at once): records are lines
/// for JSONL and lines outside quoted fields for CSV, each at most `maximumRecordBytes`; a UTF-8 BOM, a trailing
/// CR and blank lines are dropped. A JSONL record is a JSON object (the fast ``FlatJSON`` path, else
/// `JSONSerialization`); a CSV record is split by RFC 4180 (``CSVRecord``) and keyed by the header row's
/// lower-case, trimmed names. Each record comes out with the line it starts on, or as a ``LineError``.
struct RecordStream {
    /// What the stream yields, in input order.
    enum Item {
        /// A record and the line it starts on.
        case record(RawRecord, line: Int)
        /// A line that could not be read.
        case error(LineError)
    }

    /// What a CSV reader asks of the header row and of its data rows.
    struct CSVRules {
        /// The reason the header row (lower-case, trimmed names) cannot be used, or nil when it can.
        var headerProblem: ([String]) -> String?
        /// Whether the rows after an unusable header are dropped (the file is refused as a whole) rather than
        /// read (and each reported by the caller's validation).
        var dropRowsAfterBadHeader = false
        /// Whether rows whose fields are all blank (`,,,`) are skipped rather than read as records.
        var skipBlankRows = false
    }

    /// Read as CSV with these rules, or as JSONL when nil.
    let csv: CSVRules?
    /// The longest record accepted, in bytes.
    let maximumRecordBytes: Int

    private var buffer: [UInt8] = []
    private var inQuotes = false
    private var line = 1
    private var recordStartLine = 1
    private var header: [String]?
    private var headerRefused = false
    private var oversized = false
    private var fieldStart = true
    private var justClosedQuote = false

    /// A stream of JSONL (`csv` nil) or CSV records.
    init(csv: CSVRules?, maximumRecordBytes: Int) {
        self.csv = csv
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// Reads `bytes`, the next chunk of the input, yielding every record it completes.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ yield: (Item) -> Void) {
        let isCSV = csv != nil
        for byte in bytes {
            if isCSV { trackQuotes(byte) }
            if byte == 0x0A {
                line += 1
                if !(isCSV && inQuotes) {
                    emit(yield)
                    recordStartLine = line
                    fieldStart = true
                    continue
                }
            }
            if buffer.count < maximumRecordBytes {
                buffer.append(byte)
            } else {
                oversized = true
            }
        }
    }

    /// Ends the input, yielding the last record (or the error of an unterminated quoted field).
    mutating func finish(_ yield: (Item) -> Void) {
        if let csv, inQuotes, !(headerRefused && csv.dropRowsAfterBadHeader) {
            yield(.error(LineError(line: recordStartLine, field: nil, reason: "unterminated quoted field")))
            buffer.removeAll()
            oversized = false
            return
        }
        emit(yield)
    }

    /// Reads a whole input.
    mutating func read(_ data: Data, _ yield: (Item) -> Void) {
        data.withUnsafeBytes { raw in feed(raw.bindMemory(to: UInt8.self), yield) }
        finish(yield)
    }

    /// A quote opens a quoted field only at the start of a field (or right after a closing quote: an escaped
    /// `""`), so a stray quote inside an unquoted field spoils its own record, not the lines after it.
    private mutating func trackQuotes(_ byte: UInt8) {
        if inQuotes {
            if byte == 0x22 {
                inQuotes = false
                justClosedQuote = true
            }
            return
        }
        if byte == 0x22 && (fieldStart || justClosedQuote) {
            inQuotes = true
            fieldStart = false
            justClosedQuote = false
            return
        }
        justClosedQuote = false
        if byte == 0x2C {
            fieldStart = true
        } else if byte != 0x20 && byte != 0x0D && byte != 0x0A {
            fieldStart = false
        }
    }

    private mutating func emit(_ yield: (Item) -> Void) {
        defer {
            buffer.removeAll(keepingCapacity: true)
            oversized = false
        }
        if let last = buffer.last, last == 0x0D { buffer.removeLast() }
        if oversized {
            yield(.error(LineError(line: recordStartLine, field: nil, reason: "longer than \(maximumRecordBytes) bytes")))
            return
        }
        if buffer.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
        if recordStartLine == 1, buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
        let lineNumber = recordStartLine
        guard let csv else {
            if let values = FlatJSON.parse(buffer) {
                yield(.record(RawRecord(values: values), line: lineNumber))
                return
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(buffer)),
                let dictionary = object as? [String: Any]
            else {
                yield(.error(LineError(line: lineNumber, field: nil, reason: "not a JSON object")))
                return
            }
            // Foundation reads `{"id": 1,}` and `["a",]`; JSON does not, and the schema calls such a line an error.
            if Self.hasTrailingComma(buffer) {
                yield(.error(LineError(line: lineNumber, field: nil, reason: "not valid JSON: a comma before a closing } or ]")))
                return
            }
            yield(.record(RawRecord(json: dictionary), line: lineNumber))
            return
        }
        if headerRefused && csv.dropRowsAfterBadHeader { return }
        guard let fields = CSVRecord.split(buffer) else {
            yield(.error(LineError(line: lineNumber, field: nil, reason: "malformed quoted field")))
            return
        }
        guard let header else {
            let names = fields.map { $0.trimmingWhitespace.lowercased() }
            header = names
            if var problem = csv.headerProblem(names) {
                // Spreadsheets in languages that write decimal commas (Spanish, Catalan, French, Dutch, Swedish)
                // export CSV with semicolons: the header then reads as one column holding them.
                if names.count == 1, let separator = [";", "\t"].first(where: { names[0].contains($0) }) {
                    problem += " (it is one column holding \(separator == ";" ? "semicolons" : "tabs"): fields must be separated by commas)"
                }
                headerRefused = true
                yield(.error(LineError(line: lineNumber, field: nil, reason: problem)))
            }
            return
        }
        if csv.skipBlankRows && fields.allSatisfy({ !$0.hasNonWhitespace }) { return }
        guard fields.count == header.count else {
            yield(
                .error(
                    LineError(
                        line: lineNumber, field: nil,
                        reason: "expected \(header.count) fields as in the header, found \(fields.count)")))
            return
        }
        var values: [String: RawValue] = [:]
        for (name, value) in zip(header, fields) where !value.isEmpty { values[name] = .text(value) }
        yield(.record(RawRecord(values: values), line: lineNumber))
    }

    /// Why a JSON array input could not be read.
    enum ArrayProblem: Error {
        /// The input is not JSON.
        case notJSON
        /// The input is JSON but neither an array nor an object holding one under the wrapper key.
        case notArray
    }

    /// Whether a comma stands right before a closing `}` or `]` (white space between) outside strings.
    static func hasTrailingComma(_ bytes: [UInt8]) -> Bool {
        var inString = false, escaped = false, comma = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            switch b {
            case 0x22: inString = true; comma = false
            case 0x2C: comma = true
            case 0x7D, 0x5D: if comma { return true }
            case 0x20, 0x09, 0x0A, 0x0D: continue
            default: comma = false
            }
        }
        return false
    }

    /// Reads a JSON array of objects (or an object holding one under `wrapperKey`), item numbers as lines; an
    /// item that is not an object is an error of its own.
    static func readArray(_ data: Data, wrapperKey: String, _ yield: (Item) -> Void) -> ArrayProblem? {
        guard let object = try? JSONSerialization.jsonObject(with: data), !hasTrailingComma(Array(data)) else {
            return .notJSON
        }
        guard let items = object as? [Any] ?? (object as? [String: Any])?[wrapperKey] as? [Any] else { return .notArray }
        for (index, item) in items.enumerated() {
            guard let dictionary = item as? [String: Any] else {
                yield(.error(LineError(line: index + 1, field: nil, reason: "not a JSON object")))
                continue
            }
            yield(.record(RawRecord(json: dictionary), line: index + 1))
        }
        return nil
    }
}
