import Foundation

/// When a panel meets: on some weekdays of every week (for example Tuesdays and Fridays).
public struct MeetingSchedule: Sendable, Hashable {
    /// Weekdays as in `Calendar` (1 = Sunday … 7 = Saturday), sorted, without repeats.
    public let weekdays: [Int]

    /// Creates a schedule; an empty or out-of-range list is refused.
    public init(weekdays: [Int]) throws(PanelVocabularyError) {
        let cleaned = Array(Set(weekdays)).sorted()
        guard !cleaned.isEmpty, cleaned.allSatisfy({ (1...7).contains($0) }) else {
            throw .unknown("weekdays", weekdays.map(String.init).joined(separator: ","))
        }
        self.weekdays = cleaned
    }

    /// Parses the stored form, e.g. `"3,6"` (Tuesday and Friday).
    public init(stored: String) throws(PanelVocabularyError) {
        var days: [Int] = []
        for part in stored.split(separator: ",") {
            guard let day = Int(part.trimmingCharacters(in: .whitespaces)) else { throw .unknown("weekdays", stored) }
            days.append(day)
        }
        try self.init(weekdays: days)
    }

    /// The stored form.
    public var stored: String { weekdays.map(String.init).joined(separator: ",") }

    /// Twice a week: Tuesdays and Fridays.
    public static let twiceWeekly = MeetingSchedule(checked: [3, 6])

    private init(checked weekdays: [Int]) { self.weekdays = weekdays }

    /// The first meeting day on or after the day of `date`.
    public func nextMeeting(onOrAfter date: Date) -> Date {
        var day = PanelCalendar.day(date)
        for _ in 0..<7 {
            if weekdays.contains(PanelCalendar.calendar.component(.weekday, from: day)) { return day }
            day = PanelCalendar.adding(days: 1, to: day)
        }
        return day
    }

    /// The next `count` meeting days on or after the day of `date`.
    public func meetings(from date: Date, count: Int) -> [Date] {
        var result: [Date] = []
        var day = date
        while result.count < count {
            let next = nextMeeting(onOrAfter: day)
            result.append(next)
            day = PanelCalendar.adding(days: 1, to: next)
        }
        return result
    }
}
