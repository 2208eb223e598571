import Vapor

/// The multi-agency case panel: panels, referrals, cases, meetings, retention and strategic insight.
func registerCasePanelRoutes(_ app: Application) {
}
