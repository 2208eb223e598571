import CGAnalytics
import CGGeo
import CGSentiment
import Foundation
import SQLKit

/// Runs the analyses of issue 5 for a query: reads grouped rollup rows through ``RollupQueries`` and hands
/// them to the pure analyses of `CGSentiment`. Nothing here reads a message's author.
struct AnalysisService: Sendable {
    /// Days of history the trigger-event baseline needs before the first day shown (six weeks).
    static let baselineDays = 42
    /// At most this many hateful messages' term bags (the most recent of the period against the group) are read
    /// for narratives: enough for the co-occurrence counts (a narrative needs 5 messages holding two of its
    /// terms), and reading them stays well under the dashboard's 200 ms.
    static let narrativeSample = 5_000

    let queries: RollupQueries
    let cache: EventCache?
    /// The configured public figures and institutions; when given, only their mentions are shown.
    let publicFigures: PublicFigureList?

    init(sql: any SQLDatabase, cache: EventCache? = nil, publicFigures: PublicFigureList? = nil) {
        queries = RollupQueries(sql: sql)
        self.cache = cache
        self.publicFigures = publicFigures
    }

    func synthetic(_ q: AnalysisQuery) async throws -> SyntheticShare { try await queries.syntheticShare(city: q.city.id) }

    /// The map: hateful messages per area, counts and per 1,000, for the group.
    func map(_ q: AnalysisQuery) async throws -> AreaMapResult {
        let rows = try await queries.areaRows(city: q.city.id, period: q.period, groups: [q.group])
        return AreaMap.compute(rows: rows, pack: q.city, period: q.period, targetGroup: q.group)
    }

    /// The daily series of the group (and area), with verified offline incidents and the group's events.
    func series(_ q: AnalysisQuery) async throws -> SeriesResult {
        let rows = try await queries.dailyRows(city: q.city.id, period: q.period, groups: [q.group], area: q.area)
        let series = HateTimeSeries.compute(rows: rows, city: q.city.id, period: q.period, targetGroup: q.group, area: q.area)
        var offline = Array(repeating: 0, count: q.period.count)
        for incident in try await queries.offlineIncidents(city: q.city.id, period: q.period) {
            if let area = q.area, incident.areaCode != area { continue }
            if !Self.counts(incident, for: q.group) { continue }
            offline[incident.day - q.period.from] += incident.count
        }
        let events = try await events(q)
        return SeriesResult(series: series, offlineIncidents: offline, events: events)
    }

    /// Whether an offline incident row counts for the group: ``RollupQueries/offlineIncidents(city:period:)``
    /// gives each report once under `all` (until 2026-11-30 `all` summed the per-group rows, so a race/ethnicity
    /// report counted six times and one of age or other not at all), under `none` when it names no group, and
    /// once under each group it names.
    static func counts(_ incident: OfflineIncident, for group: String) -> Bool {
        incident.targetGroup == group
    }

    /// Trigger events overlapping the period, for the group (all groups under `all`) and area. An event that
    /// started before the period keeps its true days and whole size, and carries its part within the period
    /// (``TriggerEvent/within(_:rows:)``), read from the area × day summary over the days it holds there. Under an
    /// area, only events the area took part in within the period are listed, each with the area's part
    /// (``TriggerEvent/inAreas(_:period:)``) next to its whole size (until 2026-11-30 only the whole size).
    func events(_ q: AnalysisQuery) async throws -> [TriggerEvent] {
        let events = try await periodEvents(q.city, period: q.period)
            .filter { event in
                (q.group == AggregateKey.allTargets || event.targetGroup == q.group)
                    && (q.area == nil || event.areas.contains { $0.areaCode == q.area })
            }
        var shown = events
        let outside = events.filter { $0.reachesOutside(q.period) }
        if let last = outside.map(\.period.to).max(), let days = DayRange(from: q.period.from, to: last).clamped(to: q.period) {
            let rows = try await queries.dailyRows(
                city: q.city.id, period: days, groups: Array(Set(outside.map(\.targetGroup))).sorted())
            shown = events.map { $0.within(q.period, rows: rows) }
        }
        guard let area = q.area else { return shown }
        return shown.compactMap { $0.inAreas([area], period: q.period) }
    }

