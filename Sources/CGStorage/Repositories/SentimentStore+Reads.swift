import CGSentiment
import FluentKit
import Foundation
import SQLKit

extension SentimentStore {
    /// Rollup rows of `online_rollup_daily` for a city and period (hour 0), optionally one target group, with
    /// zero rows left out. Maps, series, trigger events, violence shares and correlations read these.
    public func dailyRows(city: String, period: DayRange, targetGroup: String? = nil, on database: any Database)
        async throws -> [AggregateRow]
    {
        try await aggregateRows(.daily, city: city, period: period, targetGroup: targetGroup, on: database)
    }

    /// Rollup rows of `online_rollup_hourly` for a city and period (for daily-rhythm views).
    public func hourlyRows(city: String, period: DayRange, targetGroup: String? = nil, on database: any Database)
        async throws -> [AggregateRow]
    {
        try await aggregateRows(.hourly, city: city, period: period, targetGroup: targetGroup, on: database)
    }

    private func aggregateRows(
        _ table: RollupTable, city: String, period: DayRange, targetGroup: String?, on database: any Database
    ) async throws -> [AggregateRow] {
        let hourly = table.keys.contains("hour")
        let query = try Self.select(table, city: city, period: period, on: database)
        query.where("messages", .greaterThan, 0)
        if let targetGroup { query.where("target_group", .equal, targetGroup) }
        return try await query.all().map { row in
            AggregateRow(
                key: AggregateKey(
                    city: city, area: try row.decode(column: "area", as: String.self),
                    day: try row.decode(column: "day", as: Int.self),
                    hour: hourly ? try row.decode(column: "hour", as: Int.self) : 0,
                    targetGroup: try row.decode(column: "target_group", as: String.self),
                    type: try row.decode(column: "hate_type", as: String.self),
                    language: try row.decode(column: "language", as: String.self)),
                delta: try Self.delta(row))
        }
    }

    /// Author-demographic rows for a city and period. Show them only through `AuthorDemographics` (counts
    /// under 10 suppressed).
    public func demographicRows(city: String, period: DayRange, on database: any Database) async throws
        -> [DemographicRow]
    {
        try await Self.select(.demographics, city: city, period: period, on: database)
            .where("messages", .greaterThan, 0).all().map { row in
            DemographicRow(
                key: DemographicKey(
                    city: city, day: try row.decode(column: "day", as: Int.self),
                    targetGroup: try row.decode(column: "target_group", as: String.self),
                    ageBand: try row.decode(column: "age_band", as: String.self),
                    gender: try row.decode(column: "gender", as: String.self)),
                delta: try Self.delta(row))
        }
    }

    /// Term rows for a city and period.
    public func termRows(city: String, period: DayRange, on database: any Database) async throws -> [TermRow] {
        try await Self.select(.terms, city: city, period: period, on: database).where("n", .greaterThan, 0).all()
            .map { row in
                TermRow(
                    key: TermKey(
                        city: city, area: try row.decode(column: "area", as: String.self),
                        day: try row.decode(column: "day", as: Int.self),
                        targetGroup: try row.decode(column: "target_group", as: String.self),
                        term: try row.decode(column: "term", as: String.self)),
                    count: try row.decode(column: "n", as: Int.self))
            }
    }

    /// Public-figure mention rows for a city and period.
    public func mentionRows(city: String, period: DayRange, on database: any Database) async throws -> [MentionRow] {
        try await Self.select(.mentions, city: city, period: period, on: database)
            .where("messages", .greaterThan, 0).all().map { row in
            MentionRow(
                key: MentionKey(
                    city: city, day: try row.decode(column: "day", as: Int.self),
                    account: try row.decode(column: "account", as: String.self)),
                delta: try Self.delta(row))
        }
    }

    /// The term bags of the hateful messages of a city and period, optionally of one target group (for
    /// `NarrativeFinder`). Reads message rows through the partial index on hateful messages; no author.
    public func hatefulTermBags(
        city: String, period: DayRange, targetGroup: String? = nil, on database: any Database
    ) async throws -> [[String]] {
        guard let sql = database as? any SQLDatabase else { throw SentimentStoreError.notSQL }
        let rows = try await sql.select().column("terms").column("targets").from(Self.messages)
            .where("city", .equal, city).where("day", .greaterThanOrEqual, period.from)
            .where("day", .lessThanOrEqual, period.to).where(SQLRaw("hateful = true"))
            .all()
        var bags: [[String]] = []
        for row in rows {
            if let targetGroup {
                let targets = try row.decode(column: "targets", as: String.self)
                let groups = targets.isEmpty ? [AggregateKey.noTarget] : targets.split(separator: Self.listSeparator).map(String.init)
                guard targetGroup == AggregateKey.allTargets || groups.contains(targetGroup) else { continue }
            }
            let terms = try row.decode(column: "terms", as: String.self)
            bags.append(terms.split(separator: Self.listSeparator).map(String.init))
        }
        return bags
    }

    /// When messages for `city` were last stored (any source), or nil if never: a cheap signal for periodic
    /// jobs that something new arrived.
    public func lastIngested(city: String, on database: any Database) async throws -> Date? {
        guard let sql = database as? any SQLDatabase else { throw SentimentStoreError.notSQL }
        let rows = try await sql.select().column("last_ingested_at").from(M0022_CreateOnlineSourceCities.schema)
            .where("city", .equal, city).all()
        return try rows.map { try $0.decode(column: "last_ingested_at", as: Date.self) }.max()
    }

    /// Stored messages per city (net of deletions), and whether any of them come from a synthetic source.
    public func cityTotals(city: String, on database: any Database) async throws -> (messages: Int, synthetic: Bool) {
        guard let sql = database as? any SQLDatabase else { throw SentimentStoreError.notSQL }
        let rows = try await sql.select().column(SQLColumn("messages", table: "c")).column(SQLColumn("is_synthetic", table: "s"))
            .from(SQLAlias(SQLIdentifier(M0022_CreateOnlineSourceCities.schema), as: SQLIdentifier("c")))
            .join(
                SQLAlias(SQLIdentifier(OnlineSourceModel.schema), as: SQLIdentifier("s")), method: SQLJoinMethod.inner,
                on: SQLColumn("source", table: "c"), .equal, SQLColumn("name", table: "s"))
            .where(SQLColumn("city", table: "c"), .equal, SQLBind(city)).all()
        var total = 0
        var synthetic = false
        for row in rows {
            let count = try row.decode(column: "messages", as: Int.self)
            total += count
            if count > 0, try row.decode(column: "is_synthetic", as: Bool.self) { synthetic = true }
        }
        return (total, synthetic)
    }

    private static func select(_ table: RollupTable, city: String, period: DayRange, on database: any Database)
        throws -> SQLSelectBuilder
    {
        guard let sql = database as? any SQLDatabase else { throw SentimentStoreError.notSQL }
        return sql.select().columns(table.keys.filter { $0 != "city" } + table.counts).from(table.name)
            .where("city", .equal, city).where("day", .greaterThanOrEqual, period.from)
            .where("day", .lessThanOrEqual, period.to)
    }

    private static func delta(_ row: any SQLRow) throws -> AggregateDelta {
        AggregateDelta(
            messages: try row.decode(column: "messages", as: Int.self),
            hateful: try row.decode(column: "hateful", as: Int.self),
            violent: try row.decode(column: "violent", as: Int.self))
    }
}
