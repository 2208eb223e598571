import FluentKit
import SQLKit

/// Creates `incident_referrals`: which report was referred to which support partner, by whom and when.
public struct M0013_CreateIncidentReferrals: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(IncidentReferralModel.schema)
            .id()
            .field("report_id", .uuid, .required, .references(IncidentReportModel.schema, "id"))
            .field("partner_id", .uuid, .required, .references(SupportPartnerModel.schema, "id"))
            .field("note_sealed", .string)
            .field("actor_id", .string)
            .field("actor_label", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "incident_referrals_report").on(IncidentReferralModel.schema)
            .column("report_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(IncidentReferralModel.schema).delete()
    }
}
