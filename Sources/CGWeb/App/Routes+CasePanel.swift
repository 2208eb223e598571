import CGSecurity
import Vapor

/// The multi-agency case panel: panels, referrals, cases, meetings, retention and strategic insight.
func registerCasePanelRoutes(_ app: Application) {
    // "Already known?" hashes with a purpose key of the installation key, which configure() has just loaded
    // (or created); loading it again here keeps the shared services untouched.
    if let key = try? MasterKey.loadOrCreate(at: app.cg.settings.keyFileURL, environment: app.cg.settings.environment) {
        app.panelLookup = LookupHash(masterKey: key)
    }
    app.lifecycle.use(CasePanelRetentionSchedule())
    CasePanelController().register(app)
    PanelAPIController().register(app)
}