    /// The window trigger events of `period` are found in: the period and the baseline weeks before it.
    static func eventWindow(_ period: DayRange) -> DayRange {
        DayRange(from: period.from - baselineDays, to: period.to)
    }

    /// The memo key of the events of a city's period: the window and the fingerprint of what is stored for the
    /// city (`stored`, from ``RollupQueries/stored(city:)``). Pages and the early-warning job both make their keys
    /// here, so they cannot drift apart.
    static func eventKey(city: String, period: DayRange, stored: StoredFingerprint?) -> EventCache.Key {
        let window = eventWindow(period)
        return EventCache.Key(city: city, window: window, fingerprint: StoredFingerprint.key(stored, period: window))
    }

    /// ``eventKey(city:period:stored:)`` for what is stored now.
    func eventKey(city: String, period: DayRange) async throws -> EventCache.Key {
        Self.eventKey(city: city, period: period, stored: try await queries.stored(city: city)[city])
    }

    /// Every trigger event of the city that reaches into `period` (all groups and areas), memoised when the
    /// service has a cache.
    func periodEvents(_ pack: CityPack, period: DayRange) async throws -> [TriggerEvent] {
        let compute = Self.computation(queries, pack: pack, period: period)
        guard let cache else { return try await compute() }
        return try await cache.events(try await eventKey(city: pack.id, period: period), compute: compute)
    }

    /// Computes and stores the events of the city's period unless the memo already holds them for `stored` (what
    /// is stored now; the early-warning job reads it for every city at once). True when it computed.
    @discardableResult
    func warm(_ pack: CityPack, period: DayRange, stored: StoredFingerprint?) async throws -> Bool {
        guard let cache else { return false }
        let key = Self.eventKey(city: pack.id, period: period, stored: stored)
        if await cache.contains(key) { return false }
        _ = try await cache.events(key, compute: Self.computation(queries, pack: pack, period: period))
        return true
    }

    /// The uncached events of the period: spikes over its window, named only when they reach into the period
    /// (the window's first six weeks are baseline, so only those are ever shown for it).
    static func computation(_ queries: RollupQueries, pack: CityPack, period: DayRange)
        -> @Sendable () async throws -> [TriggerEvent]
    {
        {
            let spikes = try await spikes(queries, pack: pack, window: eventWindow(period))
            return try await named(spikes.filter { $0.period.to >= period.from }, queries, city: pack.id)
        }
    }

    /// The trigger events of a city over `window` (its first six weeks are baseline only) without their terms:
    /// spikes found on the area × day summary. ``named(_:_:city:)`` then adds each event's distinguishing terms
    /// from two term sums read in SQL, so the (large) term table is never read row by row.
    static func spikes(_ queries: RollupQueries, pack: CityPack, window: DayRange) async throws -> [TriggerEvent] {
        let rows = try await queries.dailyRows(city: pack.id, period: window)
        return TriggerEventFinder.find(rows: rows, termRows: [], pack: pack, period: window)
    }

    /// `events` with their distinguishing terms (log-odds of the event's terms against the city's baseline).
    /// Two statements for all events: the targets (each event's group in each of its areas over that area's own
    /// spike days, ``TriggerEvent/termSpans``), and the
    /// backgrounds (all hateful terms of the city in the six weeks before each distinct start day, summed in a
    /// sliding window over one read of the days they cover).
    static func named(_ events: [TriggerEvent], _ queries: RollupQueries, city: String) async throws -> [TriggerEvent] {
        guard !events.isEmpty else { return events }
        let targets = try await queries.termTotals(
            city: city, events.map { .init(group: $0.targetGroup, period: $0.period, spans: $0.termSpans) })
        let background = try await queries.termWindows(
            city: city, group: AggregateKey.allTargets, starts: events.map(\.period.from), days: baselineDays)
        var events = events
        for index in events.indices {
            events[index].terms = LogOdds.distinctiveTerms(
                target: targets[index], background: background[events[index].period.from] ?? [:], top: 12)
        }
        return events
    }

