import CGSentiment
import Foundation

extension IncomingMessage {
    /// The message as one line of the documented ingest schema (docs/sentiment.md §1), for benchmark and test
    /// files and the demo.
    public var jsonLine: String {
        var object: [String: Any] = [
            "id": id, "timestamp": ISO8601DateFormatter.ingest.string(from: timestamp), "text": text,
            "author_id": authorID,
        ]
        if let language { object["language"] = language }
        if let declaredLocation { object["author_location"] = declaredLocation }
        if let coordinates {
            object["latitude"] = coordinates.latitude
            object["longitude"] = coordinates.longitude
        }
        if !mentions.isEmpty { object["mentions"] = mentions }
        if let replyTo { object["reply_to"] = replyTo }
        if let authorAgeBand { object["author_age_band"] = authorAgeBand.rawValue }
        if let authorGender { object["author_gender"] = authorGender.rawValue }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension ISO8601DateFormatter {
    /// `2026-03-14T18:05:00Z`, shared (the formatter is thread-safe for formatting).
    nonisolated(unsafe) static let ingest: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()
}
