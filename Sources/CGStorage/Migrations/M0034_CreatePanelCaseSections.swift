import FluentKit
import SQLKit

/// Creates `panel_case_sections`: assessments, family, health and other information with supplier and legal basis.
public struct M0034_CreatePanelCaseSections: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(PanelCaseSectionModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(PanelCaseModel.schema, "id"))
            .field("kind", .string, .required)
            .field("agency_id", .uuid, .required)
            .field("legal_basis", .string, .required)
            .field("restricted", .bool, .required)
            .field("factors", .string, .required)
            .field("ideology", .string)
            .field("content_sealed", .string)
            .field("meeting_id", .uuid)
            .field("author_user_id", .uuid)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "panel_case_sections_case").on(PanelCaseSectionModel.schema).column("case_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(PanelCaseSectionModel.schema).delete()
    }
}
