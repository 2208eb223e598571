import Foundation

/// Day arithmetic in UTC, the zone every panel date is kept in, and the `yyyy-MM-dd` form dates are stored in.
public enum PanelCalendar {
    /// The Gregorian calendar in UTC.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        return calendar
    }()

    /// The start of the UTC day of `date`.
    public static func day(_ date: Date) -> Date { calendar.startOfDay(for: date) }

    /// `date` moved by whole days.
    public static func adding(days: Int, to date: Date) -> Date {
        calendar.date(byAdding: .day, value: days, to: date) ?? date.addingTimeInterval(Double(days) * 86_400)
    }

    /// `date` moved by whole months.
    public static func adding(months: Int, to date: Date) -> Date {
        calendar.date(byAdding: .month, value: months, to: date) ?? date.addingTimeInterval(Double(months) * 30 * 86_400)
    }

    /// `yyyy-MM-dd` of a date.
    public static func string(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 0, month = parts.month ?? 0, day = parts.day ?? 0
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Parses `yyyy-MM-dd` (a real calendar date) to the start of that UTC day.
    public static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components),
            calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: year, month: month, day: day)
        else { return nil }
        return date
    }

    /// Whole years between a date of birth and `date`.
    public static func age(born: Date, at date: Date) -> Int {
        calendar.dateComponents([.year], from: born, to: date).year ?? 0
    }
}
