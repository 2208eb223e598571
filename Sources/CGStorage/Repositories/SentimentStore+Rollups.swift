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
        /// The rows of `rows` (in key order where the engine needs it), each written by `row` into one flat array.
        func values<Key: Comparable, Value>(
            _ rows: [Key: Value], columns: Int, _ row: (Key, Value, inout [BulkValue]) -> Void
        ) -> [BulkValue] {
            var values: [BulkValue] = []
            values.reserveCapacity(rows.count * columns)
            if writer.needsKeyOrder {
                for (key, value) in rows.sorted(by: { $0.key < $1.key }) { row(key, value, &values) }
            } else {
                for (key, value) in rows { row(key, value, &values) }
            }
            return values
        }
        var daily: [AggregateKey: AggregateDelta] = [:]
        for (key, delta) in table.counts {
            var dayKey = key
            dayKey.hour = 0
            daily[dayKey, default: .zero] += delta
        }
        try await upsert(
            .hourly,
            values(table.counts, columns: 10) { key, delta, values in
                Self.append(key, hour: true, typeAndLanguage: true, delta, to: &values)
            }, with: writer)
        try await upsert(
            .daily,
            values(daily.filter { !$0.value.isZero }, columns: 9) { key, delta, values in
                Self.append(key, hour: false, typeAndLanguage: true, delta, to: &values)
            }, with: writer)
        try await upsert(
            .demographics,
            values(table.demographicCounts, columns: 8) { key, delta, values in
                values.append(.text(key.city))
                values.append(.int(key.day))
                values.append(.text(key.targetGroup))
                values.append(.text(key.ageBand))
                values.append(.text(key.gender))
                Self.append(delta, to: &values)
            }, with: writer)
        try await upsert(
            .terms,
            values(table.termCounts, columns: 6) { key, count, values in
                Self.append(key, area: true, count, to: &values)
            }, with: writer)
        try await upsert(
            .mentions,
            values(table.mentionCounts, columns: 6) { key, delta, values in
                values.append(.text(key.city))
                values.append(.int(key.day))
                values.append(.text(key.account))
                Self.append(delta, to: &values)
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
            values(areaDay.filter { !$0.value.isZero }, columns: 7) { key, delta, values in
                Self.append(key, hour: false, typeAndLanguage: false, delta, to: &values)
            }, with: writer)
        var cityDayTerms: [TermKey: Int] = [:]
        for (key, count) in table.termCounts {
            var cityKey = key
            cityKey.area = ""
            cityDayTerms[cityKey, default: 0] += count
        }
        try await upsert(
            .cityDayTerms,
            values(cityDayTerms.filter { $0.value != 0 }, columns: 5) { key, count, values in
                Self.append(key, area: false, count, to: &values)
            }, with: writer)
    }

    /// A row of the hourly or daily rollup or of the area × day summary: city, day, [hour], area, group,
    /// [type, language], counts — the columns of ``RollupTable``'s `keys` + `counts`, in that order.
    private static func append(
        _ key: AggregateKey, hour: Bool, typeAndLanguage: Bool, _ delta: AggregateDelta, to values: inout [BulkValue]
    ) {
        values.append(.text(key.city))
        values.append(.int(key.day))
        if hour { values.append(.int(key.hour)) }
        values.append(.text(key.area))
        values.append(.text(key.targetGroup))
        if typeAndLanguage {
            values.append(.text(key.type))
            values.append(.text(key.language))
        }
        append(delta, to: &values)
    }

    /// A row of the term rollup (with the area) or of the city × day term summary (without).
    private static func append(_ key: TermKey, area: Bool, _ count: Int, to values: inout [BulkValue]) {
        values.append(.text(key.city))
        values.append(.int(key.day))
        if area { values.append(.text(key.area)) }
        values.append(.text(key.targetGroup))
        values.append(.text(key.term))
        values.append(.int(count))
    }

    private static func append(_ delta: AggregateDelta, to values: inout [BulkValue]) {
        values.append(.int(delta.messages))
        values.append(.int(delta.hateful))
        values.append(.int(delta.violent))
    }

    /// `INSERT … ON CONFLICT (key) DO UPDATE SET c = table.c + excluded.c` for every count column.
    private func upsert(_ table: RollupTable, _ values: [BulkValue], with writer: BulkWriter) async throws {
        try await writer.insert(
            into: table.name, columns: table.keys + table.counts, values: values, keys: table.keys,
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
