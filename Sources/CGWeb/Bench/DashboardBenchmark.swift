import CGAnalytics
import CGClassifier
import CGGeo
import CGSentiment
import CGStorage
import Fluent
import Foundation
import SQLKit
import Vapor

/// `commonground bench dashboard`: fills a fresh database with the rollup rows that `messages` London
/// messages over 13 weeks would leave (drawn from a DemoStream-like distribution: weekly rhythm, area
/// weights, 5% hateful spread over six groups, a planted event), then runs every dashboard query many times
/// and reports p50 and p95 per query, and p95 against a `SELECT 1` round trip measured in the same run.
/// The rollups are generated directly (not by ingesting); the `messages` message rows are stored too, as ingest
/// would leave them (every message, hateful or not, with the columns ingest writes and term bags on the hateful
/// ones), because the narratives' and authors' reads go to `online_messages`, where hateful rows lie scattered
/// among the others. On PostgreSQL the store is then vacuumed, as autovacuum would have done.
public enum DashboardBenchmark {
    /// What to measure.
    public struct Options: Sendable {
        public var directory: String
        public var database: DatabaseLocationOption
        public var messages: Int
        public var runs: Int
        /// Measure the store an earlier run left (same folder or database) instead of generating one: to compare
        /// the same rows with an index dropped by hand.
        public var reuseStore: Bool

        public init(
            directory: String, database: DatabaseLocationOption, messages: Int = 10_000_000, runs: Int = 40, reuseStore: Bool = false
        ) {
            self.directory = directory
            self.database = database
            self.messages = messages
            self.runs = runs
            self.reuseStore = reuseStore
        }
    }

    /// SQLite in the folder, or a PostgreSQL URL.
    public enum DatabaseLocationOption: Sendable {
        case sqlite
        case postgres(url: String)
    }

    static let days = 91
    /// Distinct author pseudonyms among the generated message rows.
    static let benchAuthors = 20_000
    static let groups = ["muslims", "jews", "immigrants", "black", "women", "lgb"]
    static let types = ["dehumanising", "slur", "threat"]
    static let languages = ["en", "pl"]

