/// An inclusive range of local days (days since 1970-01-01 in the city's time zone), Codable as
/// `{"from": 20500, "to": 20530, "fromDate": "2026-02-14", "toDate": "2026-03-16"}`.
public struct DayRange: Sendable, Hashable, Codable {
    /// The first day.
    public var from: Int
    /// The last day (inclusive).
    public var to: Int
    /// The first day as `YYYY-MM-DD`.
    public var fromDate: String
    /// The last day as `YYYY-MM-DD`.
    public var toDate: String

    /// A range; `to` is raised to `from` when smaller.
    public init(from: Int, to: Int) {
        self.from = from
        self.to = max(from, to)
        fromDate = Timestamp.dayLabel(from)
        toDate = Timestamp.dayLabel(max(from, to))
    }

    /// The number of days.
    public var count: Int { to - from + 1 }

    /// Whether `day` is in the range.
    public func contains(_ day: Int) -> Bool { day >= from && day <= to }

    /// The days, in order.
    public var days: ClosedRange<Int> { from...to }

    /// The days both ranges hold; nil when they do not meet.
    public func clamped(to other: DayRange) -> DayRange? {
        let first = Swift.max(from, other.from), last = Swift.min(to, other.to)
        return first <= last ? DayRange(from: first, to: last) : nil
    }
}
