import CGSecurity
import FluentKit

/// Creates `audit_entries` and `audit_head`, and seeds the head with the chain's genesis hash.
public struct M0006_CreateAuditTrail: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema)
            .field("sequence", .int64, .identifier(auto: false))
            .field("occurred_at_ms", .int64, .required)
            .field("actor_id", .string)
            .field("actor_label", .string, .required)
            .field("action", .string, .required)
            .field("record_type", .string)
            .field("record_id", .string)
            .field("city_id", .string)
            .field("reason", .string)
            .field("detail", .string)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .create()
        try await database.schema(AuditHeadModel.schema)
            .field("id", .int, .identifier(auto: false))
            .field("sequence", .int64, .required)
            .field("last_hash", .string, .required)
            .create()
        try await AuditHeadModel(id: 1, sequence: 0, lastHash: AuditChain.genesisHash).create(on: database)
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(AuditHeadModel.schema).delete()
        try await database.schema(AuditEntryModel.schema).delete()
    }
}
