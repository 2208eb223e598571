import FluentKit
import SQLKit

/// Creates `online_rollup_area_day`: city × local day × area × target group → messages, hateful, violent — the
/// daily rollup (M0018) with hate type and language summed away, which is all the analyst dashboard needs
/// (map, series, trigger events, online/offline, receivers, violence shares read it). `online_rollup_daily`
/// splits each of these rows ≈ 5–8 ways by type × language; this table has one row per key.
///
/// `SentimentStore.applyRollups` keeps it in step with the same summed deltas, in the same transaction, as
/// every ingest batch and every deletion. Because migrations are append-only and an installation may already
/// hold rollups, `prepare` also backfills it from `online_rollup_daily` (``backfill(on:)``).
public struct M0028_CreateOnlineRollupAreaDay: AsyncMigration {
    /// The table.
    public static let schema = "online_rollup_area_day"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("city", .string, .required)
            .field("day", .int, .required)
            .field("area", .string, .required)
            .field("target_group", .string, .required)
            .field("messages", .int, .required)
            .field("hateful", .int, .required)
            .field("violent", .int, .required)
            .unique(on: "city", "day", "area", "target_group")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // Covering index for the analyses: one city, one or two groups (or all), per area a day range; counts
        // included so neither engine visits the table, and in the order of `GROUP BY target_group, area`.
        try await sql.create(index: "online_rollup_area_day_analysis").on(Self.schema)
            .column("city").column("target_group").column("area").column("day")
            .column("messages").column("hateful").column("violent").run()
        try await Self.backfill(on: sql)
    }

    /// Adds the sums of `online_rollup_daily` per (city, day, area, target group) to an EMPTY table (the
    /// migration's backfill; test fixtures and the dashboard benchmark that write the daily rollup directly
    /// derive this table with it too). Portable `INSERT … SELECT … GROUP BY` (sums cast
    /// to BIGINT: PostgreSQL sums integers as NUMERIC).
    public static func backfill(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO \(unsafeRaw: schema) (city, day, area, target_group, messages, hateful, violent)
            SELECT city, day, area, target_group, CAST(SUM(messages) AS BIGINT), CAST(SUM(hateful) AS BIGINT), CAST(SUM(violent) AS BIGINT)
            FROM \(unsafeRaw: M0018_CreateOnlineRollups.daily)
            GROUP BY city, day, area, target_group
            """
        ).run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
