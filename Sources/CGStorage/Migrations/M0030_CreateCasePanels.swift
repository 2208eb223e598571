import FluentKit
import SQLKit

/// Creates `case_panels`: a panel per city or district, its meeting days, review interval and retention.
public struct M0030_CreateCasePanels: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(CasePanelModel.schema)
            .id()
            .field("city_id", .string, .required)
            .field("name", .string, .required)
            .field("meeting_weekdays", .string, .required)
            .field("review_interval_days", .int, .required)
            .field("retention_days", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "case_panels_city").on(CasePanelModel.schema).column("city_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(CasePanelModel.schema).delete()
    }
}
