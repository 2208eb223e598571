@testable import CGWeb
import CGDomain
import CGSentiment
import CGStorage
import Foundation
import SQLKit
import Testing

/// The authors table's cell-key read (`RollupQueries.hatefulAuthors`) is answered from the covering partial index
/// of M0061, not by visiting each hateful message's row (docs/sentiment-analysis.md, Benchmark, 2026-11-30
/// evening: 0.9–1.0 s on a 10-million-message PostgreSQL store without it, about 55 ms with it).
@Suite("Who drives it: the authors' read uses its covering index")
struct HatefulAuthorsIndexTests {
    @Test("SQLite plans the read, for a group and for all groups, as a covering-index search")
    func coveringIndexPlan() async throws {
        try await TestApp.with(.sqlite) { app in
            let sql = try #require(app.app.db as? any SQLDatabase)
            let queries = RollupQueries(sql: sql)
            for group in ["muslims", "all"] {
                let select = queries.hatefulAuthorsSelect(city: "london", period: DayRange(from: 20_000, to: 20_055), group: group)
                let plan = try await sql.raw("EXPLAIN QUERY PLAN \(select.query)").all()
                    .map { try $0.decode(column: "detail", as: String.self) }
                #expect(
                    plan.contains { $0.contains("USING COVERING INDEX \(M0061_CreateHatefulAuthorsIndex.name)") },
                    "\(group): \(plan)")
            }
        }
    }

    @Test("PostgreSQL vacuums online_messages after 1 % of inserts, so the index answers alone for recent weeks too")
    func insertVacuumOnPostgres() async throws {
        guard TestEngine.available.contains(.postgres) else { return }
        try await TestApp.with(.postgres) { app in
            let sql = try #require(app.app.db as? any SQLDatabase)
            let options = try await sql.raw(
                "SELECT array_to_string(reloptions, ',') AS o FROM pg_class WHERE relname = 'online_messages'"
            ).first()?.decode(column: "o", as: String?.self)
            // M0062 adds its own option to the list.
            #expect(
                options?.split(separator: ",").contains("autovacuum_vacuum_insert_scale_factor=\(M0061_CreateHatefulAuthorsIndex.insertVacuumShare)")
                    == true, "\(options ?? "none")")
            let index = try await sql.raw(
                "SELECT count(*) AS n FROM pg_indexes WHERE indexname = \(bind: M0061_CreateHatefulAuthorsIndex.name)"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(index == 1)
        }
    }
}
