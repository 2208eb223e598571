import CGSentiment

/// Reads the packed text the dashboard queries return instead of many rows. Decoding a result row through
/// SQLKit costs tens of microseconds in a debug build (and several in release) whatever it holds, so the
/// queries that would return thousands of small rows aggregate them in SQL with `string_agg` (SQLite ≥ 3.44 and
/// PostgreSQL spell it the same) into a few rows of text, parsed here in one pass over the bytes.
enum PackedCounts {
    /// `"day:messages:hateful:violent,…"` (the order of the entries does not matter) as `(day, delta)` pairs;
    /// malformed entries are skipped.
    static func days(_ text: String) -> [(day: Int, delta: AggregateDelta)] {
        var result: [(day: Int, delta: AggregateDelta)] = []
        var fields: [Int] = []
        fields.reserveCapacity(4)
        var value = 0
        var negative = false
        var digits = false
        func endField() {
            if digits { fields.append(negative ? -value : value) }
            value = 0
            negative = false
            digits = false
        }
        func endEntry() {
            endField()
            if fields.count == 4 {
                result.append((fields[0], AggregateDelta(messages: fields[1], hateful: fields[2], violent: fields[3])))
            }
            fields.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits = true
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: ":"): endField()
            case UInt8(ascii: ","): endEntry()
            default: break
            }
        }
        endEntry()
        return result
    }

    /// `"term:count|…"` as a dictionary (terms never hold `|`: it separates the terms of a stored message; the
    /// count follows the last `:`).
    static func terms(_ text: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for (term, count) in termPairs(text) { result[term, default: 0] += count }
        return result
    }

    /// The entries of `"term:count|…"` in order (see ``terms(_:)``).
    static func termPairs(_ text: String) -> [(term: String, count: Int)] {
        text.split(separator: "|").compactMap { entry in
            guard let colon = entry.lastIndex(of: ":"), let count = Int(entry[entry.index(after: colon)...]) else { return nil }
            return (String(entry[..<colon]), count)
        }
    }
}
