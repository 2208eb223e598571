import FluentKit

/// Creates `report_idempotency_keys`: retried submissions are answered from here and stored once.
public struct M0014_CreateReportIdempotencyKeys: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(ReportIdempotencyKeyModel.schema)
            .id()
            .field("key_digest", .string, .required)
            .field("request_digest", .string, .required)
            .field("report_id", .uuid, .required)
            .field("response_sealed", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "key_digest")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(ReportIdempotencyKeyModel.schema).delete()
    }
}
