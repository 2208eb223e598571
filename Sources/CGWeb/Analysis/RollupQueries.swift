import CGDomain
import CGSentiment
import Foundation
import SQLKit

/// The named SQL queries behind the analyses: every one reads the rollup tables of one city and a closed range
/// of local days (`WHERE city = ? AND day >= ? AND day <= ?`, bound values) — the dashboard summaries
/// `online_rollup_area_day` (M0028) and `online_terms_city_day` (M0029) wherever they carry the answer —
/// already grouped by the columns the analysis needs, and returns the `CGSentiment` row types the pure analyses take. Portable SQL (SQLite and
/// PostgreSQL); sums are cast to BIGINT because PostgreSQL sums integers as NUMERIC.
struct RollupQueries: Sendable {
    let sql: any SQLDatabase

    private static let sums: [(String, String)] = [("messages", "m"), ("hateful", "h"), ("violent", "v")]

    /// `SELECT … FROM table WHERE city = ? AND day >= ? AND day <= ?`.
    private func range(_ table: String, city: String, period: DayRange) -> SQLSelectBuilder {
        sql.select().from(table)
            .where("city", .equal, city)
            .where("day", .greaterThanOrEqual, period.from)
            .where("day", .lessThanOrEqual, period.to)
    }

    /// ``range(_:city:period:)`` with the three count sums as `m`, `h`, `v`.
    private func sums(_ table: String, city: String, period: DayRange) -> SQLSelectBuilder {
        var query = range(table, city: city, period: period)
        for (column, alias) in Self.sums { query = query.column(SQLRaw("CAST(SUM(\(column)) AS BIGINT)"), as: alias) }
        return query
    }

    /// The groups asked for and `all`, sorted (bound as `IN (…)`).
    private static func withAll(_ groups: [String]) -> [String] { Array(Set(groups + [AggregateKey.allTargets])).sorted() }

    /// Stored messages against `group` only: all of them for `all`, those with no target for `none`, else those
    /// whose `|`-separated targets hold the group.
    private static func targeting(_ query: SQLSelectBuilder, group: String) -> SQLSelectBuilder {
        if group == AggregateKey.noTarget { return query.where("targets", .equal, "") }
        if group == AggregateKey.allTargets { return query }
        return query.where(SQLRaw("('|' || targets || '|')"), .like, SQLBind("%|\(group)|%"))
    }

    private static func delta(_ row: any SQLRow) throws -> AggregateDelta {
        AggregateDelta(
            messages: try row.decode(column: "m", as: Int.self), hateful: try row.decode(column: "h", as: Int.self),
            violent: try row.decode(column: "v", as: Int.self))
    }

    /// Area × day × group rows (hour, type and language summed away: one row of the summary table each) for
    /// `groups` (nil = every group; the `all` rows are always included because volumes come from them),
    /// optionally one area. Read packed: one result row per area × group with its days, messages, hateful and
    /// violent counts as four comma lists (``PackedCounts``), because thousands of small result rows cost more
    /// to decode than to aggregate. Four plain aggregates rather than one of `day || ':' || …`: each `||` makes
    /// a new string, and on SQLite that chain was most of the query's time. The aggregates of one group see its
    /// rows in one order, so the lists line up.
    func dailyRows(city: String, period: DayRange, groups: [String]? = nil, area: String? = nil) async throws -> [AggregateRow] {
        var query = range(AnalysisTables.areaDay, city: city, period: period).column("area").column("target_group")
        for (column, alias) in [("day", "d"), ("messages", "m"), ("hateful", "h"), ("violent", "v")] {
            query = query.column(SQLRaw("string_agg(CAST(\(column) AS TEXT), ',')"), as: alias)
        }
        if let groups { query = query.where("target_group", .in, Self.withAll(groups)) }
        if let area { query = query.where("area", .equal, area) }
        var result: [AggregateRow] = []
        for row in try await query.groupBy("target_group").groupBy("area").all() {
            let area = try row.decode(column: "area", as: String.self)
            let group = try row.decode(column: "target_group", as: String.self)
            let lists = try ["d", "m", "h", "v"].map { PackedCounts.integers(try row.decode(column: $0, as: String?.self) ?? "") }
            let days = lists[0], messages = lists[1], hateful = lists[2], violent = lists[3]
            guard messages.count == days.count, hateful.count == days.count, violent.count == days.count else {
                throw PackedCounts.Mismatch(what: "\(area) \(group)")
            }
            for index in days.indices {
                result.append(
                    AggregateRow(
                        key: AggregateKey(
                            city: city, area: area, day: days[index], hour: 0, targetGroup: group, type: "", language: ""),
                        delta: AggregateDelta(messages: messages[index], hateful: hateful[index], violent: violent[index])))
            }
        }
        return result
    }

