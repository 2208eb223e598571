import FluentKit

/// Creates `early_warning_scans`: per city, the fingerprint of its recent rollups at the last early-warning
/// scan, so the periodic job re-runs the detector only for cities with new (or deleted) messages.
public struct M0026_CreateEarlyWarningScans: AsyncMigration {
    public static let schema = "early_warning_scans"

    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("city_id", .string, .identifier(auto: false))
            .field("fingerprint", .string, .required)
            .field("scanned_at", .datetime, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
