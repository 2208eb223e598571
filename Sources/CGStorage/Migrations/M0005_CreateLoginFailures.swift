import FluentKit
import SQLKit

/// Creates `login_failures` with an index for the per-account window query.
public struct M0005_CreateLoginFailures: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(LoginFailureModel.schema)
            .id()
            .field("account_key", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
        try await (database as? any SQLDatabase)?
            .create(index: "login_failures_account_time").on(LoginFailureModel.schema)
            .column("account_key").column("occurred_at")
            .run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(LoginFailureModel.schema).delete()
    }
}