    public static func run(_ options: Options, log: @escaping @Sendable (String) -> Void) async throws {
        var settings = AppSettings(host: "127.0.0.1", port: 0, dataDirectory: options.directory, environment: ["CG_EARLY_WARNING_INTERVAL": "0"])
        switch options.database {
        case .sqlite: break
        case .postgres(let url): settings.database = .postgres(url: url)
        }
        let app = try await Application.makeForBenchmark()
        do {
            try await configure(app, settings: settings)
            guard let sql = app.db as? any SQLDatabase else { throw Abort(.internalServerError) }
            try await measure(app, sql, options, log: log)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func measure(_ app: Application, _ sql: any SQLDatabase, _ options: Options, log: @escaping @Sendable (String) -> Void) async throws {
        guard let pack = CityPacks.pack(id: "london") else { return }
        // One instant for the whole run: the dashboard's default period and the job's must be the same days.
        let now = Date()
        let today = CityClock(timeZoneIdentifier: pack.timeZone).dayAndHour(now).day
        let engine = app.cg.settings.database.isSQLite ? "SQLite" : "PostgreSQL"
        if options.reuseStore {
            log("Measuring the store of an earlier run on \(engine) (nothing generated).")
        } else {
            log("Generating rollups and message rows for \(options.messages) London messages over \(days) days on \(engine)…")
            let start = Date()
            let counts = try await generate(options.messages, pack: pack, today: today, sql: sql)
            log(String(
                format: "  %d rollup rows, %d term rows, %d message rows (%d hateful) in %.1f s", counts.rollup, counts.terms,
                counts.messages, counts.hateful, Date().timeIntervalSince(start)))
            let vacuum = Date()
            if app.cg.settings.database.isSQLite {
                // Fresh tables: let the planner see their sizes.
                try await sql.raw("ANALYZE").run()
            } else {
                // What autovacuum does to an insert-only table in time: statistics, and the visibility map that lets
                // an index-only scan skip the table.
                try await sql.raw("VACUUM ANALYZE").run()
            }
            log(String(format: "  %@ in %.1f s", app.cg.settings.database.isSQLite ? "ANALYZE" : "VACUUM ANALYZE", Date().timeIntervalSince(vacuum)))
        }
        let service = AnalysisService(sql: sql)
        let cached = AnalysisService(sql: sql, cache: EventCache())
        let query = AnalysisQuery(city: pack, period: AnalysisQuery.defaultPeriod(pack, now: now), group: "muslims", area: nil)
        let store = EarlyWarningStore(sql: sql, cipher: app.cg.cipher)
        let baseline = try await percentiles(options.runs) { _ = try await sql.raw("SELECT 1").all() }
        log(String(format: "baseline SELECT 1 round trip: p50 %.3f ms, p95 %.3f ms", baseline.p50, baseline.p95))
        log("query                    p50 ms    p95 ms   p95/baseline-p50   goal p95 < 200 ms")
        let queries: [(String, @Sendable () async throws -> Void)] = [
            ("map", { _ = try await service.map(query) }),
            ("series (+offline,events)", { _ = try await service.series(query) }),
            ("events", { _ = try await service.events(query) }),
            ("online-offline", { _ = try await service.onlineOffline(query) }),
            ("receivers", { _ = try await service.receivers(query) }),
            ("authors", { _ = try await service.authors(query) }),
            ("segments+narratives", { _ = try await service.segments(query) }),
            ("events, memoised", { _ = try await cached.events(query) }),
            ("dashboard, memoised", {
                _ = try await cached.map(query)
                _ = try await cached.events(query)
                _ = try await store.alerts(city: "london", userID: nil)
            }),
            ("dashboard (map+events+alerts)", {
                _ = try await service.map(query)
                _ = try await service.events(query)
                _ = try await store.alerts(city: "london", userID: nil)
            }),
        ]
        // What an analyst sees after an ingest: the early-warning job has run on the change and warmed the memo,
        // then the dashboard is opened. Each run starts from an empty memo; the job's run is not timed.
        let warmed = try await afterJob(options.runs, app: app, now: now) { cache in
            let service = AnalysisService(sql: sql, cache: cache)
            _ = try await service.map(query)
            _ = try await service.events(query)
            _ = try await store.alerts(city: "london", userID: nil)
        }
        // Where the cold time goes: the two steps of trigger events and of segments, measured apart.
        let window = DayRange(from: query.period.from - AnalysisService.baselineDays, to: query.period.to)
        let spikes = try await AnalysisService.spikes(service.queries, pack: pack, window: window)
        let rows = try await service.queries.dailyRows(city: "london", period: window)
        let bags = try await service.queries.termBags(
            city: "london", period: query.period, group: query.group, area: nil, limit: AnalysisService.narrativeSample)
        let background = try await service.queries.termTotals(
            city: "london", period: DayRange(from: query.period.from - 28, to: query.period.from - 1), group: query.group)
        let eventTarget = try await service.queries.termTotals(
            city: "london", period: spikes.first?.period ?? query.period, group: spikes.first?.targetGroup ?? "all",
            areas: spikes.first?.areas.map(\.areaCode) ?? [])
        let eventBackground = try await service.queries.termTotals(
            city: "london", period: DayRange(from: query.period.from - AnalysisService.baselineDays, to: query.period.from - 1),
            group: "all")
        log(
            "  (\(rows.count) area × day rows in the events window, \(spikes.count) events from \(Set(spikes.map(\.period.from)).count) "
                + "start days, \(spikes.filter { $0.period.to >= query.period.from }.count) in the period, \(bags.count) narrative bags)")
        let parts: [(String, @Sendable () async throws -> Void)] = [
            ("· events: rows (SQL)", { _ = try await service.queries.dailyRows(city: "london", period: window) }),
            ("· events: spikes (Swift)", { _ = TriggerEventFinder.find(rows: rows, termRows: [], pack: pack, period: window) }),
            // The same without the screen (every area and pair through the detector: the finder before the
            // screen), and without the scan of neighbouring pairs too (the finder before the pairs).
            ("· events: spikes, no screen", {
                _ = TriggerEventFinder.find(rows: rows, termRows: [], pack: pack, period: window, screen: false)
            }),
            ("· events: spikes, no pairs", {
                _ = TriggerEventFinder.find(
                    rows: rows, termRows: [], pack: pack, period: window, neighbourPairs: false, screen: false)
            }),
            // The same with single-day detectors (no summed windows): the cost of the windows is the ratio.
            ("· events: spikes, days only", {
                _ = TriggerEventFinder.find(
                    rows: rows, termRows: [], pack: pack, period: window, detector: SpikeDetector(), localDetector: SpikeDetector())
            }),
            ("· events: terms (SQL)", { _ = try await AnalysisService.named(spikes, service.queries, city: "london") }),
            ("·· event targets (SQL)", {
                _ = try await service.queries.termTotals(
                    city: "london", spikes.map { .init(group: $0.targetGroup, period: $0.period, spans: $0.termSpans) })
            }),
            ("·· backgrounds (SQL)", {
                _ = try await service.queries.termWindows(
                    city: "london", group: "all", starts: spikes.map(\.period.from), days: AnalysisService.baselineDays)
            }),
            ("·· log-odds (Swift)", {
                for _ in spikes { _ = LogOdds.distinctiveTerms(target: eventTarget, background: eventBackground, top: 12) }
            }),
            ("· segments: bags (SQL)", {
                _ = try await service.queries.termBags(
                    city: "london", period: query.period, group: query.group, area: nil, limit: AnalysisService.narrativeSample)
            }),
            ("· segments: narratives", { _ = NarrativeFinder.find(bags: bags, background: background) }),
        ]
        func report(_ name: String, _ p: (p50: Double, p95: Double), goal: Bool = true) {
            let name = name.padding(toLength: 24, withPad: " ", startingAt: 0)
            let verdict = goal ? (p.p95 < 200 ? "met" : "MISSED") : "(not a request)"
            log(String(format: "%@ %8.1f  %8.1f   %12.0f×        %@", name, p.p50, p.p95, p.p95 / max(baseline.p50, 0.001), verdict))
        }
        for (index, (name, body)) in (queries + parts).enumerated() {
            report(name, try await percentiles(options.runs, body))
            if index == queries.count - 1 {
                report("dashboard after job ran", warmed.dashboard)
                report("· job run (background)", warmed.job, goal: false)
            }
        }
        log("  (after the job: \(warmed.hits) of \(warmed.runs) dashboard loads served from the memo the job warmed)")
    }

    /// `runs` times (after a warm-up): a job run warming a fresh memo (timed apart), then `body` on that memo
    /// (timed). Counts the runs in which `body` computed nothing itself — each should be a memo hit.
    static func afterJob(
        _ runs: Int, app: Application, now: Date, _ body: (EventCache) async throws -> Void
    ) async throws -> (dashboard: (p50: Double, p95: Double), job: (p50: Double, p95: Double), hits: Int, runs: Int) {
        var dashboard: [Double] = []
        var job: [Double] = []
        var hits = 0
        let total = max(2, runs)
        for run in 0...total {
            let cache = EventCache()
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try await EarlyWarningJob(app: app, cache: cache).scan(now: now)
            let middle = DispatchTime.now().uptimeNanoseconds
            try await body(cache)
            let end = DispatchTime.now().uptimeNanoseconds
            guard run > 0 else { continue }  // the first run is the warm-up
            job.append(Double(middle - start) / 1e6)
            dashboard.append(Double(end - middle) / 1e6)
            if await cache.statistics.computations == 1 { hits += 1 }
        }
        return (quantiles(dashboard), quantiles(job), hits, total)
    }

    static func percentiles(_ runs: Int, _ body: () async throws -> Void) async throws -> (p50: Double, p95: Double) {
        try await body()  // warm-up
        var times: [Double] = []
        for _ in 0..<max(2, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            try await body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return quantiles(times)
    }

    /// p50 and p95 of measured times.
    static func quantiles(_ times: [Double]) -> (p50: Double, p95: Double) {
        let times = times.sorted()
        func at(_ q: Double) -> Double { times[min(times.count - 1, Int((Double(times.count) * q).rounded(.up)) - 1)] }
        return (at(0.5), at(0.95))
    }

    /// Deterministic pseudo-random numbers for the generator.
    struct Mix {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }

    /// Writes the rollups in batches inside transactions; returns the row counts.
    static func generate(_ total: Int, pack: CityPack, today: Int, sql: any SQLDatabase) async throws
        -> (rollup: Int, terms: Int, messages: Int, hateful: Int)
    {
        var mix = Mix(state: 42)
        let areas = pack.areas.map(\.code) + [AggregateKey.unplaced]
        let weights = areas.map { _ in 0.5 + mix.next() }
        let weightSum = weights.reduce(0, +)
        let rhythm = [1.0, 1.0, 1.0, 1.05, 1.1, 1.25, 1.3]
        let rhythmSum = (0..<days).reduce(0.0) { $0 + rhythm[Timestamp.weekday(ofDay: today - days + 1 + $1)] }
        let vocabulary = (0..<300).map { "term\($0)" } + ["market", "attack", "market attack"]
        let eventStart = today - 10
        let eventAreas = Set(areas.prefix(2))
        var rollup: [[any SQLExpression]] = []
        var terms: [[any SQLExpression]] = []
        var counts = (rollup: 0, terms: 0, messages: 0, hateful: 0)
        func flush(force: Bool) async throws {
            if rollup.count >= 2_000 || (force && !rollup.isEmpty) {
                try await sql.insert(into: AnalysisTables.rollup)
                    .columns("city", "day", "area", "target_group", "hate_type", "language", "messages", "hateful", "violent")
                    .rows(rollup).run()
                counts.rollup += rollup.count
                rollup.removeAll(keepingCapacity: true)
            }
            if terms.count >= 4_000 || (force && !terms.isEmpty) {
                try await sql.insert(into: AnalysisTables.terms).columns("city", "day", "area", "target_group", "term", "n")
                    .rows(terms).run()
                counts.terms += terms.count
                terms.removeAll(keepingCapacity: true)
            }
        }
        let now = Date()
        var messageNumber = 0
        for offset in 0..<days {
            let day = today - days + 1 + offset
            for (index, area) in areas.enumerated() {
                let volume = Int(Double(total) * weights[index] / weightSum * rhythm[Timestamp.weekday(ofDay: day)] / rhythmSum)
                var hatefulByGroup: [Int] = groups.map { _ in Int(Double(volume) * 0.05 / Double(groups.count) * (0.5 + mix.next())) }
                if day >= eventStart && day < eventStart + 5 && eventAreas.contains(area) { hatefulByGroup[0] += volume / 20 }
                let hateful = hatefulByGroup.reduce(0, +)
                func row(_ group: String, _ type: String, _ language: String, _ m: Int, _ h: Int, _ v: Int) {
                    rollup.append([
                        SQLBind("london"), SQLBind(day), SQLBind(area), SQLBind(group), SQLBind(type), SQLBind(language),
                        SQLBind(m), SQLBind(h), SQLBind(v),
                    ])
                }
                for (l, language) in languages.enumerated() {
                    let share = l == 0 ? 0.85 : 0.15
                    row("all", "none", language, Int(Double(volume - hateful) * share), 0, 0)
                    for (t, type) in types.enumerated() {
                        let part = Int(Double(hateful) * share / Double(types.count))
                        row("all", type, language, part, part, t == 2 ? part : part / 10)
                        for (g, group) in groups.enumerated() {
                            let h = Int(Double(hatefulByGroup[g]) * share / Double(types.count))
                            if h > 0 { row(group, type, language, h, h, t == 2 ? h : h / 10) }
                        }
                    }
                }
                for (g, group) in (["all"] + groups).enumerated() {
                    let base = g == 0 ? hateful : hatefulByGroup[g - 1]
                    guard base > 0 else { continue }
                    // 40 distinct terms per row set (7 is coprime to 300), Zipf-like counts; event words in the event.
                    let first = Int(mix.next() * 300)
                    var bag = (0..<40).map { k in (vocabulary[(first + 7 * k) % 300], max(1, Int(Double(base) * 0.3 / Double(k + 1)))) }
                    if (g == 0 || g == 1) && day >= eventStart && day < eventStart + 5 && eventAreas.contains(area) {
                        bag += vocabulary.suffix(3).map { ($0, volume / 40) }
                    }
                    for (term, n) in bag {
                        terms.append([SQLBind("london"), SQLBind(day), SQLBind(area), SQLBind(group), SQLBind(term), SQLBind(n)])
                    }
                }
                try await storeMessages(
                    MessageChunk(
                        first: messageNumber + 1, count: volume, day: day, area: area, hatefulByGroup: hatefulByGroup,
                        withText: day > today - 30),
                    now: now, sql: sql)
                messageNumber += volume
                counts.messages += volume
                counts.hateful += hateful
                try await flush(force: false)
            }
        }
        try await flush(force: true)
        // The dashboard summaries (M0028, M0029), derived with the migrations' backfill SQL: the same sums
        // ingest keeps in step.
        try await M0028_CreateOnlineRollupAreaDay.backfill(on: sql)
        try await M0029_CreateOnlineTermsCityDay.backfill(on: sql)
        // What ingest keeps per source and city: the early-warning job warms the memo of cities with messages.
        try await sql.insert(into: AnalysisTables.sourceCities).columns("source", "city", "messages", "last_ingested_at")
            .values(SQLBind("bench"), SQLBind("london"), SQLBind(total), SQLBind(now)).run()
        var demographics: [[any SQLExpression]] = []
        for offset in 0..<days {
            for group in ["all"] + groups {
                for band in AgeBand.allCases.map(\.rawValue) + ["unknown"] {
                    for gender in AuthorGender.allCases.map(\.rawValue) + ["unknown"] {
                        let n = Int(mix.next() * 30)
                        demographics.append([
                            SQLBind("london"), SQLBind(today - days + 1 + offset), SQLBind(group), SQLBind(band), SQLBind(gender),
                            SQLBind(n), SQLBind(n), SQLBind(0),
                        ])
                    }
                }
            }
            try await sql.insert(into: AnalysisTables.demographics)
                .columns("city", "day", "target_group", "age_band", "gender", "messages", "hateful", "violent")
                .rows(demographics).run()
            demographics.removeAll()
            var mentions: [[any SQLExpression]] = []
            for account in 0..<30 {
                let n = Int(mix.next() * 200)
                mentions.append([SQLBind("london"), SQLBind(today - days + 1 + offset), SQLBind("account\(account)"), SQLBind(n), SQLBind(n / 10), SQLBind(0)])
            }
            try await sql.insert(into: AnalysisTables.mentions).columns("city", "day", "account", "messages", "hateful", "violent")
                .rows(mentions).run()
        }
        return counts
    }
}

extension SQLInsertBuilder {
    /// Adds every row of values.
    func rows(_ rows: [[any SQLExpression]]) -> Self {
        for row in rows { _ = values(row) }
        return self
    }
}
