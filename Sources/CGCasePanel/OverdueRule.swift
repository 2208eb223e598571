import Foundation

/// An action is overdue when it is still outstanding after the end of its due day.
public enum OverdueRule {
    /// Whether an action with `status`, due on `due`, is overdue at `now`.
    public static func isOverdue(status: ActionStatus, due: Date, now: Date) -> Bool {
        status.isOutstanding && PanelCalendar.day(now) > PanelCalendar.day(due)
    }
}
