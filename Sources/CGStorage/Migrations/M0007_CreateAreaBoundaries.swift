import FluentKit

/// Creates `area_boundaries`.
public struct M0007_CreateAreaBoundaries: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(AreaBoundaryModel.schema)
            .id()
            .field("city_id", .string, .required)
            .field("area_code", .string, .required)
            .field("geometry_json", .string, .required)
            .field("imported_at", .datetime, .required)
            .unique(on: "city_id", "area_code")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(AreaBoundaryModel.schema).delete()
    }
}
