import FluentKit

/// Creates `online_mentions`: city × local day × public-figure account → messages, hateful, violent. Only
/// accounts on the public-figure list are ever recorded (the privacy gate drops every other mention).
public struct M0021_CreateOnlineMentions: AsyncMigration {
    /// The table.
    public static let schema = "online_mentions"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("city", .string, .required)
            .field("day", .int, .required)
            .field("account", .string, .required)
            .field("messages", .int, .required)
            .field("hateful", .int, .required)
            .field("violent", .int, .required)
            .unique(on: "city", "day", "account")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
