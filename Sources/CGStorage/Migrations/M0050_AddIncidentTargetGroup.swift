import FluentKit

/// Adds `incident_reports.target_group`: the precise targeted group of an imported incident (e.g. `black`), so the
/// online/offline comparison counts it for that group alone rather than for every group its characteristic
/// (race or ethnicity) covers. Null for reports through the form.
public struct M0050_AddIncidentTargetGroup: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(IncidentReportModel.schema).field("target_group", .string).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(IncidentReportModel.schema).deleteField("target_group").update()
    }
}
