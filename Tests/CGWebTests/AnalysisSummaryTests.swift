import CGGeo
import CGSentiment
import CGStorage
@testable import CGWeb
import Foundation
import SQLKit
import Testing

/// The dashboard summaries `online_rollup_area_day` (M0028) and `online_terms_city_day` (M0029) against the
/// tables they summarise: after a real ingest and after deletions they hold exactly the sums of
/// `online_rollup_daily` (over hate type × language) and `online_terms` (over areas), and the migrations'
/// backfill derives the same rows from those tables.
@Suite("Dashboard summaries")
struct AnalysisSummaryTests {
    /// One summarised row as comparable text: key columns and counts.
    struct Row: Decodable, Hashable, CustomStringConvertible {
        var city: String
        var day: Int
        var key: String
        var messages: Int
        var hateful: Int
        var violent: Int
        var description: String { "\(city) \(day) \(key) \(messages)/\(hateful)/\(violent)" }
    }

    static let nonZero = "messages <> 0 OR hateful <> 0 OR violent <> 0"

    /// The non-zero rows of the area × day summary.
    static func areaDay(_ sql: any SQLDatabase) async throws -> [Row] {
        try await sql.raw(
            """
            SELECT city, day, area || '/' || target_group AS key, messages, hateful, violent
            FROM online_rollup_area_day WHERE \(unsafeRaw: nonZero)
            """
        ).all(decoding: Row.self).sorted { $0.description < $1.description }
    }

    /// `online_rollup_daily` summed over hate type and language, non-zero sums only.
    static func dailySummed(_ sql: any SQLDatabase) async throws -> [Row] {
        try await sql.raw(
            """
            SELECT city, day, area || '/' || target_group AS key, CAST(SUM(messages) AS BIGINT) AS messages,
              CAST(SUM(hateful) AS BIGINT) AS hateful, CAST(SUM(violent) AS BIGINT) AS violent
            FROM online_rollup_daily GROUP BY city, day, area, target_group
            HAVING SUM(messages) <> 0 OR SUM(hateful) <> 0 OR SUM(violent) <> 0
            """
        ).all(decoding: Row.self).sorted { $0.description < $1.description }
    }

    /// The non-zero rows of the city × day term summary (the count in `messages`).
    static func cityTerms(_ sql: any SQLDatabase) async throws -> [Row] {
        try await sql.raw(
            """
            SELECT city, day, target_group || '/' || term AS key, n AS messages, 0 AS hateful, 0 AS violent
            FROM online_terms_city_day WHERE n <> 0
            """
        ).all(decoding: Row.self).sorted { $0.description < $1.description }
    }

    /// `online_terms` summed over areas, non-zero sums only.
    static func termsSummed(_ sql: any SQLDatabase) async throws -> [Row] {
        try await sql.raw(
            """
            SELECT city, day, target_group || '/' || term AS key, CAST(SUM(n) AS BIGINT) AS messages, 0 AS hateful,
              0 AS violent
            FROM online_terms GROUP BY city, day, target_group, term HAVING SUM(n) <> 0
            """
        ).all(decoding: Row.self).sorted { $0.description < $1.description }
    }

    /// Ingests ten days of the synthetic London stream (≈ 2,600 messages) through the real ingest.
    static func ingestStream(_ app: TestApp) async throws {
        let service = MessageIngestService(app: app.app)
        _ = try await service.register(.demo, actor: .commandLine)
        let pack = try #require(CityPacks.pack(id: "london"))
        let stream = DemoStream.generate(
            city: pack, days: 10, seed: 7, start: Date(timeIntervalSince1970: 1_788_000_000), messagesPerAreaPerDay: 8)
        _ = try await service.ingest(
            MessageReadResult(messages: stream.messages), source: DemoStream.source, city: "london", actor: .commandLine)
    }

