import FluentKit
import SQLKit

/// Creates `incident_reports` with indexes for the triage queue and for statistics.
public struct M0008_CreateIncidentReports: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(IncidentReportModel.schema)
            .id()
            .field("reference", .string, .required)
            .field("follow_up_digest", .string, .required)
            .field("city_id", .string, .required)
            .field("area_code", .string, .required)
            .field("location_sealed", .string)
            .field("online_platform", .string)
            .field("online_link_sealed", .string)
            .field("incident_type", .string, .required)
            .field("characteristics", .string, .required)
            .field("religion", .string)
            .field("occurred_on", .string, .required)
            .field("occurred_time", .string)
            .field("day", .int, .required)
            .field("month", .string, .required)
            .field("reporter_role", .string, .required)
            .field("police_reported", .bool, .required)
            .field("police_reference_sealed", .string)
            .field("wants_support", .bool, .required)
            .field("consent_contact", .bool, .required)
            .field("consent_referral", .bool, .required)
            .field("contact_sealed", .string)
            .field("description_sealed", .string, .required)
            .field("status", .string, .required)
            .field("classification", .string)
            .field("duplicate_of", .uuid)
            .field("language", .string, .required)
            .field("is_synthetic", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "reference")
            .unique(on: "follow_up_digest")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "incident_reports_queue").on(IncidentReportModel.schema)
            .column("city_id").column("status").column("created_at").run()
        try await sql.create(index: "incident_reports_stats").on(IncidentReportModel.schema)
            .column("city_id").column("status").column("month").column("area_code").column("incident_type").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(IncidentReportModel.schema).delete()
    }
}
