import FluentKit
import SQLKit

/// Creates `panel_meetings`: meetings held by a panel.
public struct M0037_CreatePanelMeetings: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(PanelMeetingModel.schema)
            .id()
            .field("panel_id", .uuid, .required, .references(CasePanelModel.schema, "id"))
            .field("held_on", .datetime, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "panel_meetings_panel").on(PanelMeetingModel.schema).column("panel_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(PanelMeetingModel.schema).delete()
    }
}
