import FluentKit

extension StorageMigrations {
    /// Social sentiment mapping (numbers M0016–M0029: storage and ingest M0016–M0022, analyses M0023–M0029;
    /// continued in M0060–M0069, after the case panel's and the recorded incidents' ranges).
    static var sentiment: [any Migration] {
        [
            M0016_CreateOnlineSources(),
            M0017_CreateOnlineMessages(),
            M0018_CreateOnlineRollups(),
            M0019_CreateOnlineDemographics(),
            M0020_CreateOnlineTerms(),
            M0021_CreateOnlineMentions(),
            M0022_CreateOnlineSourceCities(),
            // 5b: early warning (M0023–M0029).
            M0023_CreateAlertSubscriptions(),
            M0024_CreateAnalysisAlerts(),
            M0025_CreateWebhookDeliveries(),
            M0026_CreateEarlyWarningScans(),
            M0027_CreateAnalysisIndexes(),
            M0028_CreateOnlineRollupAreaDay(),
            M0029_CreateOnlineTermsCityDay(),
            // Early warning for API tokens (M0060–M0069).
            M0060_AddAlertSubscriptionToken(),
            // The authors table's cell keys read from an index alone.
            M0061_CreateHatefulAuthorsIndex(),
            // The narratives' term bags read from an index alone.
            M0062_CreateHatefulTermsIndex(),
        ]
    }
}
