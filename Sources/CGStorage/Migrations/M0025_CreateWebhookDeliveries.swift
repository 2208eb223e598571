import FluentKit
import SQLKit

/// Creates `webhook_deliveries`: the outbox of alert webhooks. The early-warning job writes a row with the
/// alert; the delivery worker posts it, and on failure counts the attempt, keeps the error and sets the next
/// attempt with exponential backoff, until `delivered_at` is set or the attempts run out.
public struct M0025_CreateWebhookDeliveries: AsyncMigration {
    public static let schema = "webhook_deliveries"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("alert_id", .uuid, .required, .references(M0024_CreateAnalysisAlerts.schema, "id", onDelete: .cascade))
            .field("url", .string, .required)
            .field("payload", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime)
            .field("last_error", .string)
            .field("delivered_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "webhook_deliveries_due").on(Self.schema).column("delivered_at").column("next_attempt_at").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
