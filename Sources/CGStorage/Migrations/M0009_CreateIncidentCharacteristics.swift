import FluentKit
import SQLKit

/// Creates `incident_characteristics`: one row per targeted characteristic of a report.
public struct M0009_CreateIncidentCharacteristics: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(IncidentCharacteristicModel.schema)
            .id()
            .field("report_id", .uuid, .required, .references(IncidentReportModel.schema, "id"))
            .field("characteristic", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "incident_characteristics_report").on(IncidentCharacteristicModel.schema)
            .column("report_id").column("characteristic").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(IncidentCharacteristicModel.schema).delete()
    }
}
