import Vapor

/// Social sentiment mapping: ingest API, analyst pages and their JSON twins, early warning.
func registerSentimentRoutes(_ app: Application) {
    app.installSentimentContext()
    app.lifecycle.use(TextPurgeJob())
    MessagesAPIController().register(app)
    registerAnalysisRoutes(app)
}
