import Vapor

/// The analyst pages, their JSON twins and the early warning (issue 5, part 5), registered from
/// `registerSentimentRoutes`. The early-warning job runs while the server runs, every
/// `CG_EARLY_WARNING_INTERVAL` seconds (default 300, 0 = off) and soon after stored messages change (probed
/// every `CG_EARLY_WARNING_PROBE` seconds, default 5, 0 = off).
func registerAnalysisRoutes(_ app: Application) {
    app.storage[EventCacheKey.self] = EventCache()
    AnalysisController().register(app)
    AlertsController().register(app)
    SourcesController().register(app)
    let environment = app.cg.settings.environment
    let interval = environment["CG_EARLY_WARNING_INTERVAL"].flatMap(TimeInterval.init) ?? 300
    let probe = environment["CG_EARLY_WARNING_PROBE"].flatMap(TimeInterval.init) ?? 5
    app.lifecycle.use(EarlyWarningLifecycle(interval: interval, probe: max(0, probe)))
}
