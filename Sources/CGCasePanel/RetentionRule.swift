import Foundation

/// When a case is anonymised: `retentionDays` after it finished (closed, or screened out of scope), or after
/// its last change while a referral waits for screening or for more information, unless a legal hold stops it.
public enum RetentionRule {
    /// When the retention clock of a case started, or nil while it runs no clock (an open case).
    public static func clockStart(status: CaseStatus, finishedAt: Date?, lastChange: Date) -> Date? {
        switch status {
        case .closed, .notInScope: return finishedAt
        case .referred, .moreInformation: return lastChange
        case .open, .anonymised: return nil
        }
    }

    /// The day from which a case that finished at `finishedAt` may be anonymised.
    public static func expiry(finishedAt: Date, retentionDays: Int) -> Date {
        PanelCalendar.adding(days: max(0, retentionDays), to: finishedAt)
    }

    /// Whether the case must be anonymised now; `finishedAt` is the clock's start (``clockStart``).
    public static func isDue(
        status: CaseStatus, finishedAt: Date?, retentionDays: Int, legalHold: Bool, now: Date
    ) -> Bool {
        guard status != .open, status != .anonymised, !legalHold, let finishedAt else { return false }
        return now >= expiry(finishedAt: finishedAt, retentionDays: retentionDays)
    }
}
