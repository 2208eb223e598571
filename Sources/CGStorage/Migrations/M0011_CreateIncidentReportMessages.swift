import FluentKit
import SQLKit

/// Creates `incident_report_messages`: the private follow-up channel between reporter and caseworkers.
public struct M0011_CreateIncidentReportMessages: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(IncidentReportMessageModel.schema)
            .id()
            .field("report_id", .uuid, .required, .references(IncidentReportModel.schema, "id"))
            .field("direction", .string, .required)
            .field("body_sealed", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "incident_report_messages_report").on(IncidentReportMessageModel.schema)
            .column("report_id").column("created_at").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(IncidentReportMessageModel.schema).delete()
    }
}
