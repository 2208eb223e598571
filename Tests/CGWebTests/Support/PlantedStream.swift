import CGGeo
import CGSentiment
import CGStorage
import Foundation
import SQLKit

/// A small planted online stream for London written straight into the rollup tables the analyses read (what
/// ingest would have written), with verified offline incidents and a few stored hateful messages whose author
/// pseudonym is a canary. Every number is a simple function of area and day, so tests can compute the expected
/// answers by hand.
///
/// - 63 days ending on the test clock's London day; areas A (Tower Hamlets), B (Newham), C (Barnet).
/// - 100 messages per area per day; hateful against Muslims: 1 a day, 3 on days divisible by 5.
/// - Planted event: the last 4 days, +20 hateful messages against Muslims a day in A and B (5 of them
///   supporting violence), with the words "market", "attack" and "market attack".
/// - Offline: 2 verified anti-Muslim reports in A three days after each day divisible by 5.
struct PlantedStream {
    static let a = "E09000030"
    static let b = "E09000025"
    static let c = "E09000003"
    static let areas = [a, b, c]
    static let canary = "canarypseudonym5b0000000000000001"
    static let eventDays = 4

    let today: Int
    var first: Int { today - 62 }
    var eventStart: Int { today - Self.eventDays + 1 }

    init(now: Date) { today = CityClock(timeZoneIdentifier: "Europe/London").dayAndHour(now).day }

    func inEvent(_ area: String, _ day: Int) -> Bool { day >= eventStart && (area == Self.a || area == Self.b) }

    /// Hateful messages against Muslims in an area on a day.
    func hateful(_ area: String, _ day: Int) -> Int { (day % 5 == 0 ? 3 : 1) + (inEvent(area, day) ? 20 : 0) }
    func violent(_ area: String, _ day: Int) -> Int { inEvent(area, day) ? 5 : 0 }
    func messages(_ area: String, _ day: Int) -> Int { 100 + (inEvent(area, day) ? 20 : 0) }

    /// Verified offline incidents against Muslims on a day (all in area A).
    func offline(_ day: Int) -> Int { (day - 3) % 5 == 0 && day - 3 >= first ? 2 : 0 }

