import FluentKit

/// Creates `online_demographics`: city × local day × target group × author age band × author gender → messages,
/// hateful, violent, for messages whose source gave an age band or a gender ("unknown" for the missing one).
/// No area and no author: it is only ever shown through disclosure control (counts under 10 suppressed).
public struct M0019_CreateOnlineDemographics: AsyncMigration {
    /// The table.
    public static let schema = "online_demographics"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("city", .string, .required)
            .field("day", .int, .required)
            .field("target_group", .string, .required)
            .field("age_band", .string, .required)
            .field("gender", .string, .required)
            .field("messages", .int, .required)
            .field("hateful", .int, .required)
            .field("violent", .int, .required)
            .unique(on: "city", "day", "target_group", "age_band", "gender")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
