import FluentKit

/// Creates `online_source_cities`: per source and city, the messages stored (net of deletions) and when the
/// last batch was ingested. A cheap signal for periodic jobs (early warning) that something new arrived for a
/// city, and the per-city figures of the source registry.
public struct M0022_CreateOnlineSourceCities: AsyncMigration {
    /// The table.
    public static let schema = "online_source_cities"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("source", .string, .required)
            .field("city", .string, .required)
            .field("messages", .int, .required)
            .field("last_ingested_at", .datetime, .required)
            .unique(on: "source", "city")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
