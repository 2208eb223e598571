import FluentKit
import SQLKit

/// Creates `panel_case_actions`: the support plan of a case.
public struct M0036_CreatePanelCaseActions: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(PanelCaseActionModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(PanelCaseModel.schema, "id"))
            .field("agency_id", .uuid, .required)
            .field("description_sealed", .string)
            .field("due_on", .datetime, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "panel_case_actions_case").on(PanelCaseActionModel.schema).column("case_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(PanelCaseActionModel.schema).delete()
    }
}
