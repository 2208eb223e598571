import CGSentiment
import FluentKit
import SQLKit

/// A covering partial index for the narratives' term bags (`RollupQueries.termBags`): the newest hateful messages
/// of one city and period, filtered by group (`targets`) and optionally area, reading only `terms`. Through
/// `online_messages_hateful_day (city, day)` (M0017) both engines visited the stored row of each hateful message
/// to read those columns — scattered among the other messages, so on a store of 10 million messages PostgreSQL
/// read 28,000–30,000 pages (140–484 ms warm, 3.9 s cold) and SQLite took 54–220 ms. With them in this index
/// the read is an index-only scan (on PostgreSQL by one process: see ``parallelWorkers``). M0017's index is
/// dropped: this one has the same leading columns and predicate, so every query that used it can use this one,
/// and ingest keeps one index on hateful rows instead of two.
///
/// `terms` in an index must be bounded: PostgreSQL's btree refuses an entry over about 2,700 bytes, which would
/// fail a whole ingest batch. `TermExtractor` bounds bags at `TermExtractor.maximumBagBytes`; bags stored before
/// that limit are cut to it at a term boundary here, before the index is built.
public struct M0062_CreateHatefulTermsIndex: AsyncMigration {
    public init() {}

    /// The index's name (the query plan test looks for it).
    public static let name = "online_messages_hateful_terms"

    public func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await Self.capStoredBags(sql)
        if sql.dialect.name == "postgresql" {
            // Key columns to search and order by; the rest carried in the leaf entries only (smaller inner pages).
            // PostgreSQL drops the predicate's own condition from an index-only scan, so `hateful` is not needed.
            try await sql.raw(
                """
                CREATE INDEX online_messages_hateful_terms ON online_messages (city, day) \
                INCLUDE (area, targets, terms) WHERE hateful = true
                """
            ).run()
        } else {
            // SQLite has no INCLUDE, and counts an index as covering only when it holds every column the query
            // names, `hateful` too (see M0061). The WHERE is spelled as the query spells it, or SQLite ignores a
            // partial index.
            try await sql.raw(
                """
                CREATE INDEX online_messages_hateful_terms ON online_messages \
                (city, day, area, targets, terms, hateful) WHERE hateful = true
                """
            ).run()
        }
        try await sql.drop(index: "online_messages_hateful_day").run()
        if sql.dialect.name == "postgresql" {
            // No parallel scans of online_messages. The analyses read it only through the covering indexes, a
            // bounded range each, and PostgreSQL misjudges the group filter (`LIKE '%|muslims|%'` on an
            // expression without statistics: 31 rows expected, thousands found), so it thinks the newest 5,000 bags
            // need the whole range and starts two workers: 27–40 ms at p50 against 13–21 ms on one process
            // (10 million messages, two cores; docs/sentiment-analysis.md, Benchmark).
            let workers = String(Self.parallelWorkers)
            try await sql.raw("ALTER TABLE online_messages SET (parallel_workers = \(unsafeRaw: workers))").run()
        }
    }

    /// The parallel workers PostgreSQL may use to scan `online_messages` (none).
    public static let parallelWorkers = 0

    public func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE online_messages RESET (parallel_workers)").run()
        }
        try await sql.raw(
            "CREATE INDEX online_messages_hateful_day ON online_messages (city, day) WHERE hateful = true"
        ).run()
        try await sql.drop(index: Self.name).run()
    }

    /// Cuts every stored bag longer than `TermExtractor.maximumBagBytes` with `TermExtractor.capped` (at a term
    /// boundary; over-long terms dropped), a few hundred rows at a time. `octet_length` is spelled the same on
    /// both engines (SQLite ≥ 3.43; sqlite-nio bundles a later one). Normally there is none: one scan.
    static func capStoredBags(_ sql: any SQLDatabase) async throws {
        let separator = SentimentStore.listSeparator
        var after: Int64 = 0
        while true {
            let rows = try await sql.select().column("id").column("terms").from("online_messages")
                .where(
                    SQLFunction("octet_length", args: SQLIdentifier("terms")), .greaterThan,
                    SQLBind(TermExtractor.maximumBagBytes)
                )
                .where("id", .greaterThan, SQLBind(after))
                .orderBy("id").limit(500).all()
            guard !rows.isEmpty else { return }
            for row in rows {
                let id = try row.decode(column: "id", as: Int64.self)
                let terms = try row.decode(column: "terms", as: String.self)
                let cut = TermExtractor.capped(terms.split(separator: separator)).joined(separator: String(separator))
                try await sql.update("online_messages").set("terms", to: SQLBind(cut))
                    .where("id", .equal, SQLBind(id)).run()
                after = id
            }
        }
    }
}