    /// Area × group rows over the whole period (each stamped with the period's first day), for the map and
    /// the violence shares.
    func areaRows(city: String, period: DayRange, groups: [String]? = nil) async throws -> [AggregateRow] {
        var query = sums(AnalysisTables.areaDay, city: city, period: period).column("area").column("target_group")
        if let groups { query = query.where("target_group", .in, Self.withAll(groups)) }
        let rows = try await query.groupBy("target_group").groupBy("area").all()
        return try rows.map { row in
            AggregateRow(
                key: AggregateKey(
                    city: city, area: try row.decode(column: "area", as: String.self), day: period.from, hour: 0,
                    targetGroup: try row.decode(column: "target_group", as: String.self), type: "", language: ""),
                delta: try Self.delta(row))
        }
    }

    /// Group rows over the whole period for the whole city (areas and days summed away; each stamped with the
    /// period's first day and area `unplaced`), without the `all` row: who receives the abuse.
    /// With an area, that area's rows only.
    func groupRows(city: String, period: DayRange, area: String? = nil) async throws -> [AggregateRow] {
        var query = sums(AnalysisTables.areaDay, city: city, period: period)
            .column("target_group").where("target_group", .notEqual, AggregateKey.allTargets)
        if let area { query = query.where("area", .equal, area) }
        let rows = try await query.groupBy("target_group").all()
        return try rows.map { row in
            AggregateRow(
                key: AggregateKey(
                    city: city, area: AggregateKey.unplaced, day: period.from, hour: 0,
                    targetGroup: try row.decode(column: "target_group", as: String.self), type: "", language: ""),
                delta: try Self.delta(row))
        }
    }

    /// Term counts of one group over a period, summed over areas (all, or the given ones) and days: the
    /// narratives' background, and both sides of a trigger event's log-odds. The whole city reads the
    /// area-free `online_terms_city_day`; given areas read `online_terms`.
    func termTotals(city: String, period: DayRange, group: String, areas: [String] = []) async throws -> [String: Int] {
        let spans = Set(areas).sorted().map { AreaSpan(areaCode: $0, period: period) }
        return try await termTotals(city: city, [TermSum(group: group, period: period, spans: spans)])[0]
    }

    /// One term sum: a group in the given areas, each over its own days (no spans: the whole city over `period`).
    struct TermSum: Hashable {
        var group: String
        var period: DayRange
        var spans: [AreaSpan] = []
    }

    /// Most parts (one per span, five bound values each) in one statement: SQLite binds at most 32,766 values.
    static let partsPerStatement = 1_000

    /// Several term sums, in the order asked, in as few statements as the bound-value limit allows (one for a
    /// dashboard's events): a `UNION ALL` of one index range per span (`online_terms`: city, group, area, days;
    /// `online_terms_city_day` for a whole-city sum), tagged with its sum's index, summed per index and term,
    /// packed per index — so naming the trigger events of a window reads each event's own area-days once, not
    /// two statements per event.
    /// A sum with more spans than `partsPerStatement` gets a statement of its own.
    func termTotals(city: String, _ sums: [TermSum], partsPerStatement: Int = partsPerStatement) async throws -> [[String: Int]] {
        var result = Array(repeating: [String: Int](), count: sums.count)
        var chunk: [any SQLExpression] = []
        func flush() async throws {
            guard !chunk.isEmpty else { return }
            let union = SQLGroupExpression(SQLList(chunk, separator: SQLRaw(" UNION ALL ")))
            let summed = sql.select().column("k").column("term").column(SQLRaw("CAST(SUM(n) AS BIGINT)"), as: "c")
                .from(union, as: SQLIdentifier("r")).groupBy("k").groupBy("term").select
            let rows = try await sql.select()
                .column("k").column(SQLRaw("string_agg(term || ':' || CAST(c AS TEXT), '|')"), as: "s")
                .from(SQLGroupExpression(summed), as: SQLIdentifier("t"))
                .groupBy("k").all()
            for row in rows {
                let index = try row.decode(column: "k", as: Int.self)
                if result.indices.contains(index) {
                    result[index] = PackedCounts.terms(try row.decode(column: "s", as: String?.self) ?? "")
                }
            }
            chunk = []
        }
        for (index, sum) in sums.enumerated() {
            let parts: [(table: String, area: String?, period: DayRange)] =
                sum.spans.isEmpty
                ? [(AnalysisTables.cityDayTerms, nil, sum.period)]
                : sum.spans.map { (AnalysisTables.terms, $0.areaCode, $0.period) }
            if chunk.count + parts.count > partsPerStatement { try await flush() }
            for part in parts {
                var select = range(part.table, city: city, period: part.period)
                    .column(SQLRaw(String(index)), as: "k").column("term").column("n")
                    .where("target_group", .equal, sum.group)
                if let area = part.area { select = select.where("area", .equal, area) }
                chunk.append(select.select)
            }
        }
        try await flush()
        return result
    }

