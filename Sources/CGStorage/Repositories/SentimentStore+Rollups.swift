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

    /// Adds pre-summed deltas to every rollup table, one multi-row upsert per table and chunk, in key order (so
    /// concurrent PostgreSQL transactions lock rows in the same order).
    func applyRollups(_ table: AggregateTable, on sql: any SQLDatabase) async throws {
        var daily: [AggregateKey: AggregateDelta] = [:]
        for (key, delta) in table.counts {
            var dayKey = key
            dayKey.hour = 0
            daily[dayKey, default: .zero] += delta
        }
        try await upsert(
            .hourly,
            table.counts.sorted { $0.key < $1.key }.map { key, delta in
                [key.city, key.day, key.hour, key.area, key.targetGroup, key.type, key.language]
                    + Self.counts(delta)
            }, on: sql)
        try await upsert(
            .daily,
            daily.filter { !$0.value.isZero }.sorted { $0.key < $1.key }.map { key, delta in
                [key.city, key.day, key.area, key.targetGroup, key.type, key.language] + Self.counts(delta)
            }, on: sql)
        try await upsert(
            .demographics,
            table.demographicCounts.sorted { $0.key < $1.key }.map { key, delta in
                [key.city, key.day, key.targetGroup, key.ageBand, key.gender] + Self.counts(delta)
            }, on: sql)
        try await upsert(
            .terms,
            table.termCounts.sorted { $0.key < $1.key }.map { key, count in
                [key.city, key.day, key.area, key.targetGroup, key.term, count]
            }, on: sql)
        try await upsert(
            .mentions,
            table.mentionCounts.sorted { $0.key < $1.key }.map { key, delta in
                [key.city, key.day, key.account] + Self.counts(delta)
            }, on: sql)
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
            areaDay.filter { !$0.value.isZero }.sorted { $0.key < $1.key }.map { key, delta in
                [key.city, key.day, key.area, key.targetGroup] + Self.counts(delta)
            }, on: sql)
        var cityDayTerms: [TermKey: Int] = [:]
        for (key, count) in table.termCounts {
            var cityKey = key
            cityKey.area = ""
            cityDayTerms[cityKey, default: 0] += count
        }
        try await upsert(
            .cityDayTerms,
            cityDayTerms.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { key, count in
                [key.city, key.day, key.targetGroup, key.term, count]
            }, on: sql)
    }

    private static func counts(_ delta: AggregateDelta) -> [any Encodable & Sendable] {
        [delta.messages, delta.hateful, delta.violent]
    }

    /// `INSERT … ON CONFLICT (key) DO UPDATE SET c = table.c + excluded.c` for every count column.
    private func upsert(_ table: RollupTable, _ rows: [[any Encodable & Sendable]], on sql: any SQLDatabase)
        async throws
    {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, Self.maximumBinds / (table.keys.count + table.counts.count))
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + perStatement)
            let insert = sql.insert(into: table.name).columns(table.keys + table.counts)
            for row in rows[start..<end] { insert.values(row) }
            insert.onConflict(with: table.keys) { update in
                for column in table.counts {
                    update.set(column, to: SQLRaw("\(table.name).\(column) + excluded.\(column)"))
                }
                return update
            }
            try await insert.run()
            start = end
        }
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
