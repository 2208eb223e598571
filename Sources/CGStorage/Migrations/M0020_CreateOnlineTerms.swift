import FluentKit

/// Creates `online_terms`: city × local day × area × target group × term → `n` hateful messages holding the term
/// (for trigger-event terms by log-odds and for narratives' background).
public struct M0020_CreateOnlineTerms: AsyncMigration {
    /// The table.
    public static let schema = "online_terms"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("city", .string, .required)
            .field("day", .int, .required)
            .field("area", .string, .required)
            .field("target_group", .string, .required)
            .field("term", .string, .required)
            .field("n", .int, .required)
            .unique(on: "city", "day", "area", "target_group", "term")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