    /// The city-wide term sums of one group over the `days` days before each of `starts` (`[start − days,
    /// start − 1]`) — the trigger events' backgrounds — from ONE read of the span they cover, packed per day,
    /// summed in a sliding window: overlapping windows are not summed again in SQL for every start. A term is
    /// listed for a start when the window holds a row of it (as `SUM … GROUP BY term` over the window would).
    func termWindows(city: String, group: String, starts: [Int], days: Int) async throws -> [Int: [String: Int]] {
        let sorted = Array(Set(starts)).sorted()
        guard let first = sorted.first, let last = sorted.last, days > 0 else { return [:] }
        let rows = try await range(AnalysisTables.cityDayTerms, city: city, period: DayRange(from: first - days, to: last - 1))
            .column("day").column(SQLRaw("string_agg(term || ':' || CAST(n AS TEXT), '|')"), as: "s")
            .where("target_group", .equal, group).groupBy("day").all()
        var index: [String: Int] = [:]
        var names: [String] = []
        var perDay: [Int: [(term: Int, count: Int)]] = [:]
        for row in rows {
            let day = try row.decode(column: "day", as: Int.self)
            perDay[day] = PackedCounts.termPairs(try row.decode(column: "s", as: String?.self) ?? "").map { pair in
                if let known = index[pair.term] { return (known, pair.count) }
                index[pair.term] = names.count
                names.append(pair.term)
                return (names.count - 1, pair.count)
            }
        }
        var sums = Array(repeating: 0, count: names.count)
        var present = Array(repeating: 0, count: names.count)
        func move(_ day: Int, _ sign: Int) {
            for (term, count) in perDay[day] ?? [] {
                sums[term] += sign * count
                present[term] += sign
            }
        }
        var result: [Int: [String: Int]] = [:]
        var low = first - days, high = first - days - 1  // the window [low, high] summed so far
        for start in sorted {
            while high < start - 1 { high += 1; move(high, 1) }
            while low < start - days { move(low, -1); low += 1 }
            var totals: [String: Int] = [:]
            for term in names.indices where present[term] > 0 { totals[names[term]] = sums[term] }
            result[start] = totals
        }
        return result
    }

    /// Age band × gender rows of one group and of `all` over the period (stamped with the first day): the group's
    /// rows count its hateful messages, the `all` rows every message (the base "hateful or not").
    func demographicRows(city: String, period: DayRange, group: String) async throws -> [DemographicRow] {
        let rows = try await sums(AnalysisTables.demographics, city: city, period: period)
            .column("target_group").column("age_band").column("gender")
            .where("target_group", .in, Self.withAll([group]))
            .groupBy("target_group").groupBy("age_band").groupBy("gender").all()
        return try rows.map { row in
            DemographicRow(
                key: DemographicKey(
                    city: city, day: period.from, targetGroup: try row.decode(column: "target_group", as: String.self),
                    ageBand: try row.decode(column: "age_band", as: String.self),
                    gender: try row.decode(column: "gender", as: String.self)),
                delta: try Self.delta(row))
        }
    }

