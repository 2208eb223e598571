import CGSentiment
import FluentKit
import Foundation
import SQLKit

extension SentimentStore {
    /// A source × city pair of `online_source_cities`.
    struct SourceCity: Hashable {
        var source: String
        var city: String
    }

    /// The key and count columns of one rollup table.
    struct RollupTable {
        var name: String
        var keys: [String]
        var counts: [String]

        static let daily = RollupTable(
            name: M0018_CreateOnlineRollups.daily,
            keys: ["city", "day", "area", "target_group", "hate_type", "language"], counts: deltaColumns)
        static let hourly = RollupTable(
            name: M0018_CreateOnlineRollups.hourly,
            keys: ["city", "day", "hour", "area", "target_group", "hate_type", "language"], counts: deltaColumns)
        static let demographics = RollupTable(
            name: M0019_CreateOnlineDemographics.schema,
            keys: ["city", "day", "target_group", "age_band", "gender"], counts: deltaColumns)
        static let terms = RollupTable(
            name: M0020_CreateOnlineTerms.schema, keys: ["city", "day", "area", "target_group", "term"], counts: ["n"])
        static let mentions = RollupTable(
            name: M0021_CreateOnlineMentions.schema, keys: ["city", "day", "account"], counts: deltaColumns)
        static let areaDay = RollupTable(
            name: M0028_CreateOnlineRollupAreaDay.schema, keys: ["city", "day", "area", "target_group"], counts: deltaColumns)
        static let cityDayTerms = RollupTable(
            name: M0029_CreateOnlineTermsCityDay.schema, keys: ["city", "day", "target_group", "term"], counts: ["n"])

        static let deltaColumns = ["messages", "hateful", "violent"]
    }

    /// Adds pre-summed deltas to every rollup table, one multi-row upsert per table and chunk; on PostgreSQL in
    /// key order, so concurrent transactions lock rows in the same order.
    func applyRollups(_ table: AggregateTable, on database: any Database) async throws {
        let writer = try BulkWriter(database)
        func ordered<Key: Comparable, Value>(_ rows: [Key: Value]) -> [(key: Key, value: Value)] {
            writer.needsKeyOrder ? rows.sorted { $0.key < $1.key } : Array(rows)
        }
        var daily: [AggregateKey: AggregateDelta] = [:]
        for (key, delta) in table.counts {
            var dayKey = key
            dayKey.hour = 0
            daily[dayKey, default: .zero] += delta
        }
        try await upsert(
            .hourly,
            ordered(table.counts).map { key, delta in
                [.text(key.city), .int(key.day), .int(key.hour), .text(key.area), .text(key.targetGroup),
                 .text(key.type), .text(key.language)] + Self.counts(delta)
            }, with: writer)
        try await upsert(
            .daily,
            ordered(daily.filter { !$0.value.isZero }).map { key, delta in
                [.text(key.city), .int(key.day), .text(key.area), .text(key.targetGroup), .text(key.type),
                 .text(key.language)] + Self.counts(delta)
            }, with: writer)
        try await upsert(
            .demographics,
            ordered(table.demographicCounts).map { key, delta in
                [.text(key.city), .int(key.day), .text(key.targetGroup), .text(key.ageBand), .text(key.gender)]
                    + Self.counts(delta)
            }, with: writer)
        try await upsert(
            .terms,
            ordered(table.termCounts).map { key, count in
                [.text(key.city), .int(key.day), .text(key.area), .text(key.targetGroup), .text(key.term), .int(count)]
            }, with: writer)
        try await upsert(
            .mentions,
            ordered(table.mentionCounts).map { key, delta in
                [.text(key.city), .int(key.day), .text(key.account)] + Self.counts(delta)
            }, with: writer)
        // The dashboard's summaries (M0028, M0029): the daily rollup without type × language, the terms
        // without area.
        var areaDay: [AggregateKey: AggregateDelta] = [:]
        for (key, delta) in daily {
            var areaKey = key
            (areaKey.type, areaKey.language) = ("", "")
            areaDay[areaKey, default: .zero] += delta
        }
        try await upsert(
            .areaDay,
            ordered(areaDay.filter { !$0.value.isZero }).map { key, delta in
                [.text(key.city), .int(key.day), .text(key.area), .text(key.targetGroup)] + Self.counts(delta)
            }, with: writer)
        var cityDayTerms: [TermKey: Int] = [:]
        for (key, count) in table.termCounts {
            var cityKey = key
            cityKey.area = ""
            cityDayTerms[cityKey, default: 0] += count
        }
        try await upsert(
            .cityDayTerms,
            ordered(cityDayTerms.filter { $0.value != 0 }).map { key, count in
                [.text(key.city), .int(key.day), .text(key.targetGroup), .text(key.term), .int(count)]
            }, with: writer)
    }

    private static func counts(_ delta: AggregateDelta) -> [BulkValue] {
        [.int(delta.messages), .int(delta.hateful), .int(delta.violent)]
    }

    /// `INSERT … ON CONFLICT (key) DO UPDATE SET c = table.c + excluded.c` for every count column.
    private func upsert(_ table: RollupTable, _ rows: [[BulkValue]], with writer: BulkWriter) async throws {
        try await writer.insert(
            into: table.name, columns: table.keys + table.counts, rows: rows, keys: table.keys,
            conflict: .add(table.counts))
    }

    /// Adds to the per-source-city message counters; `now` (a batch that stored something) also moves
    /// `last_ingested_at` there and in `online_sources`.
    func bumpSourceCities(_ counts: [SourceCity: Int], now: Date?, on sql: any SQLDatabase) async throws {
        for (pair, count) in counts.sorted(by: { ($0.key.source, $0.key.city) < ($1.key.source, $1.key.city) })
        where count != 0 {
            let table = M0022_CreateOnlineSourceCities.schema
            let insert = sql.insert(into: table).columns("source", "city", "messages", "last_ingested_at")
                .values(pair.source, pair.city, count, now ?? Date(timeIntervalSince1970: 0))
            insert.onConflict(with: ["source", "city"]) { update in
                update.set("messages", to: SQLRaw("\(table).messages + excluded.messages"))
                if now != nil { update.set(excludedValueOf: "last_ingested_at") }
                return update
            }
            try await insert.run()
            if let now {
                try await sql.update(OnlineSourceModel.schema).set("last_ingested_at", to: now)
                    .where("name", .equal, pair.source).run()
            }
        }
    }
}
