import CGStorage

/// The early-warning table names, from their migrations.
enum M0023Names {
    static let subscriptions = M0023_CreateAlertSubscriptions.schema
    static let alerts = M0024_CreateAnalysisAlerts.schema
    static let deliveries = M0025_CreateWebhookDeliveries.schema
    static let scans = M0026_CreateEarlyWarningScans.schema
}