    func write(_ sql: any SQLDatabase) async throws {
        var rollup = sql.insert(into: "online_rollup_daily")
            .columns("city", "day", "area", "target_group", "hate_type", "language", "messages", "hateful", "violent")
        var terms = sql.insert(into: "online_terms").columns("city", "day", "area", "target_group", "term", "n")
        for day in first...today {
            for area in Self.areas {
                let h = hateful(area, day)
                rollup = rollup.values(
                    SQLBind("london"), SQLBind(day), SQLBind(area), SQLBind("all"), SQLBind("none"), SQLBind("en"),
                    SQLBind(messages(area, day) - h), SQLBind(0), SQLBind(0))
                rollup = rollup.values(
                    SQLBind("london"), SQLBind(day), SQLBind(area), SQLBind("all"), SQLBind("dehumanising"), SQLBind("en"),
                    SQLBind(h), SQLBind(h), SQLBind(violent(area, day)))
                rollup = rollup.values(
                    SQLBind("london"), SQLBind(day), SQLBind(area), SQLBind("muslims"), SQLBind("dehumanising"), SQLBind("en"),
                    SQLBind(h), SQLBind(h), SQLBind(violent(area, day)))
                var bag = [("invaders", 1 + (day % 5 == 0 ? 2 : 0)), ("replace", 1)]
                if inEvent(area, day) { bag += [("market", 20), ("attack", 20), ("market attack", 20)] }
                for group in ["all", "muslims"] {
                    for (term, n) in bag {
                        terms = terms.values(SQLBind("london"), SQLBind(day), SQLBind(area), SQLBind(group), SQLBind(term), SQLBind(n))
                    }
                }
            }
        }
        try await rollup.run()
        try await terms.run()
        // The dashboard summaries, derived as the migration's backfill would (ingest keeps them in step).
        try await M0028_CreateOnlineRollupAreaDay.backfill(on: sql)
        try await M0029_CreateOnlineTermsCityDay.backfill(on: sql)
        var demographics = sql.insert(into: "online_demographics")
            .columns("city", "day", "target_group", "age_band", "gender", "messages", "hateful", "violent")
        for group in ["all", "muslims"] {
            demographics = demographics
                .values(SQLBind("london"), SQLBind(today - 1), SQLBind(group), SQLBind("18-24"), SQLBind("male"), SQLBind(12), SQLBind(12), SQLBind(0))
                .values(SQLBind("london"), SQLBind(today - 1), SQLBind(group), SQLBind("25-34"), SQLBind("female"), SQLBind(3), SQLBind(3), SQLBind(0))
        }
        try await demographics.run()
        try await sql.insert(into: "online_mentions").columns("city", "day", "account", "messages", "hateful", "violent")
            .values(SQLBind("london"), SQLBind(today - 1), SQLBind("mayoroflondon"), SQLBind(7), SQLBind(2), SQLBind(0)).run()
        let now = Date()
        try await sql.insert(into: "online_sources")
            .columns("id", "name", "platform", "collection_method", "terms_of_use", "is_synthetic", "created_at")
            .values(SQLBind(UUID()), SQLBind("synthetic-demo"), SQLBind("demo"), SQLBind("generated"), SQLBind("none"), SQLBind(true), SQLBind(now))
            .run()
        try await sql.insert(into: "online_source_cities").columns("source", "city", "messages", "last_ingested_at")
            .values(SQLBind("synthetic-demo"), SQLBind("london"), SQLBind(1000), SQLBind(now)).run()
        // Stored hateful messages (labels only) whose author pseudonym must never appear in a response.
        var messagesInsert = sql.insert(into: "online_messages")
            .columns(
                "source", "message_id", "city", "author_pseudonym", "posted_at", "day", "hour", "area", "placement_method",
                "placement_confidence", "hateful", "score", "hate_type", "targets", "language", "supports_violence",
                "violence_score", "model_version", "terms", "public_mentions", "retain_text_until", "ingested_at")
        for i in 0..<12 {
            messagesInsert = messagesInsert.values(
                SQLBind("synthetic-demo"), SQLBind("m\(i)"), SQLBind("london"), SQLBind(Self.canary), SQLBind(now),
                SQLBind(eventStart), SQLBind(12), SQLBind(Self.a), SQLBind("coordinates"), SQLBind(1.0), SQLBind(true),
                SQLBind(0.9), SQLBind("dehumanising"), SQLBind("muslims"), SQLBind("en"), SQLBind(false), SQLBind(0.1),
                SQLBind("test"), SQLBind("market|attack|market attack"), SQLBind(""), SQLBind(now), SQLBind(now))
        }
        try await messagesInsert.run()
        for day in first...today where offline(day) > 0 {
            for copy in 0..<offline(day) {
                try await Self.verifiedReport(sql, day: day, area: Self.a, copy: copy)
            }
        }
    }

    /// A verified incident report, anti-Muslim unless other characteristics are given (only the columns the
    /// analyses read matter).
    static func verifiedReport(
        _ sql: any SQLDatabase, day: Int, area: String, copy: Int, characteristics: String = "religion",
        religion: String? = "muslim"
    ) async throws {
        let (y, m, d) = Timestamp.civilFromDays(day)
        let date = String(format: "%04d-%02d-%02d", y, m, d)
        let now = Date()
        try await sql.insert(into: "incident_reports")
            .columns(
                "id", "reference", "follow_up_digest", "city_id", "area_code", "incident_type", "characteristics", "religion",
                "occurred_on", "day", "month", "reporter_role", "police_reported", "wants_support", "consent_contact",
                "consent_referral", "description_sealed", "status", "language", "is_synthetic", "created_at", "updated_at")
            .values(
                SQLBind(UUID()), SQLBind("R-\(day)-\(copy)"), SQLBind("d-\(day)-\(copy)"), SQLBind("london"), SQLBind(area),
                SQLBind("verbal_abuse"), SQLBind(characteristics), SQLBind(religion), SQLBind(date), SQLBind(day),
                SQLBind(String(date.prefix(7))), SQLBind("victim"), SQLBind(false), SQLBind(false), SQLBind(false),
                SQLBind(false), SQLBind("sealed"), SQLBind("verified"), SQLBind("en"), SQLBind(true), SQLBind(now), SQLBind(now))
            .run()
    }
}
