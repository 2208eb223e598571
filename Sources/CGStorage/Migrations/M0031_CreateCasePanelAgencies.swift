import FluentKit
import SQLKit

/// Creates `case_panel_agencies`: which agencies are members of which panel.
public struct M0031_CreateCasePanelAgencies: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(CasePanelAgencyModel.schema)
            .id()
            .field("panel_id", .uuid, .required, .references(CasePanelModel.schema, "id"))
            .field("agency_id", .uuid, .required, .references(AgencyModel.schema, "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "panel_id", "agency_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "case_panel_agencies_agency").on(CasePanelAgencyModel.schema).column("agency_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(CasePanelAgencyModel.schema).delete()
    }
}
