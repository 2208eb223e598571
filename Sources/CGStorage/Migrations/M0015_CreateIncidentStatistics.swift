import FluentKit

/// Creates `incident_statistics`: counts of verified reports by city, month, area, type and characteristic,
/// kept up to date in the same transaction as every status change, so the observatory reads a few thousand
/// rollup rows instead of grouping millions of reports. `characteristic` is "" for the row that counts each
/// report once; the other rows count a report once per targeted characteristic.
public struct M0015_CreateIncidentStatistics: AsyncMigration {
    public static let schema = "incident_statistics"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("city_id", .string, .required)
            .field("characteristic", .string, .required)
            .field("month", .string, .required)
            .field("area_code", .string, .required)
            .field("incident_type", .string, .required)
            .field("n", .int, .required)
            .unique(on: "city_id", "characteristic", "month", "area_code", "incident_type")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
