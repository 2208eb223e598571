import CGSentiment
import Vapor

/// What every analysis endpoint returns: the filters applied, whether the data is synthetic, and the result.
/// Results are the aggregate types of `CGSentiment` — counts per area, day and group — never a message, an
/// author or a pseudonym.
struct AnalysisResponse<Result: Codable & Sendable>: Content, Sendable {
    struct Filters: Codable, Sendable {
        var city: String
        var from: String
        var to: String
        var group: String
        var area: String?
    }

    var filters: Filters
    /// Every source that fed the city is synthetic.
    var synthetic: Bool
    /// Some sources that fed the city are synthetic and some real (true; absent otherwise): the figures mix both.
    var partlySynthetic: Bool?
    var result: Result
    /// When an area is asked for: the parts of `result` still counted for the whole city (`result` for all of
    /// it), because they are not kept per area (mentions, author demographics) or show every area (the map).
    var wholeCity: [String]?
    /// Where the period shown differs from the one asked for, by filter (`{"to": "2026-12-31 is after today;
    /// shown to 2026-11-30"}`); absent when it is as asked. `filters` gives the period shown.
    var notices: [String: String]?

    init(_ query: AnalysisQuery, synthetic: SyntheticShare, result: Result, wholeCity: [String] = []) {
        filters = Filters(
            city: query.city.id, from: query.period.fromDate, to: query.period.toDate, group: query.group, area: query.area)
        self.synthetic = synthetic == .all
        partlySynthetic = synthetic == .part ? true : nil
        self.result = result
        self.wholeCity = query.area == nil || wholeCity.isEmpty ? nil : wholeCity
        notices = query.notices.isEmpty ? nil : query.notices
    }
}

/// The time series with the verified offline incidents of the same group and area, day by day.
struct SeriesResult: Codable, Sendable {
    var series: HateSeries
    /// Verified offline incidents per day (same days as `series.dates`).
    var offlineIncidents: [Int]
    /// Trigger events of the group overlapping the period (drawn as shaded spans).
    var events: [TriggerEvent]
}

/// Who receives the abuse: target groups, and public accounts on the configured list.
struct ReceiversResult: Codable, Sendable {
    var groups: [AbuseReceiver]
    var accounts: [AbuseReceiver]
}

/// Segments and narratives: violence-supporting shares by area and group, and the salient narratives.
struct SegmentsResult: Codable, Sendable {
    var violence: [ViolenceShare]
    var narratives: [Narrative]
}

/// Online vs offline, with the rule used to count offline incidents per group.
struct OnlineOfflineDTO: Codable, Sendable {
    var analysis: OnlineOfflineResult
    var offlineCounting: String
}
