import FluentKit

/// Creates the two main rollups of online messages, kept up to date in the same transaction as every message
/// insert and deletion:
/// - `online_rollup_daily`: city × local day × area × target group × hate type × language → messages, hateful,
///   violent. Maps, series, trigger events and correlations read this one (few rows per day).
/// - `online_rollup_hourly`: the same with the local hour, for daily-rhythm views.
///
/// The unique key leads with `(city, day)`, so `WHERE city = ? AND day BETWEEN ? AND ?` is an index range scan.
public struct M0018_CreateOnlineRollups: AsyncMigration {
    /// The day-level rollup.
    public static let daily = "online_rollup_daily"
    /// The hour-level rollup.
    public static let hourly = "online_rollup_hourly"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.daily)
            .field("city", .string, .required)
            .field("day", .int, .required)
            .field("area", .string, .required)
            .field("target_group", .string, .required)
            .field("hate_type", .string, .required)
            .field("language", .string, .required)
            .field("messages", .int, .required)
            .field("hateful", .int, .required)
            .field("violent", .int, .required)
            .unique(on: "city", "day", "area", "target_group", "hate_type", "language")
            .create()
        try await database.schema(Self.hourly)
            .field("city", .string, .required)
            .field("day", .int, .required)
            .field("hour", .int, .required)
            .field("area", .string, .required)
            .field("target_group", .string, .required)
            .field("hate_type", .string, .required)
            .field("language", .string, .required)
            .field("messages", .int, .required)
            .field("hateful", .int, .required)
            .field("violent", .int, .required)
            .unique(on: "city", "day", "hour", "area", "target_group", "hate_type", "language")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.hourly).delete()
        try await database.schema(Self.daily).delete()
    }
}
