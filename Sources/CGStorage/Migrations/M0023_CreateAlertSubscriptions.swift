import FluentKit
import SQLKit

/// Creates `alert_subscriptions`: an analyst's early-warning subscription to areas and target groups of a city
/// (empty lists watch everything), with an optional webhook URL that alerts are posted to.
public struct M0023_CreateAlertSubscriptions: AsyncMigration {
    public static let schema = "alert_subscriptions"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("user_id", .uuid, .required)
            .field("city_id", .string, .required)
            .field("areas", .string, .required)
            .field("target_groups", .string, .required)
            .field("webhook_url", .string)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "alert_subscriptions_city").on(Self.schema).column("city_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
