@testable import CGWeb
import CGDomain
import CGSentiment
import CGStorage
import Foundation
import SQLKit
import Testing

/// The narratives' term bags (`RollupQueries.termBags`) are answered from the covering partial index of M0062, and
/// the bags stored in it are bounded so PostgreSQL's btree (entries up to about 2,700 bytes) never refuses an
/// ingest batch (docs/sentiment-analysis.md, Benchmark, "the narratives' bags from an index").
@Suite("Narratives: the term bags' read uses its covering index, and bags fit in it")
struct HatefulTermsIndexTests {
    static let period = DayRange(from: 20_400, to: 20_409)

    /// Ten days of 2,000 messages, 120 hateful a day, as the dashboard bench stores them; then the planner's
    /// statistics (and on PostgreSQL the visibility map, as autovacuum would set it).
    static func fill(_ sql: any SQLDatabase) async throws {
        for (index, day) in (period.from...period.to).enumerated() {
            try await DashboardBenchmark.storeMessages(
                .init(
                    first: index * 2_000 + 1, count: 2_000, day: day, area: "E09000001", hatefulByGroup: Array(repeating: 20, count: 6),
                    withText: true),
                now: Date(), sql: sql)
        }
        try await sql.raw(sql.dialect.name == "postgresql" ? "VACUUM ANALYZE online_messages" : "ANALYZE").run()
    }

    @Test("both engines read the bags from the covering index alone, for a group, all groups, no group and one area", arguments: TestEngine.available)
    func coveringIndexPlan(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let sql = try app.sql
            try await Self.fill(sql)
            let queries = RollupQueries(sql: sql)
            let bags = try await queries.termBags(city: "london", period: Self.period, group: "muslims", area: nil, limit: 5_000)
            #expect(bags.count == 200 && bags.allSatisfy { $0.count == 15 })
            for (group, area) in [("muslims", nil), ("all", nil), ("none", nil), ("jews", "E09000001")] {
                let select = queries.termBagsSelect(city: "london", period: Self.period, group: group, area: area, limit: 5_000)
                if engine == .sqlite {
                    let plan = try await sql.raw("EXPLAIN QUERY PLAN \(select.query)").all()
                        .map { try $0.decode(column: "detail", as: String.self) }
                    #expect(
                        plan.contains { $0.contains("USING COVERING INDEX \(M0062_CreateHatefulTermsIndex.name)") },
                        "\(group) \(area ?? "-"): \(plan)")
                } else {
                    let plan = try await sql.raw("EXPLAIN \(select.query)").all()
                        .map { try $0.decode(column: "QUERY PLAN", as: String.self) }
                    #expect(
                        plan.contains { $0.contains("Index Only Scan Backward using \(M0062_CreateHatefulTermsIndex.name)") },
                        "\(group) \(area ?? "-"): \(plan)")
                }
            }
        }
    }

    /// `count` letters a–z from a fixed seed: text a compressor cannot shrink (PostgreSQL compresses a long index
    /// entry before refusing it, so repeated letters would not show the limit).
    static func letters(_ count: Int, seed: UInt64) -> String {
        var state = seed
        return String((0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Character(UnicodeScalar(UInt8(97 + (state >> 33) % 26)))
        })
    }

    static let hate = "Muslims are vermin and should all be thrown out of this country"

    @Test("a hateful message of one giant word, or of many long words, is stored with a bounded bag", arguments: TestEngine.available)
    func longWordsIngest(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await SentimentIngestTests.register(app)
            let giant = Self.letters(6_000, seed: 1)
            // Long words apart (a stop word between two words makes no phrase), so no term repeats another and the
            // bag does not compress: about 3,000 bytes without the bound, which PostgreSQL's index refuses.
            let many = (0..<30).map { Self.letters(100, seed: UInt64($0 + 2)) }.joined(separator: " the ")
            let file = """
                {"id":"giant","timestamp":"2026-09-02T09:30:00Z","text":"\(Self.hate) \(giant)","author_id":"u-1"}
                {"id":"many","timestamp":"2026-09-02T09:31:00Z","text":"\(Self.hate) \(many)","author_id":"u-2"}

                """
            let summary = try await SentimentIngestTests.ingest(app, file)
            #expect(summary.stored == 2, "\(summary)")
            let rows = try await app.sql.raw("SELECT message_id, hateful, terms FROM online_messages ORDER BY message_id").all()
            for row in rows {
                let id = try row.decode(column: "message_id", as: String.self)
                let terms = try row.decode(column: "terms", as: String.self)
                #expect(try row.decode(column: "hateful", as: Bool.self), "\(id) must be hateful for its terms to be kept")
                #expect(terms.utf8.count <= TermExtractor.maximumBagBytes, "\(id): \(terms.utf8.count) bytes")
                #expect(terms.contains("vermin"), "\(id): \(terms.prefix(80))")
                #expect(!terms.contains(giant))
            }
        }
    }

    @Test("the migration cuts a stored over-long bag at a term boundary before it builds the index", arguments: TestEngine.available)
    func migrationCutsStoredBags(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await SentimentIngestTests.register(app)
            let file = """
                {"id":"m1","timestamp":"2026-09-02T09:30:00Z","text":"\(Self.hate)","author_id":"u-1"}

                """
            _ = try await SentimentIngestTests.ingest(app, file)
            let sql = try app.sql
            // A term of 500 letters (no word is that long) and 40 incompressible terms of 80 letters: 3,740 bytes,
            // over PostgreSQL's index entry limit.
            let long = (0..<40).map { Self.letters(80, seed: UInt64($0 + 10)) }
            let bag = ([Self.letters(500, seed: 9)] + long).joined(separator: "|")
            let update: SQLQueryString = "UPDATE online_messages SET terms = \(bind: bag) WHERE message_id = 'm1'"
            if engine == .postgres {
                // With the index in place PostgreSQL refuses the bag: the limit is real.
                await #expect(throws: (any Error).self) { try await sql.raw(update).run() }
            }
            try await M0062_CreateHatefulTermsIndex().revert(on: app.app.db)
            try await sql.raw(update).run()
            try await M0062_CreateHatefulTermsIndex().prepare(on: app.app.db)
            let stored = try await sql.raw("SELECT terms FROM online_messages WHERE message_id = 'm1'").first()?
                .decode(column: "terms", as: String.self)
            // The 500 letters dropped; twelve terms of 80 and their separators fit in 1,000 bytes (971), a
            // thirteenth would not (1,052).
            #expect(stored == long.prefix(12).joined(separator: "|"))
            let indexes = try await sql.raw(
                sql.dialect.name == "postgresql"
                    ? "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'online_messages'"
                    : "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'online_messages'"
            ).all().map { try $0.decode(column: "name", as: String.self) }
            #expect(indexes.contains(M0062_CreateHatefulTermsIndex.name) && !indexes.contains("online_messages_hateful_day"))
            if engine == .postgres {
                let options = try await sql.raw(
                    "SELECT array_to_string(reloptions, ',') AS o FROM pg_class WHERE relname = 'online_messages'"
                ).first()?.decode(column: "o", as: String?.self)
                #expect(options?.split(separator: ",").contains("parallel_workers=\(M0062_CreateHatefulTermsIndex.parallelWorkers)") == true)
            }
        }
    }
}
