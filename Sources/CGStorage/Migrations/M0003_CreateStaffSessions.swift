import FluentKit

/// Creates `staff_sessions`.
public struct M0003_CreateStaffSessions: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(StaffSessionModel.schema)
            .id()
            .field("token_digest", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_digest")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(StaffSessionModel.schema).delete()
    }
}
