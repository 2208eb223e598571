import FluentKit
import SQLKit

/// Creates `online_terms_city_day`: city × local day × target group × term → `n` hateful messages holding the
/// term — `online_terms` (M0020) with the area summed away. The city-wide term sums over weeks (a trigger
/// event's background, the narratives' background) read this table instead of summing every area's rows.
///
/// `SentimentStore.applyRollups` keeps it in step with the same deltas, in the same transaction, as every
/// ingest batch and deletion; `prepare` backfills it from `online_terms` (``backfill(on:)``).
public struct M0029_CreateOnlineTermsCityDay: AsyncMigration {
    /// The table.
    public static let schema = "online_terms_city_day"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("city", .string, .required)
            .field("day", .int, .required)
            .field("target_group", .string, .required)
            .field("term", .string, .required)
            .field("n", .int, .required)
            .unique(on: "city", "day", "target_group", "term")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // Covering index: one city and group over a day range, summed per term from the index alone.
        try await sql.create(index: "online_terms_city_day_analysis").on(Self.schema)
            .column("city").column("target_group").column("day").column("term").column("n").run()
        try await Self.backfill(on: sql)
        // `online_terms` is now read only for a trigger event's own terms: one group in a few areas over a few
        // days. M0027's index (city, target_group, day, …) served city-wide sums, which this table now answers;
        // an area-first index seeks each area's days instead of scanning every area of the range, and replacing
        // (not adding) keeps the ingest cost of the largest rollup as it was.
        try await sql.drop(index: "online_terms_analysis").run()
        try await sql.create(index: "online_terms_area_analysis").on(M0020_CreateOnlineTerms.schema)
            .column("city").column("target_group").column("area").column("day").column("term").column("n").run()
    }

    /// Adds the sums of `online_terms` per (city, day, target group, term) to an EMPTY table (the migration's
    /// backfill; also used by fixtures and the benchmark that write `online_terms` directly).
    public static func backfill(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO \(unsafeRaw: schema) (city, day, target_group, term, n)
            SELECT city, day, target_group, term, CAST(SUM(n) AS BIGINT)
            FROM \(unsafeRaw: M0020_CreateOnlineTerms.schema)
            GROUP BY city, day, target_group, term
            """
        ).run()
    }

    public func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "online_terms_area_analysis").run()
            try await sql.create(index: "online_terms_analysis").on(M0020_CreateOnlineTerms.schema)
                .column("city").column("target_group").column("day").column("area").column("term").column("n").run()
        }
        try await database.schema(Self.schema).delete()
    }
}
