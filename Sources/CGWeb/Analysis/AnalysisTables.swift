/// The names of the sentiment tables (created by the ingest side, M0016–M0022, and
/// the dashboard summaries M0028–M0029) that the analyses read, in one
/// place so a rename in the schema is a one-line change here.
enum AnalysisTables {
    /// Messages per city × day × area × target group × type × language (the daily rollup).
    static let rollup = "online_rollup_daily"
    /// Messages per city × day × area × target group (the daily rollup without type × language, M0028): what
    /// the dashboard reads.
    static let areaDay = "online_rollup_area_day"
    /// Hateful messages holding a term per city × day × target group (`online_terms` without area, M0029).
    static let cityDayTerms = "online_terms_city_day"
    /// Author age band × gender per city × day × target group.
    static let demographics = "online_demographics"
    /// Hateful messages holding a term, per city × area × day × target group.
    static let terms = "online_terms"
    /// Messages mentioning a public account, per city × day.
    static let mentions = "online_mentions"
    /// The stored messages (labels and term bags; read for narratives only, never shown).
    static let messages = "online_messages"
    /// The source registry.
    static let sources = "online_sources"
    /// Which source fed which city.
    static let sourceCities = "online_source_cities"
    /// Verified offline incident reports.
    static let incidentReports = "incident_reports"
}
