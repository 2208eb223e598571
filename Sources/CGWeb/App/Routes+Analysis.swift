import Vapor

/// The analyst pages, their JSON twins and the early warning (issue 5, part 5), registered from
/// `registerSentimentRoutes`. The early-warning job runs while the server runs, every
/// `CG_EARLY_WARNING_INTERVAL` seconds (default 300, 0 = off).
func registerAnalysisRoutes(_ app: Application) {
    app.storage[EventCacheKey.self] = EventCache()
    AnalysisController().register(app)
    AlertsController().register(app)
    let interval = app.cg.settings.environment["CG_EARLY_WARNING_INTERVAL"].flatMap(TimeInterval.init) ?? 300
    app.lifecycle.use(EarlyWarningLifecycle(interval: interval))
}