    /// The distinct authors of the hateful messages against `group` with an age band or gender, per age band ×
    /// gender (the records behind the authors table's cell keys, `CellKeyPerturbation`): the messages the
    /// demographic rollup counts, read through the partial index on hateful messages. Read packed — one result row
    /// per age band × gender with its distinct pseudonyms as a comma list (hex, no commas) — because tens of
    /// thousands of small result rows cost more to decode than to find. The pseudonyms only key the perturbation;
    /// they never leave the analysis.
    func hatefulAuthors(city: String, period: DayRange, group: String) async throws -> [HatefulAuthor] {
        let rows = try await hatefulAuthorsSelect(city: city, period: period, group: group).all()
        var authors: [HatefulAuthor] = []
        for row in rows {
            let band = try row.decode(column: "author_age_band", as: String?.self) ?? DemographicKey.unknown
            let gender = try row.decode(column: "author_gender", as: String?.self) ?? DemographicKey.unknown
            for pseudonym in (try row.decode(column: "p", as: String?.self) ?? "").split(separator: ",") {
                authors.append(HatefulAuthor(pseudonym: String(pseudonym), ageBand: band, gender: gender))
            }
        }
        return authors
    }

    /// The statement of ``hatefulAuthors(city:period:group:)``. Its conditions are spelled as the covering partial
    /// index `online_messages_hateful_authors` (M0061) spells its WHERE, so both engines answer it from that index
    /// alone (`HatefulAuthorsIndexTests` checks SQLite's plan).
    func hatefulAuthorsSelect(city: String, period: DayRange, group: String) -> SQLSelectBuilder {
        let inner = Self.targeting(
            range(AnalysisTables.messages, city: city, period: period).distinct()
                .column("author_pseudonym").column("author_age_band").column("author_gender")
                .where(SQLRaw("hateful = true"))
                .where(SQLRaw("(author_age_band IS NOT NULL OR author_gender IS NOT NULL)")),
            group: group)
        return sql.select()
            .column("author_age_band").column("author_gender").column(SQLRaw("string_agg(author_pseudonym, ',')"), as: "p")
            .from(SQLSubquery(inner.select), as: SQLIdentifier("t"))
            .groupBy("author_age_band").groupBy("author_gender")
    }

    /// Public-account mention rows over the period (stamped with the first day).
    func mentionRows(city: String, period: DayRange) async throws -> [MentionRow] {
        let rows = try await sums(AnalysisTables.mentions, city: city, period: period)
            .column("account").groupBy("account").all()
        return try rows.map { row in
            MentionRow(
                key: MentionKey(city: city, day: period.from, account: try row.decode(column: "account", as: String.self)),
                delta: try Self.delta(row))
        }
    }

    /// What is stored per city (one city, or every city any source fed): a fingerprint — per source, the messages
    /// stored net of deletions and the time of the last batch (`online_source_cities`, kept by ingest and deletion
    /// in their transactions), so any stored or deleted message changes it — and the messages stored in all.
    func stored(city: String? = nil) async throws -> [String: StoredFingerprint] {
        var select = sql.select().from(AnalysisTables.sourceCities).columns("city", "source", "messages", "last_ingested_at")
        if let city { select = select.where("city", .equal, city) }
        var result: [String: StoredFingerprint] = [:]
        for row in try await select.orderBy("city").orderBy("source").all() {
            let city = try row.decode(column: "city", as: String.self)
            let messages = try row.decode(column: "messages", as: Int.self)
            let stamp = (try? row.decode(column: "last_ingested_at", as: Date.self))?.timeIntervalSince1970 ?? 0
            let part = "\(try row.decode(column: "source", as: String.self))=\(messages)@\(stamp)"
            result[city, default: StoredFingerprint()].add(part, messages: messages)
        }
        return result
    }

    /// The last local day with stored messages in the city (nil when none): newest first along the unique index
    /// (city, day, …), so it stops at the first row.
    func lastDay(city: String) async throws -> Int? {
        try await sql.select().column("day").from(AnalysisTables.areaDay)
            .where("city", .equal, city).where("target_group", .equal, AggregateKey.allTargets)
            .where("messages", .greaterThan, 0)
            .orderBy("day", .descending).limit(1)
            .first()?.decode(column: "day", as: Int.self)
    }

