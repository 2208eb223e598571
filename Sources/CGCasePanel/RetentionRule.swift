import Foundation

/// When a finished case is anonymised: `retentionDays` after it finished (closed, or screened out of
/// scope), unless a legal hold stops it.
public enum RetentionRule {
    /// The day from which a case that finished at `finishedAt` may be anonymised.
    public static func expiry(finishedAt: Date, retentionDays: Int) -> Date {
        PanelCalendar.adding(days: max(0, retentionDays), to: finishedAt)
    }

    /// Whether the case must be anonymised now.
    public static func isDue(
        status: CaseStatus, finishedAt: Date?, retentionDays: Int, legalHold: Bool, now: Date
    ) -> Bool {
        guard status.isFinished, !legalHold, let finishedAt else { return false }
        return now >= expiry(finishedAt: finishedAt, retentionDays: retentionDays)
    }
}
