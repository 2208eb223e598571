import CGSecurity
import CGSentiment
import Foundation
import Fluent
import SQLKit
import Vapor

/// Subscriptions, alerts, webhook outbox and scan fingerprints of the early warning (M0023–M0026), in SQL
/// with bound values on SQLite and PostgreSQL. Webhook URLs are sealed at rest (they often carry a secret
/// token in their path or query), in the subscription and in each outbox row.
struct EarlyWarningStore: Sendable {
    static let subscriptions = M0023Names.subscriptions
    static let alerts = M0023Names.alerts
    static let deliveries = M0023Names.deliveries
    static let scans = M0023Names.scans

    let sql: any SQLDatabase
    let cipher: FieldCipher

    static func urlBinding(subscription id: UUID) -> FieldBinding {
        FieldBinding(table: subscriptions, field: "webhook_url", recordID: id.uuidString)
    }

    static func urlBinding(delivery id: UUID) -> FieldBinding {
        FieldBinding(table: deliveries, field: "url", recordID: id.uuidString)
    }

    /// Opens a stored URL; a value without the sealed prefix was written before URLs were sealed and is
    /// returned as it is.
    func openURL(_ stored: String, binding: FieldBinding) throws -> String {
        guard FieldCipher.isSealed(stored) else { return stored }
        return try cipher.open(stored, binding: binding)
    }

    // MARK: Subscriptions

    func createSubscription(_ subscription: SubscriptionDTO, now: Date) async throws {
        try await sql.insert(into: Self.subscriptions)
            .columns("id", "user_id", "city_id", "areas", "target_groups", "webhook_url", "created_at")
            .values(
                SQLBind(subscription.id), SQLBind(subscription.userID), SQLBind(subscription.city),
                SQLBind(subscription.areas.joined(separator: ",")), SQLBind(subscription.groups.joined(separator: ",")),
                SQLBind(try cipher.sealIfPresent(subscription.webhookURL, binding: Self.urlBinding(subscription: subscription.id))),
                SQLBind(now))
            .run()
    }

