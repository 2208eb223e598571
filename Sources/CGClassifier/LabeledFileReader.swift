import Foundation

/// Reads labelled evaluation files for `commonground model eval`:
/// CSV/TSV with a header containing a text column (`text`, `tweet`, `comment` or `post`) and a label column
/// (`label`, `hateful`, `HS`, `isHate` or `class`); or JSONL with `text` and `label` keys.
/// Labels: `1`/`0`, `true`/`false`, `hate`/`nothate`, `hateful`/`not`/`not hateful`, numbers ≥ 0.5 are hateful.
public enum LabeledFileReader {
    /// A problem with one line; reading goes on.
    public struct LineError: Error, Sendable, CustomStringConvertible {
        /// 1-based line number.
        public var line: Int
        /// What was wrong.
        public var message: String
        /// "line N: message".
        public var description: String { "line \(line): \(message)" }
    }

    /// Parses a label value; `nil` when it cannot be read.
    public static func parseLabel(_ raw: String) -> Bool? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch s {
        case "1", "true", "yes", "hate", "hateful", "hs", "toxic": return true
        case "0", "false", "no", "nothate", "not", "not hateful", "not_hateful", "none", "normal", "non-hateful": return false
        default: return Double(s).map { $0 >= 0.5 }
        }
    }

    /// Reads examples from `url` (format by extension: `.jsonl`/`.json`, `.tsv`, else CSV).
    public static func read(_ url: URL, language: Language = .other) throws -> ([LabeledExample], [LineError]) {
        let data = try Data(contentsOf: url)
        let ext = url.pathExtension.lowercased()
        var out: [LabeledExample] = []
        var errors: [LineError] = []
        if ext == "jsonl" || ext == "json" || ext == "ndjson" {
            let text = String(decoding: data, as: UTF8.self)
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                guard let obj = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                    errors.append(LineError(line: i + 1, message: "not a JSON object"))
                    continue
                }
                guard let t = obj["text"] as? String else {
                    errors.append(LineError(line: i + 1, message: "missing \"text\""))
                    continue
                }
                let rawLabel: String? = (obj["label"] ?? obj["hateful"]).map { "\($0)" }
                guard let rl = rawLabel, let label = parseLabel(rl) else {
                    errors.append(LineError(line: i + 1, message: "missing or unreadable \"label\""))
                    continue
                }
                out.append(LabeledExample(text: t, language: language, hateful: label, source: url.lastPathComponent))
            }
            return (out, errors)
        }
        let reader = DelimitedReader(delimiter: ext == "tsv" ? "\t" : (ext == "ssv" ? ";" : ","))
        let records = reader.records(bytes: [UInt8](data))
        guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) else { return ([], []) }
        let textColumn = ["text", "tweet", "comment", "post", "message"].compactMap { header.firstIndex(of: $0) }.first
        let labelColumn = ["label", "hateful", "HS", "isHate", "hate", "class"].compactMap { header.firstIndex(of: $0) }.first
        guard let tc = textColumn, let lc = labelColumn else {
            return ([], [LineError(line: 1, message: "header needs a text column and a label column, found \(header)")])
        }
        for r in records.dropFirst() {
            guard r.fields.count > max(tc, lc) else {
                errors.append(LineError(line: r.line, message: "expected \(header.count) fields, found \(r.fields.count)"))
                continue
            }
            guard let label = parseLabel(r.fields[lc]) else {
                errors.append(LineError(line: r.line, message: "unreadable label \"\(r.fields[lc])\""))
                continue
            }
            out.append(LabeledExample(text: r.fields[tc], language: language, hateful: label, source: url.lastPathComponent))
        }
        return (out, errors)
    }
}