    /// Verified offline incidents of the city in the period, one per report and target group, counted per day and
    /// area: the report's own target group when it has one (imported records), else the groups of its
    /// characteristics (``OfflineGroupMapping``).
    func offlineIncidents(city: String, period: DayRange) async throws -> [OfflineIncident] {
        let rows = try await sql.select().from(AnalysisTables.incidentReports)
            .column("day").column("area_code").column("characteristics").column("religion").column("target_group")
            .where("city_id", .equal, city).where("status", .equal, ReportStatus.verified.rawValue)
            .where("day", .greaterThanOrEqual, period.from).where("day", .lessThanOrEqual, period.to)
            .all()
        var counts: [OfflineIncidentKey: Int] = [:]
        for row in rows {
            let day = try row.decode(column: "day", as: Int.self)
            let area = try row.decode(column: "area_code", as: String.self)
            let characteristics = try row.decode(column: "characteristics", as: String.self)
                .split(separator: ",").map(String.init)
            let religion = try row.decode(column: "religion", as: String?.self)
            let groups = try row.decode(column: "target_group", as: String?.self).map { [$0] }
                ?? OfflineGroupMapping.groups(characteristics: characteristics, religion: religion)
            // Each report once under `all` (every verified report, as `all` online is every hateful message) and
            // under `none` when it names no group (age, other); a report of several groups counts for each.
            for group in groups + [AggregateKey.allTargets] + (groups.isEmpty ? [AggregateKey.noTarget] : []) {
                counts[OfflineIncidentKey(day: day, area: area, group: group), default: 0] += 1
            }
        }
        return counts.sorted { ($0.key.day, $0.key.area, $0.key.group) < ($1.key.day, $1.key.area, $1.key.group) }
            .map { OfflineIncident(day: $0.key.day, areaCode: $0.key.area, targetGroup: $0.key.group, count: $0.value) }
    }

    /// The term bags of the most recent `limit` hateful messages of the period against the group (any group
    /// under `all`, none under `none`), optionally in one area, for narratives: the labels only — no text, no
    /// author. The group is matched in SQL (`'|' || targets || '|' LIKE '%|group|%'`: targets hold `TargetGroup`
    /// raw values, lower-case letters, joined by `|`, and `group` is one of them) so the limit counts the group's
    /// messages; the bags come back packed in one row.
    func termBags(city: String, period: DayRange, group: String, area: String?, limit: Int) async throws -> [[String]] {
        let row = try await termBagsSelect(city: city, period: period, group: group, area: area, limit: limit).first()
        // Bags are separated by ',' and their terms by '|' (terms are letters and spaces); empty bags are skipped.
        return PackedCounts.bags(try row?.decode(column: "s", as: String?.self) ?? "")
    }

    /// The statement of ``termBags(city:period:group:area:limit:)``: newest first along the covering partial index
    /// `online_messages_hateful_terms` (M0062), which holds every column it names, so both engines answer it from
    /// the index alone (the literal `hateful = true` matches the index's WHERE, without which SQLite ignores a
    /// partial index; `HatefulTermsIndexTests` checks both plans).
    func termBagsSelect(city: String, period: DayRange, group: String, area: String?, limit: Int) -> SQLSelectBuilder {
        var inner = range(AnalysisTables.messages, city: city, period: period).column("terms")
            .where(SQLRaw("hateful = true"))
        if let area { inner = inner.where("area", .equal, area) }
        inner = Self.targeting(inner, group: group)
        inner = inner.orderBy("day", .descending).limit(limit)
        return sql.select()
            .column(SQLRaw("string_agg(terms, ',')"), as: "s")
            .from(SQLSubquery(inner.select), as: SQLIdentifier("t"))
    }

    /// Whether every source that fed the city is synthetic (false when none did).
    func syntheticShare(city: String) async throws -> SyntheticShare {
        let rows = try await sql.select().from(AnalysisTables.sources)
            .column(SQLColumn("is_synthetic", table: AnalysisTables.sources))
            .join(AnalysisTables.sourceCities, on: SQLColumn("source", table: AnalysisTables.sourceCities), .equal,
                  SQLColumn("name", table: AnalysisTables.sources))
            .where(SQLColumn("city", table: AnalysisTables.sourceCities), .equal, SQLBind(city))
            .limit(100).all()
        let flags = try rows.map { try $0.decode(column: "is_synthetic", as: Bool.self) }
        return SyntheticShare(flags: flags)
    }
}

/// The key offline incidents are counted by.
struct OfflineIncidentKey: Hashable {
    var day: Int
    var area: String
    var group: String
}
