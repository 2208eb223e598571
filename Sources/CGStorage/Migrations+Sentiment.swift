import FluentKit

extension StorageMigrations {
    /// Social sentiment mapping (numbers M0016–M0029).
    static var sentiment: [any Migration] {
        [
            // 5b: early warning (M0023–M0029).
            M0023_CreateAlertSubscriptions(),
            M0024_CreateAnalysisAlerts(),
            M0025_CreateWebhookDeliveries(),
            M0026_CreateEarlyWarningScans(),
        ]
    }
}
