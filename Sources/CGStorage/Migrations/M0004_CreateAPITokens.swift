import FluentKit

/// Creates `api_tokens`.
public struct M0004_CreateAPITokens: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(APITokenModel.schema)
            .id()
            .field("name", .string, .required)
            .field("token_digest", .string, .required)
            .field("city_scope", .string, .required)
            .field("permissions", .string, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .field("last_used_at", .datetime)
            .unique(on: "token_digest")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(APITokenModel.schema).delete()
    }
}
