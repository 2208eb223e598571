import FluentKit
import SQLKit

/// Creates `case_panel_coordinators`: the users designated coordinators of a panel.
public struct M0032_CreateCasePanelCoordinators: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(CasePanelCoordinatorModel.schema)
            .id()
            .field("panel_id", .uuid, .required, .references(CasePanelModel.schema, "id"))
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "panel_id", "user_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "case_panel_coordinators_user").on(CasePanelCoordinatorModel.schema).column("user_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(CasePanelCoordinatorModel.schema).delete()
    }
}
