import FluentKit

/// Creates `agencies`.
public struct M0001_CreateAgencies: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(AgencyModel.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("city_id", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "city_id", "name")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(AgencyModel.schema).delete()
    }
}