    /// Lagged correlation of online hate against the group with verified offline incidents.
    func onlineOffline(_ q: AnalysisQuery) async throws -> OnlineOfflineDTO {
        let rows = try await queries.dailyRows(city: q.city.id, period: q.period, groups: [q.group], area: q.area)
        let incidents = try await queries.offlineIncidents(city: q.city.id, period: q.period)
        let result = OnlineOfflineAnalysis.compute(
            rows: rows, incidents: incidents.filter { Self.counts($0, for: q.group) }, city: q.city.id, period: q.period,
            targetGroup: q.group, area: q.area)
        return OnlineOfflineDTO(analysis: result, offlineCounting: Self.offlineCounting)
    }

    static let offlineCounting =
        "Verified incident reports of the city, by the day they happened and their area. A report counts for a group "
        + "through its characteristic: religion (Muslim → muslims, Jewish → jews, Christian → christians, Sikh, "
        + "Hindu or other → otherfaiths), nationality/migrant → immigrants and nationalities, sexual orientation → "
        + "lgb, gender identity → trans, disability → disabled, sex/gender → women; race/ethnicity counts for each "
        + "of black, asian, roma, arabs, latinx, white and indigenous. "
        + "Under all, every verified report counts once; under none, the reports of no group (age, other)."

    /// The groups receiving the most hateful messages, and the listed public accounts mentioned.
    func receivers(_ q: AnalysisQuery) async throws -> ReceiversResult {
        let rows = try await queries.groupRows(city: q.city.id, period: q.period, area: q.area)
        // The gate keeps only listed accounts at ingest, but the list is read where the ingest ran (another process,
        // an earlier configuration): an account taken off the list, or never on this server's, is not shown.
        let mentions = try await queries.mentionRows(city: q.city.id, period: q.period)
            .filter { publicFigures?.contains($0.key.account) ?? true }
        return ReceiversResult(
            groups: AbuseReceivers.groups(rows: rows, city: q.city.id, period: q.period),
            accounts: AbuseReceivers.accounts(rows: mentions, city: q.city.id, period: q.period))
    }

    /// Age band × gender of the authors of hateful messages against the group, protected (1–9 suppressed, the
    /// rest perturbed by the cell-key method keyed by the cells' distinct authors).
    func authors(_ q: AnalysisQuery) async throws -> AuthorDemographicsResult {
        let rows = try await queries.demographicRows(city: q.city.id, period: q.period, group: q.group)
        let authors = try await queries.hatefulAuthors(city: q.city.id, period: q.period, group: q.group)
        return AuthorDemographics.compute(
            rows: rows, authors: authors, city: q.city.id, period: q.period, targetGroup: q.group)
    }

    /// Violence-supporting shares by area and group, and the narratives of the period's hateful messages
    /// against the group (against its four weeks before as background).
    func segments(_ q: AnalysisQuery) async throws -> SegmentsResult {
        let rows = try await queries.areaRows(city: q.city.id, period: q.period)
        var violence = ViolenceShares.compute(rows: rows, city: q.city.id, period: q.period)
        if q.group != AggregateKey.allTargets { violence = violence.filter { $0.targetGroup == q.group } }
        if let area = q.area { violence = violence.filter { $0.area == nil || $0.area == area } }
        let bags = try await queries.termBags(
            city: q.city.id, period: q.period, group: q.group, area: q.area, limit: Self.narrativeSample)
        let background = try await queries.termTotals(
            city: q.city.id, period: DayRange(from: q.period.from - 28, to: q.period.from - 1), group: q.group)
        return SegmentsResult(violence: violence, narratives: NarrativeFinder.find(bags: bags, background: background))
    }
}
