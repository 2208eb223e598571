import FluentKit
import SQLKit

/// Creates `analysis_alerts`: one row per trigger event and subscription (`event_key` = `city/group/start-date`,
/// unique per subscription, so a re-run of the detector never alerts the same event twice). Holds aggregate
/// facts only: days, areas, group, size and distinguishing terms — never a message or an author.
public struct M0024_CreateAnalysisAlerts: AsyncMigration {
    public static let schema = "analysis_alerts"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("subscription_id", .uuid, .required, .references(M0023_CreateAlertSubscriptions.schema, "id", onDelete: .cascade))
            .field("city_id", .string, .required)
            .field("event_key", .string, .required)
            .field("target_group", .string, .required)
            .field("areas", .string, .required)
            .field("start_day", .int, .required)
            .field("end_day", .int, .required)
            .field("peak_day", .int, .required)
            .field("observed", .double, .required)
            .field("expected", .double, .required)
            .field("score", .double, .required)
            .field("terms", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "subscription_id", "event_key")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "analysis_alerts_city").on(Self.schema).column("city_id").column("created_at").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
