import FluentKit
import SQLKit

/// Creates `panel_cases`: referrals and cases, sealed with a per-case data key.
public struct M0033_CreatePanelCases: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(PanelCaseModel.schema)
            .id()
            .field("panel_id", .uuid, .required, .references(CasePanelModel.schema, "id"))
            .field("city_id", .string, .required)
            .field("reference", .string, .required)
            .field("status", .string, .required)
            .field("data_key_wrapped", .string)
            .field("referrer_user_id", .uuid)
            .field("referrer_agency_id", .uuid, .required)
            .field("referral_source", .string, .required)
            .field("person_name_sealed", .string)
            .field("person_dob_sealed", .string)
            .field("reason_sealed", .string)
            .field("indicators", .string, .required)
            .field("age_band", .string)
            .field("lookup_hash", .string)
            .field("screening_note_sealed", .string)
            .field("ideology", .string)
            .field("coordinator_user_id", .uuid)
            .field("next_review_on", .datetime)
            .field("closure_reviews_done", .int, .required)
            .field("outcome", .string)
            .field("finished_at", .datetime)
            .field("legal_hold", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "reference")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "panel_cases_panel_status").on(PanelCaseModel.schema).column("panel_id").column("status").run()
        try await sql.create(index: "panel_cases_lookup").on(PanelCaseModel.schema).column("lookup_hash").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(PanelCaseModel.schema).delete()
    }
}
