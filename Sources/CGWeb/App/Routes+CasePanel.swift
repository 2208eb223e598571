import Vapor

/// The multi-agency case panel: panels, referrals, cases, meetings, retention and strategic insight.
func registerCasePanelRoutes(_ app: Application) {
    app.lifecycle.use(CasePanelRetentionSchedule())
    CasePanelController().register(app)
    PanelAPIController().register(app)
}
