import FluentKit
import SQLKit

/// Creates `incident_report_events`: the history of every report (status changes, notes, referrals).
public struct M0010_CreateIncidentReportEvents: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(IncidentReportEventModel.schema)
            .id()
            .field("report_id", .uuid, .required, .references(IncidentReportModel.schema, "id"))
            .field("kind", .string, .required)
            .field("from_status", .string)
            .field("to_status", .string)
            .field("detail", .string)
            .field("note_sealed", .string)
            .field("actor_id", .string)
            .field("actor_label", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "incident_report_events_report").on(IncidentReportEventModel.schema)
            .column("report_id").column("created_at").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(IncidentReportEventModel.schema).delete()
    }
}
