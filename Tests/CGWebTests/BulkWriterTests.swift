import CGSentiment
@testable import CGStorage
import CGWeb
import FluentKit
import Foundation
import SQLKit
import Testing

/// The bulk statements of the ingest path: natively bound on SQLite, through SQLKit on PostgreSQL, with the
/// same results.
@Suite("Bulk writes of the ingest path")
struct BulkWriterTests {
    @Test("the SQLite statement text: one tuple per row, DO NOTHING or additive DO UPDATE, RETURNING")
    func statementText() {
        let ignore = BulkWriter.sqliteStatement(
            table: "t", columns: ["a", "b"], count: 2, keys: ["a"], conflict: .ignore, returning: ["a"])
        #expect(ignore == #"INSERT INTO "t" ("a", "b") VALUES (?, ?), (?, ?) ON CONFLICT ("a") DO NOTHING RETURNING "a""#)
        let add = BulkWriter.sqliteStatement(
            table: "r", columns: ["k", "n", "m"], count: 1, keys: ["k"], conflict: .add(["n", "m"]), returning: [])
        #expect(add == #"INSERT INTO "r" ("k", "n", "m") VALUES (?, ?, ?) ON CONFLICT ("k") DO UPDATE SET "n" = "r"."n" + excluded."n", "m" = "r"."m" + excluded."m""#)
    }

    static func line(_ id: String, text: String = "Lovely evening at the market", extra: String = "") -> String {
        #"{"id":"\#(id)","timestamp":"2026-09-01T10:15:30.250Z","text":"\#(text)","author_id":"a-\#(id)"\#(extra)}"#
    }

    @Test("a stored message reads back through Fluent exactly as it was analysed (dates, booleans, nulls, lists)", arguments: TestEngine.available)
    func roundTrip(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await SentimentIngestTests.register(app)
            let lines = [
                Self.line(
                    "full", text: "Muslims are vermin and should all be thrown out of Hackney",
                    extra: #","mentions":["@cityhall"],"reply_to":"p-1","author_age_band":"25-34","author_gender":"female","latitude":51.5455,"longitude":-0.0553"#),
                Self.line("bare"),
            ]
            let read = MessageFileReader(format: .jsonl, source: SentimentIngestTests.source)
                .read(data: Data(lines.joined(separator: "\n").utf8))
            let service = MessageIngestService(app: app.app)
            let analyzed = try await service.analyzer(city: "london").analyze(read.messages, receivedAt: app.app.cg.clock.now())
            let summary = try await service.ingest(read, source: SentimentIngestTests.source, city: "london", actor: .commandLine)
            #expect(summary.stored == 2)
            let rows = try await OnlineMessageModel.query(on: app.app.db).sort(\.$messageID).all()
            #expect(rows.map(\.messageID) == ["bare", "full"])
            for row in rows {
                let expected = try #require(analyzed.first { $0.id == row.messageID })
                var stored = try SentimentStore.labels(of: row)
                #expect(abs(stored.timestamp.timeIntervalSince(expected.timestamp)) < 0.001)
                #expect(abs(stored.retainTextUntil.timeIntervalSince(expected.retainTextUntil)) < 0.001)
                stored.timestamp = expected.timestamp
                stored.retainTextUntil = expected.retainTextUntil
                var comparable = expected
                comparable.reviewText = nil
                #expect(stored == comparable)
                #expect(row.reviewText?.hasPrefix("cg1:") == true)
            }
            let full = try #require(rows.last)
            #expect(full.hateful && full.supportsViolence == analyzed.first { $0.id == "full" }?.supportsViolence)
            #expect(full.replyTo == "p-1" && full.authorAgeBand == "25-34" && full.authorGender == "female")
            #expect(rows.first?.replyTo == nil && rows.first?.hateType == nil && rows.first?.authorAgeBand == nil)
        }
    }

    @Test("a batch larger than one statement, partly stored already: new rows stored once, rollups count each once", arguments: TestEngine.available)
    func chunkedBatchWithDuplicates(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await SentimentIngestTests.register(app)
            let total = 2_500  // three statements of at most 1,153 rows (30,000 binds / 26 columns)
            let lines = (0..<total).map { Self.line("b\($0)", text: "Evening market number \($0) was busy") }
            let reader = MessageFileReader(format: .jsonl, source: SentimentIngestTests.source)
            let service = MessageIngestService(app: app.app)
            let first = try await service.ingest(
                reader.read(data: Data(lines.prefix(300).joined(separator: "\n").utf8)),
                source: SentimentIngestTests.source, city: "london", actor: .commandLine)
            #expect(first.stored == 300)
            let second = try await service.ingest(
                reader.read(data: Data(lines.joined(separator: "\n").utf8)),
                source: SentimentIngestTests.source, city: "london", actor: .commandLine)
            #expect(second.stored == total - 300 && second.duplicates == 300)
            let stored = try await OnlineMessageModel.query(on: app.app.db).count()
            #expect(stored == total)
            let totals = try await SentimentStore(cipher: app.app.cg.cipher)
                .dailyRows(city: "london", period: SentimentIngestTests.everything, targetGroup: AggregateKey.allTargets, on: app.app.db)
            #expect(totals.reduce(0) { $0 + $1.delta.messages } == total)
            let hourly = try await SentimentStore(cipher: app.app.cg.cipher)
                .hourlyRows(city: "london", period: SentimentIngestTests.everything, on: app.app.db)
            #expect(hourly.filter { $0.key.targetGroup == AggregateKey.allTargets }.reduce(0) { $0 + $1.delta.messages } == total)
        }
    }

    @Test("insertNew tells which rows were new: all, none, or exactly the new ones among stored keys (after a deletion too)", arguments: TestEngine.available)
    func insertNewReportsNewRows(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let sql = try app.sql
            try await sql.create(table: "bulk_probe")
                .column("id", type: .bigint, .primaryKey(autoIncrement: true))
                .column("k", type: .text, .notNull, .unique)
                .column("v", type: .bigint, .notNull)
                .run()
            @Sendable func rows(_ keys: [String]) -> [BulkValue] { keys.flatMap { [BulkValue.text($0), .int($0.count)] } }
            func insert(_ keys: [String]) async throws -> [[String]]? {
                try await app.app.db.transaction { tx in
                    try await BulkWriter(tx).insertNew(
                        into: "bulk_probe", columns: ["k", "v"], values: rows(keys), keys: ["k"], rowID: "id")
                }
            }
            let first = (0..<40).map { "k\($0)" }
            #expect(try await insert(first) == nil)
            #expect(try await insert(first) == [])
            // The newest row goes, so the next rowid may equal a used one: new rows are still found.
            try await sql.delete(from: "bulk_probe").where("k", .equal, "k39").run()
            let mixed = (0..<60).map { "k\($0 * 2)" } + ["k39"]  // k0…k38 even stored; k40… and k39 new
            let new = try #require(try await insert(mixed))
            let expected = Set(mixed.filter { key in !first.contains(key) || key == "k39" })
            #expect(Set(new.map { $0[0] }) == expected)
            #expect(new.count == expected.count)
            let count = try await sql.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n")
                .from("bulk_probe").first()?.decode(column: "n", as: Int.self)
            #expect(count == 39 + expected.count)
        }
    }
}
