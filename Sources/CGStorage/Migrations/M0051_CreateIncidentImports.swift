import FluentKit

/// Creates `incident_imports`: one row per imported record (source × the record's own id, kept as a keyed
/// digest), so importing the same file again stores nothing twice.
public struct M0051_CreateIncidentImports: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(IncidentImportModel.schema)
            .id()
            .field("source", .string, .required)
            .field("record_digest", .string, .required)
            .field("city_id", .string, .required)
            .field("incidents", .int, .required)
            .field("imported_at", .datetime, .required)
            .unique(on: "source", "record_digest")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(IncidentImportModel.schema).delete()
    }
}
