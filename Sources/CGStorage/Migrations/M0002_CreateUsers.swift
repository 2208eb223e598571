import FluentKit

/// Creates `users`.
public struct M0002_CreateUsers: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("email_digest", .string, .required)
            .field("email_sealed", .string, .required)
            .field("name_sealed", .string, .required)
            .field("role", .string, .required)
            .field("agency_id", .uuid, .required, .references(AgencyModel.schema, .id))
            .field("city_scope", .string, .required)
            .field("password_hash", .string, .required)
            .field("totp_secret_sealed", .string)
            .field("totp_last_step", .int64)
            .field("disabled", .bool, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "email_digest")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(UserModel.schema).delete()
    }
}
