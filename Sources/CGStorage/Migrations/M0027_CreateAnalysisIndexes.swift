import FluentKit
import SQLKit

/// Covering indexes for the analyst dashboard on the sentiment rollups (tables of M0018 and M0020): every
/// dashboard query filters one city, one or two target groups and a day range, and reads only the counts, so
/// with the group before the day and the counts in the index, both engines answer from the index alone
/// instead of visiting every row of every group in the range.
public struct M0027_CreateAnalysisIndexes: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "online_rollup_daily_analysis").on(M0018_CreateOnlineRollups.daily)
            .column("city").column("target_group").column("day").column("area")
            .column("messages").column("hateful").column("violent").run()
        try await sql.create(index: "online_terms_analysis").on(M0020_CreateOnlineTerms.schema)
            .column("city").column("target_group").column("day").column("area").column("term").column("n").run()
    }

    public func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "online_terms_analysis").run()
        try await sql.drop(index: "online_rollup_daily_analysis").run()
    }
}