    /// Subscriptions of one user (nil = everyone's, for the job), optionally in one city.
    func subscriptions(userID: UUID? = nil, city: String? = nil) async throws -> [SubscriptionDTO] {
        var query = sql.select().from(Self.subscriptions)
            .columns("id", "user_id", "city_id", "areas", "target_groups", "webhook_url")
        if let userID { query = query.where("user_id", .equal, userID) }
        if let city { query = query.where("city_id", .equal, city) }
        return try await query.orderBy("created_at").all().map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            return SubscriptionDTO(
                id: id, userID: try row.decode(column: "user_id", as: UUID.self),
                city: try row.decode(column: "city_id", as: String.self),
                areas: Self.list(try row.decode(column: "areas", as: String.self)),
                groups: Self.list(try row.decode(column: "target_groups", as: String.self)),
                webhookURL: try row.decode(column: "webhook_url", as: String?.self).map {
                    try openURL($0, binding: Self.urlBinding(subscription: id))
                })
        }
    }

    /// Deletes a user's subscription (and, by cascade, its alerts); false when there was none.
    func deleteSubscription(id: UUID, userID: UUID) async throws -> Bool {
        let existing = try await sql.select().from(Self.subscriptions).column("id")
            .where("id", .equal, id).where("user_id", .equal, userID).first()
        guard existing != nil else { return false }
        try await sql.delete(from: Self.deliveries)
            .where(SQLIdentifier("alert_id"), .in, SQLGroupExpression(
                sql.select().column("id").from(Self.alerts).where("subscription_id", .equal, id).query))
            .run()
        try await sql.delete(from: Self.alerts).where("subscription_id", .equal, id).run()
        try await sql.delete(from: Self.subscriptions).where("id", .equal, id).run()
        return true
    }

    static func list(_ text: String) -> [String] { text.split(separator: ",").map(String.init) }

    // MARK: Alerts

    func alertedKeys(subscriptionID: UUID) async throws -> Set<String> {
        let rows = try await sql.select().from(Self.alerts).column("event_key")
            .where("subscription_id", .equal, subscriptionID).all()
        return Set(try rows.map { try $0.decode(column: "event_key", as: String.self) })
    }

    /// Records an alert (once per subscription and event key) and, when the subscription has a webhook,
    /// its delivery in the outbox, in one transaction. Returns the alert, or nil when it existed already.
    func record(_ alert: AlertDTO, subscription: SubscriptionDTO, now: Date, on db: any Database) async throws -> AlertDTO? {
        try await db.transaction { tx in
            guard let sql = tx as? any SQLDatabase else { return nil }
            let existing = try await sql.select().from(Self.alerts).column("id")
                .where("subscription_id", .equal, subscription.id).where("event_key", .equal, alert.eventKey).first()
            guard existing == nil else { return nil }
            try await sql.insert(into: Self.alerts)
                .columns(
                    "id", "subscription_id", "city_id", "event_key", "target_group", "areas", "start_day", "end_day",
                    "peak_day", "observed", "expected", "score", "terms", "created_at")
                .values(
                    SQLBind(alert.id), SQLBind(subscription.id), SQLBind(alert.city), SQLBind(alert.eventKey),
                    SQLBind(alert.group), SQLBind(alert.areas.joined(separator: ",")), SQLBind(alert.startDay),
                    SQLBind(alert.endDay), SQLBind(alert.peakDay), SQLBind(alert.observed), SQLBind(alert.expected),
                    SQLBind(alert.score), SQLBind(alert.terms.joined(separator: "\n")), SQLBind(now))
                .run()
            if let url = subscription.webhookURL {
                let payload = String(decoding: try JSONEncoder.sorted.encode(alert), as: UTF8.self)
                let id = UUID()
                let sealed = try cipher.seal(url, binding: Self.urlBinding(delivery: id))
                try await sql.insert(into: Self.deliveries)
                    .columns("id", "alert_id", "url", "payload", "attempts", "next_attempt_at", "created_at")
                    .values(
                        SQLBind(id), SQLBind(alert.id), SQLBind(sealed), SQLBind(payload), SQLBind(0), SQLBind(now),
                        SQLBind(now))
                    .run()
            }
            return alert
        }
    }

    /// The latest alerts of a city (of one user's subscriptions when `userID` is given).
    func alerts(city: String, userID: UUID?, limit: Int = 50) async throws -> [AlertDTO] {
        var query = sql.select().from(SQLAlias(SQLIdentifier(Self.alerts), as: SQLIdentifier("a")))
            .column(SQLColumn("id", table: "a")).column(SQLColumn("city_id", table: "a"))
            .columns(["event_key", "target_group", "areas", "start_day", "end_day", "peak_day", "observed", "expected",
                      "score", "terms"].map { SQLColumn($0, table: "a") })
            .column(SQLColumn("created_at", table: "a"))
            .join(SQLAlias(SQLIdentifier(Self.subscriptions), as: SQLIdentifier("s")),
                  on: SQLColumn("subscription_id", table: "a"), .equal, SQLColumn("id", table: "s"))
            .where(SQLColumn("city_id", table: "a"), .equal, SQLBind(city))
        if let userID { query = query.where(SQLColumn("user_id", table: "s"), .equal, SQLBind(userID)) }
        return try await query.orderBy(SQLOrderBy(expression: SQLColumn("created_at", table: "a"), direction: SQLDirection.descending)).limit(limit).all().map { row in
            AlertDTO(
                id: try row.decode(column: "id", as: UUID.self), city: try row.decode(column: "city_id", as: String.self),
                eventKey: try row.decode(column: "event_key", as: String.self),
                group: try row.decode(column: "target_group", as: String.self),
                areas: Self.list(try row.decode(column: "areas", as: String.self)),
                startDay: try row.decode(column: "start_day", as: Int.self), endDay: try row.decode(column: "end_day", as: Int.self),
                peakDay: try row.decode(column: "peak_day", as: Int.self),
                observed: try row.decode(column: "observed", as: Double.self),
                expected: try row.decode(column: "expected", as: Double.self),
                score: try row.decode(column: "score", as: Double.self),
                terms: try row.decode(column: "terms", as: String.self).split(separator: "\n").map(String.init))
        }
    }

    // MARK: Webhook outbox

    struct Delivery: Sendable {
        var id: UUID
        var url: String
        var payload: String
        var attempts: Int
    }

    func dueDeliveries(now: Date, maximumAttempts: Int, limit: Int = 100) async throws -> [Delivery] {
        try await sql.select().from(Self.deliveries).columns("id", "url", "payload", "attempts")
            .where(SQLIdentifier("delivered_at"), .is, SQLLiteral.null)
            .where("attempts", .lessThan, maximumAttempts)
            .where("next_attempt_at", .lessThanOrEqual, now)
            .orderBy("next_attempt_at").limit(limit).all()
            .map { row in
                let id = try row.decode(column: "id", as: UUID.self)
                return Delivery(
                    id: id, url: try openURL(try row.decode(column: "url", as: String.self), binding: Self.urlBinding(delivery: id)),
                    payload: try row.decode(column: "payload", as: String.self),
                    attempts: try row.decode(column: "attempts", as: Int.self))
            }
    }

    func markDelivered(_ id: UUID, attempts: Int, now: Date) async throws {
        try await sql.update(Self.deliveries).set("attempts", to: attempts).set("delivered_at", to: now)
            .set("last_error", to: SQLLiteral.null).where("id", .equal, id).run()
    }

    func markFailed(_ id: UUID, attempts: Int, error: String, next: Date?) async throws {
        var update = sql.update(Self.deliveries).set("attempts", to: attempts).set("last_error", to: String(error.prefix(500)))
        update = next.map { update.set("next_attempt_at", to: $0) } ?? update.set("next_attempt_at", to: SQLLiteral.null)
        try await update.where("id", .equal, id).run()
    }

    /// The outbox rows of an alert (for the alerts page and the tests).
    func deliveries(alertID: UUID) async throws -> [DeliveryDTO] {
        try await sql.select().from(Self.deliveries).columns("attempts", "last_error", "delivered_at")
            .where("alert_id", .equal, alertID).all().map { row in
                DeliveryDTO(
                    attempts: try row.decode(column: "attempts", as: Int.self),
                    lastError: try row.decode(column: "last_error", as: String?.self),
                    delivered: try row.decode(column: "delivered_at", as: Date?.self) != nil)
            }
    }

    // MARK: Scan fingerprints

    func fingerprint(city: String) async throws -> String? {
        try await sql.select().from(Self.scans).column("fingerprint").where("city_id", .equal, city).first()
            .map { try $0.decode(column: "fingerprint", as: String.self) }
    }

    func setFingerprint(_ fingerprint: String, city: String, now: Date) async throws {
        try await sql.delete(from: Self.scans).where("city_id", .equal, city).run()
        try await sql.insert(into: Self.scans).columns("city_id", "fingerprint", "scanned_at")
            .values(SQLBind(city), SQLBind(fingerprint), SQLBind(now)).run()
    }
}

extension JSONEncoder {
    /// Keys sorted, so payloads are byte-stable.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