    static func expectInStep(_ sql: any SQLDatabase) async throws {
        let areaDay = try await areaDay(sql)
        #expect(!areaDay.isEmpty)
        #expect(areaDay == (try await dailySummed(sql)))
        // The dashboard reads the same rows packed: all of them, and one group (with `all`) in one area.
        let queries = RollupQueries(sql: sql)
        func rows(_ packed: [AggregateRow]) -> [Row] {
            packed.map {
                Row(
                    city: $0.key.city, day: $0.key.day, key: "\($0.key.area)/\($0.key.targetGroup)",
                    messages: $0.delta.messages, hateful: $0.delta.hateful, violent: $0.delta.violent)
            }.filter { $0.messages != 0 || $0.hateful != 0 || $0.violent != 0 }.sorted { $0.description < $1.description }
        }
        let everything = DayRange(from: 0, to: 100_000)
        #expect(rows(try await queries.dailyRows(city: "london", period: everything)) == areaDay)
        let area = try #require(areaDay.first { $0.key.hasSuffix("/muslims") }?.key.split(separator: "/").first.map(String.init))
        #expect(
            rows(try await queries.dailyRows(city: "london", period: everything, groups: ["muslims"], area: area))
                == areaDay.filter { $0.key == "\(area)/muslims" || $0.key == "\(area)/all" })
        let terms = try await cityTerms(sql)
        #expect(!terms.isEmpty)
        #expect(terms == (try await termsSummed(sql)))
    }

    @Test("after an ingest and after deletions the summaries equal the daily rollup and the terms summed", arguments: TestEngine.available)
    func inStep(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.ingestStream(app)
            try await Self.expectInStep(app.sql)
            let before = try await Self.areaDay(app.sql)
            let termsBefore = try await Self.cityTerms(app.sql)

            struct Stored: Decodable { var message_id: String }
            let hateful = try await app.sql.raw(
                "SELECT message_id FROM online_messages WHERE hateful = true AND terms <> '' ORDER BY message_id"
            ).all(decoding: Stored.self).prefix(8)
            let ordinary = try await app.sql.raw(
                "SELECT message_id FROM online_messages WHERE hateful = false ORDER BY message_id"
            ).all(decoding: Stored.self).prefix(8)
            #expect(hateful.count == 8 && ordinary.count == 8)
            let service = MessageIngestService(app: app.app)
            for row in hateful + ordinary {
                #expect(try await service.delete(source: DemoStream.source, messageID: row.message_id, actor: .commandLine))
            }
            try await Self.expectInStep(app.sql)
            // The deletions reached both summaries (so the comparison above compared something that moved).
            #expect(try await Self.areaDay(app.sql) != before)
            #expect(try await Self.cityTerms(app.sql) != termsBefore)
            let total = { (rows: [Row]) in rows.filter { $0.key.hasSuffix("/all") }.reduce(0) { $0 + $1.messages } }
            #expect(total(try await Self.areaDay(app.sql)) == total(before) - 16)
            try await Self.expectWindowsEqualSums(app.sql)
        }
    }

    /// The trigger events' backgrounds, summed in a sliding window over one read, equal one SQL sum per window
    /// (also where deletions left rows at zero).
    static func expectWindowsEqualSums(_ sql: any SQLDatabase) async throws {
        let queries = RollupQueries(sql: sql)
        struct Day: Decodable { var day: Int }
        let days = try await sql.raw("SELECT DISTINCT day FROM online_terms_city_day ORDER BY day")
            .all(decoding: Day.self).map(\.day)
        let first = try #require(days.first), last = try #require(days.last)
        let starts = [first + 2, first + 3, first + 7, last, last + 1, last + 4]
        for group in ["all", "muslims"] {
            let windows = try await queries.termWindows(city: "london", group: group, starts: starts + [first + 3], days: 4)
            #expect(Set(windows.keys) == Set(starts))
            for start in starts {
                let sums = try await queries.termTotals(
                    city: "london", period: DayRange(from: start - 4, to: start - 1), group: group)
                #expect(windows[start] == sums, "window before day \(start), \(group)")
            }
            #expect(windows.values.contains { !$0.isEmpty })
        }
    }

    @Test("the migrations' backfill derives the same summaries as ingest kept in step", arguments: TestEngine.available)
    func backfill(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.ingestStream(app)
            let areaDay = try await Self.areaDay(app.sql)
            let terms = try await Self.cityTerms(app.sql)
            try await app.sql.raw("DELETE FROM online_rollup_area_day").run()
            try await app.sql.raw("DELETE FROM online_terms_city_day").run()
            #expect(try await Self.areaDay(app.sql).isEmpty)
            try await M0028_CreateOnlineRollupAreaDay.backfill(on: app.sql)
            try await M0029_CreateOnlineTermsCityDay.backfill(on: app.sql)
            #expect(try await Self.areaDay(app.sql) == areaDay)
            #expect(try await Self.cityTerms(app.sql) == terms)
            try await Self.expectInStep(app.sql)
        }
    }
}
