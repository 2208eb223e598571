import CGSentiment

/// Reads the packed text the dashboard queries return instead of many rows. Decoding a result row through
/// SQLKit costs tens of microseconds in a debug build (and several in release) whatever it holds, so the
/// queries that would return thousands of small rows aggregate them in SQL with `string_agg` (SQLite ≥ 3.44 and
/// PostgreSQL spell it the same) into a few rows of text, parsed here in one pass over the bytes.
enum PackedCounts {
    /// Packed lists of one result row that do not line up (they come from one group's rows in one order, so
    /// this means the database did something unexpected: an error rather than wrong counts).
    struct Mismatch: Error, CustomStringConvertible {
        var what: String
        var description: String { "packed counts of \(what) do not line up" }
    }

    /// `"12,-3,40"` as integers, in order; bytes other than digits, `-` and `,` are ignored, and an entry
    /// without digits is skipped.
    static func integers(_ text: String) -> [Int] {
        var result: [Int] = []
        var value = 0
        var negative = false
        var digits = false
        func end() {
            if digits { result.append(negative ? -value : value) }
            value = 0
            negative = false
            digits = false
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits = true
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: ","): end()
            default: break
            }
        }
        end()
        return result
    }

    /// `"term:count|…"` as a dictionary (terms never hold `|`: it separates the terms of a stored message; the
    /// count follows the last `:`).
    static func terms(_ text: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for (term, count) in termPairs(text) { result[term, default: 0] += count }
        return result
    }

    /// The entries of `"term:count|…"` in order (see ``terms(_:)``). Scans the UTF-8 bytes: `Character`-wise
    /// splitting of a long `String` is slow in a debug build.
    static func termPairs(_ text: String) -> [(term: String, count: Int)] {
        let bytes = Array(text.utf8)
        var result: [(term: String, count: Int)] = []
        var start = 0
        var colon = -1
        for index in 0...bytes.count {
            if index < bytes.count, bytes[index] != UInt8(ascii: "|") {
                if bytes[index] == UInt8(ascii: ":") { colon = index }
                continue
            }
            if colon > start, colon + 1 < index {
                var count = 0
                var valid = true
                for byte in bytes[(colon + 1)..<index] {
                    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { valid = false; break }
                    count = count * 10 + Int(byte - UInt8(ascii: "0"))
                }
                if valid { result.append((String(decoding: bytes[start..<colon], as: UTF8.self), count)) }
            }
            start = index + 1
            colon = -1
        }
        return result
    }

    /// `"term|term,term|…"` (bags separated by `,`, their terms by `|`) as bags of terms; empty bags and terms
    /// are skipped. Scans the UTF-8 bytes like ``termPairs(_:)``.
    static func bags(_ text: String) -> [[String]] {
        let bytes = Array(text.utf8)
        var bags: [[String]] = []
        var bag: [String] = []
        var start = 0
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: ",")
            guard byte == UInt8(ascii: "|") || byte == UInt8(ascii: ",") else { continue }
            if index > start { bag.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
            start = index + 1
            if byte == UInt8(ascii: ",") {
                if !bag.isEmpty { bags.append(bag) }
                bag.removeAll(keepingCapacity: true)
            }
        }
        return bags
    }
}
