import Foundation

/// RFC 4180-style reader for CSV, TSV and semicolon-separated files: quoted fields may contain the delimiter,
/// doubled quotes and line breaks; CRLF and LF line ends are both accepted; a UTF-8 BOM is skipped.
public struct DelimitedReader: Sendable {
    /// One parsed record and the (1-based) line on which it started.
    public struct Record: Sendable, Equatable {
        /// The fields of the record.
        public var fields: [String]
        /// The physical line where the record starts.
        public var line: Int
    }

    /// The field delimiter, e.g. `,`, `;` or a tab.
    public var delimiter: UInt8

    /// Creates a reader for the given delimiter (a single ASCII character).
    public init(delimiter: Character = ",") {
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
    }

    /// Parses a whole document.
    public func records(_ text: String) -> [Record] {
        records(bytes: Array(text.utf8))
    }

    /// Parses a whole file.
    public func records(contentsOf url: URL) throws -> [Record] {
        records(bytes: [UInt8](try Data(contentsOf: url)))
    }

    /// Parses UTF-8 bytes.
    public func records(bytes input: [UInt8]) -> [Record] {
        var out: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var i = 0
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldStarted = false
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { i = 3 }
        let q = UInt8(ascii: "\"")
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        func endRecord() {
            endField()
            // A blank line is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { out.append(Record(fields: fields, line: recordLine)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < input.count {
            let b = input[i]
            if inQuotes {
                if b == q {
                    if i + 1 < input.count && input[i + 1] == q {
                        field.append(q)
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case q where !fieldStarted:
                inQuotes = true
                fieldStarted = true
            case delimiter:
                endField()
            case 0x0D:
                break
            case 0x0A:
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(b)
                fieldStarted = true
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty || fieldStarted { endRecord() }
        return out
    }

    /// Parses a document whose first record is a header, returning dictionaries keyed by column name.
    public func rows(_ records: [Record]) -> [(values: [String: String], line: Int)] {
        guard let header = records.first?.fields else { return [] }
        return records.dropFirst().map { record in
            var d: [String: String] = [:]
            for (k, name) in header.enumerated() where k < record.fields.count { d[name] = record.fields[k] }
            return (d, record.line)
        }
    }
}
