import FluentKit
import SQLKit

/// Adds `alert_subscriptions.api_token_id`: the API token that owns a subscription made by a machine client
/// (a city's own alerting system, a SIEM, a chat bot). Null for a staff member's own subscriptions, made in a
/// session. `user_id` of a token's subscription is the token's creator. Tokens are revoked, never deleted, so
/// the column needs no foreign key; the index serves the token's own list and the job's revoked-token filter.
public struct M0060_AddAlertSubscriptionToken: AsyncMigration {
    /// The index on the new column.
    static let index = "alert_subscriptions_api_token"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(M0023_CreateAlertSubscriptions.schema).field("api_token_id", .uuid).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: Self.index).on(M0023_CreateAlertSubscriptions.schema).column("api_token_id").run()
    }

    public func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: Self.index).run() }
        try await database.schema(M0023_CreateAlertSubscriptions.schema).deleteField("api_token_id").update()
    }
}
