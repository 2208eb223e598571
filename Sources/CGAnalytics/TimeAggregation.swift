import Foundation

/// A value on a day (or hour), in UTC.
public struct DatedValue: Sendable, Hashable, Codable {
    /// The day (any time within it) or hour.
    public let date: Date
    /// The value, e.g. a count.
    public let value: Double

    /// Creates a dated value.
    public init(date: Date, value: Double) {
        self.date = date
        self.value = value
    }
}

/// A total over a calendar period.
public struct PeriodTotal: Sendable, Hashable, Codable {
    /// First instant of the period (Monday 00:00 UTC for ISO weeks, the 1st for months).
    public let start: Date
    /// "2026-W05" for ISO weeks, "2026-03" for months.
    public let label: String
    /// Sum of the values that fell in the period.
    public let value: Double
    /// Number of input points that fell in the period (shows partial weeks or months at the edges).
    public let points: Int
}

/// Aggregation of daily values into ISO weeks and calendar months (UTC), with empty periods filled with 0.
public enum TimeAggregation {
    /// Sums into ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday), every week from
    /// the first to the last present, in order.
    public static func isoWeeks(_ values: [DatedValue]) -> [PeriodTotal] {
        let cal = Calendars.iso
        return aggregate(values, component: .weekOfYear, calendar: cal) { start in
            let c = cal.dateComponents([.yearForWeekOfYear, .weekOfYear], from: start)
            return "\(c.yearForWeekOfYear ?? 0)-W\(TimeSeriesChart.pad2(c.weekOfYear ?? 0))"
        }
    }

    /// Sums into calendar months, every month from the first to the last present, in order.
    public static func months(_ values: [DatedValue]) -> [PeriodTotal] {
        let cal = Calendars.utc
        return aggregate(values, component: .month, calendar: cal) { start in
            let c = cal.dateComponents([.year, .month], from: start)
            return "\(c.year ?? 0)-\(TimeSeriesChart.pad2(c.month ?? 0))"
        }
    }

    /// A gap-free daily series from `from` to `to` (inclusive, by UTC day): values on the same day are summed,
    /// missing days are 0.
    public static func daily(_ values: [DatedValue], from: Date, to: Date) -> [DatedValue] {
        let cal = Calendars.utc
        let first = cal.startOfDay(for: from), last = cal.startOfDay(for: to)
        guard first <= last else { return [] }
        let days = Int(((last.timeIntervalSince(first)) / 86_400).rounded())
        var sums = Array(repeating: 0.0, count: days + 1)
        for v in values {
            let i = Int((cal.startOfDay(for: v.date).timeIntervalSince(first) / 86_400).rounded())
            if sums.indices.contains(i) { sums[i] += v.value }
        }
        return sums.enumerated().map { DatedValue(date: first.addingTimeInterval(Double($0.offset) * 86_400), value: $0.element) }
    }

    private static func aggregate(_ values: [DatedValue], component: Calendar.Component, calendar cal: Calendar,
                                  label: (Date) -> String) -> [PeriodTotal] {
        var sums: [Date: (Double, Int)] = [:]
        for v in values {
            guard let start = cal.dateInterval(of: component, for: v.date)?.start else { continue }
            let old = sums[start] ?? (0, 0)
            sums[start] = (old.0 + v.value, old.1 + 1)
        }
        guard let first = sums.keys.min(), let last = sums.keys.max() else { return [] }
        var out: [PeriodTotal] = []
        var d = first
        while d <= last {
            let s = sums[d] ?? (0, 0)
            out.append(PeriodTotal(start: d, label: label(d), value: s.0, points: s.1))
            guard let next = cal.date(byAdding: component, value: 1, to: d) else { break }
            d = next
        }
        return out
    }
}
