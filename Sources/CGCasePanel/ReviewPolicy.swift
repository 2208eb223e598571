import Foundation

/// When cases come back to the panel: open cases every `openIntervalDays`, closed cases at fixed months after
/// closure (for example 6 and 12).
public struct ReviewPolicy: Sendable, Hashable {
    /// Days between reviews of an open case.
    public let openIntervalDays: Int
    /// Months after closure at which a closed case is reviewed.
    public let afterClosureMonths: [Int]

    /// Creates a policy.
    public init(openIntervalDays: Int = 28, afterClosureMonths: [Int] = [6, 12]) {
        self.openIntervalDays = max(1, openIntervalDays)
        self.afterClosureMonths = afterClosureMonths.filter { $0 > 0 }.sorted()
    }

    /// The next review of an open case last reviewed (or opened) on `last`.
    public func nextOpenReview(after last: Date) -> Date {
        PanelCalendar.day(PanelCalendar.adding(days: openIntervalDays, to: last))
    }

    /// The post-closure reviews of a case closed on `closedAt`.
    public func closureReviews(closedAt: Date) -> [Date] {
        afterClosureMonths.map { PanelCalendar.day(PanelCalendar.adding(months: $0, to: closedAt)) }
    }

    /// The first post-closure review after `reviewsDone` of them have been held, or nil when all are done.
    public func nextClosureReview(closedAt: Date, reviewsDone: Int) -> Date? {
        let all = closureReviews(closedAt: closedAt)
        return reviewsDone < all.count ? all[reviewsDone] : nil
    }

    /// Whether a case whose next review is `due` belongs on the agenda of the meeting on `meeting`.
    public static func isDue(_ due: Date?, for meeting: Date) -> Bool {
        guard let due else { return false }
        return PanelCalendar.day(due) <= PanelCalendar.day(meeting)
    }
}
