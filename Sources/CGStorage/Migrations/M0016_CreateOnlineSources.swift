import FluentKit

/// Creates `online_sources`, the registry of where online messages come from (provenance: platform, how they
/// were collected, under which terms). A message can only be ingested into a registered source.
public struct M0016_CreateOnlineSources: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(OnlineSourceModel.schema)
            .id()
            .field("name", .string, .required)
            .field("platform", .string, .required)
            .field("collection_method", .string, .required)
            .field("terms_of_use", .string, .required)
            .field("is_synthetic", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("last_ingested_at", .datetime)
            .unique(on: "name")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(OnlineSourceModel.schema).delete()
    }
}
