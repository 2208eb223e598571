import FluentKit
import SQLKit

/// Creates `panel_case_access`: short-lived grants to see a case after stating a reason.
public struct M0035_CreatePanelCaseAccess: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(PanelCaseAccessModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(PanelCaseModel.schema, "id"))
            .field("user_id", .uuid, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "panel_case_access_case_user").on(PanelCaseAccessModel.schema).column("case_id").column("user_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(PanelCaseAccessModel.schema).delete()
    }
}
