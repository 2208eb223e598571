import CGSecurity
import CGSentiment
import CGStorage
import Foundation
import Fluent
import SQLKit
import Vapor

/// Subscriptions, alerts, webhook outbox and scan fingerprints of the early warning (M0023–M0026, M0060), in SQL
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
            .columns("id", "user_id", "api_token_id", "city_id", "areas", "target_groups", "webhook_url", "created_at")
            .values(
                SQLBind(subscription.id), SQLBind(subscription.userID), SQLBind(subscription.apiTokenID),
                SQLBind(subscription.city), SQLBind(subscription.areas.joined(separator: ",")),
                SQLBind(subscription.groups.joined(separator: ",")),
                SQLBind(try cipher.sealIfPresent(subscription.webhookURL, binding: Self.urlBinding(subscription: subscription.id))),
                SQLBind(now))
            .run()
    }

    /// Subscriptions of one owner, or (nil, for the job) every subscription that still delivers — an enabled
    /// user's own (a disabled user's stop, as their sessions do), or a live token's (unrevoked, its creator
    /// enabled) — optionally in one city.
    func subscriptions(owner: SubscriptionOwner? = nil, city: String? = nil) async throws -> [SubscriptionDTO] {
        var query = Self.restrict(
            sql.select().from(Self.subscriptions)
                .columns(Self.subscriptionColumns),
            to: owner)
        if owner == nil { query = query.where(SQLIdentifier("id"), .in, SQLGroupExpression(deliveringSubscriptions())) }
        if let city { query = query.where("city_id", .equal, city) }
        return try await query.orderBy("created_at").all().map(subscription)
    }

    /// The subscriptions of the tokens a staff member created, with each token's name and whether it is revoked
    /// (the alerts page lists them read-only).
    func tokenSubscriptions(creator: UUID) async throws -> [TokenSubscription] {
        let subscriptions = try await sql.select().from(Self.subscriptions)
            .columns(Self.subscriptionColumns)
            .where("user_id", .equal, creator).where(SQLIdentifier("api_token_id"), .isNot, SQLLiteral.null)
            .orderBy("created_at").all().map(subscription)
        let ids = Array(Set(subscriptions.compactMap(\.apiTokenID)))
        guard !ids.isEmpty else { return [] }
        var tokens: [UUID: (name: String, revoked: Bool)] = [:]
        for row in try await sql.select().from(APITokenModel.schema).columns("id", "name", "revoked_at")
            .where("id", .in, ids).all()
        {
            tokens[try row.decode(column: "id", as: UUID.self)] = (
                try row.decode(column: "name", as: String.self), try row.decode(column: "revoked_at", as: Date?.self) != nil
            )
        }
        return subscriptions.compactMap { subscription in
            subscription.apiTokenID.flatMap { tokens[$0] }.map {
                TokenSubscription(subscription: subscription, tokenName: $0.name, revoked: $0.revoked)
            }
        }
    }

    /// Deletes an owner's subscription (and its alerts and their outbox rows); false when it has none by that id.
    func deleteSubscription(id: UUID, owner: SubscriptionOwner) async throws -> Bool {
        let existing = try await Self.restrict(
            sql.select().from(Self.subscriptions).column("id").where("id", .equal, id), to: owner
        ).first()
        guard existing != nil else { return false }
        try await sql.delete(from: Self.deliveries)
            .where(SQLIdentifier("alert_id"), .in, SQLGroupExpression(
                sql.select().column("id").from(Self.alerts).where("subscription_id", .equal, id).query))
            .run()
        try await sql.delete(from: Self.alerts).where("subscription_id", .equal, id).run()
        try await sql.delete(from: Self.subscriptions).where("id", .equal, id).run()
        return true
    }

    /// Limits a query of `alert_subscriptions` to an owner's rows: a user's own (no token), or one token's.
    static func restrict(_ query: SQLSelectBuilder, to owner: SubscriptionOwner?) -> SQLSelectBuilder {
        switch owner {
        case .user(let id)?:
            return query.where("user_id", .equal, id).where(SQLIdentifier("api_token_id"), .is, SQLLiteral.null)
        case .token(let id, _)?:
            return query.where("api_token_id", .equal, id)
        case nil:
            return query
        }
    }

    /// The ids of the subscriptions that still deliver, as a subquery: a user's own while the user is enabled, or
    /// a live token's (``liveTokens()``: unrevoked, its creator enabled). The job reads only these, and the outbox
    /// skips the alerts of all others; nothing is deleted, so enabling the user again resumes them.
    func deliveringSubscriptions() -> any SQLExpression {
        sql.select().column("id").from(Self.subscriptions)
            .where {
                $0.where {
                    $0.where(SQLIdentifier("api_token_id"), .is, SQLLiteral.null)
                        .where(SQLIdentifier("user_id"), .notIn, SQLGroupExpression(disabledUsers()))
                }
                .orWhere(SQLIdentifier("api_token_id"), .in, SQLGroupExpression(liveTokens()))
            }.query
    }

    /// The ids of disabled staff users, as a subquery.
    func disabledUsers() -> any SQLExpression {
        sql.select().column("id").from(UserModel.schema).where("disabled", .equal, true).query
    }

    /// The ids of the API tokens that still authenticate, as a subquery: not revoked, and not created by a disabled
    /// user (a token nobody created has no creator to lose) — what `BearerTokenMiddleware` admits.
    func liveTokens() -> any SQLExpression {
        sql.select().column("id").from(APITokenModel.schema)
            .where(SQLIdentifier("revoked_at"), .is, SQLLiteral.null)
            .where {
                $0.where(SQLIdentifier("created_by"), .is, SQLLiteral.null)
                    .orWhere(SQLIdentifier("created_by"), .notIn, SQLGroupExpression(disabledUsers()))
            }.query
    }

    /// The columns ``subscription(_:)`` decodes.
    static let subscriptionColumns = ["id", "user_id", "api_token_id", "city_id", "areas", "target_groups", "webhook_url"]

    /// A subscription from a row of ``subscriptionColumns``.
    func subscription(_ row: any SQLRow) throws -> SubscriptionDTO {
        let id = try row.decode(column: "id", as: UUID.self)
        return SubscriptionDTO(
            id: id, userID: try row.decode(column: "user_id", as: UUID.self),
            apiTokenID: try row.decode(column: "api_token_id", as: UUID?.self),
            city: try row.decode(column: "city_id", as: String.self),
            areas: Self.list(try row.decode(column: "areas", as: String.self)),
            groups: Self.list(try row.decode(column: "target_groups", as: String.self)),
            webhookURL: try row.decode(column: "webhook_url", as: String?.self).map {
                try openURL($0, binding: Self.urlBinding(subscription: id))
            })
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
    /// The city's alerts, latest first; with a query, only those of its group (any under `all`), its area (any
    /// without one) and overlapping its period, so every number of a filtered page follows the filter.
    func alerts(city: String, userID: UUID?, limit: Int = 50, matching filter: AnalysisQuery? = nil) async throws -> [AlertDTO] {
        var query = sql.select().from(SQLAlias(SQLIdentifier(Self.alerts), as: SQLIdentifier("a")))
            .column(SQLColumn("id", table: "a")).column(SQLColumn("city_id", table: "a"))
            .columns(["event_key", "target_group", "areas", "start_day", "end_day", "peak_day", "observed", "expected",
                      "score", "terms"].map { SQLColumn($0, table: "a") })
            .column(SQLColumn("created_at", table: "a"))
            .join(SQLAlias(SQLIdentifier(Self.subscriptions), as: SQLIdentifier("s")),
                  on: SQLColumn("subscription_id", table: "a"), .equal, SQLColumn("id", table: "s"))
            .where(SQLColumn("city_id", table: "a"), .equal, SQLBind(city))
        if let userID { query = query.where(SQLColumn("user_id", table: "s"), .equal, SQLBind(userID)) }
        if let filter {
            query = query.where(SQLColumn("start_day", table: "a"), .lessThanOrEqual, SQLBind(filter.period.to))
                .where(SQLColumn("end_day", table: "a"), .greaterThanOrEqual, SQLBind(filter.period.from))
            if filter.group != AggregateKey.allTargets {
                query = query.where(SQLColumn("target_group", table: "a"), .equal, SQLBind(filter.group))
            }
            if let area = filter.area {
                // `areas` is a comma list of area codes.
                query = query.where(
                    SQLBinaryExpression(
                        SQLRaw("',' || a.areas || ','"), .like, SQLBind("%,\(area),%")))
            }
        }
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

    /// Undelivered outbox rows whose next attempt is due — except those of the subscriptions that no longer
    /// deliver (``deliveringSubscriptions()``): revoking a token or disabling a user (which suspends the tokens they
    /// created) stops what they set up, including retries of alerts recorded before.
    func dueDeliveries(now: Date, maximumAttempts: Int, limit: Int = 100) async throws -> [Delivery] {
        let stoppedSubscriptions = sql.select().column("id").from(Self.subscriptions)
            .where(SQLIdentifier("id"), .notIn, SQLGroupExpression(deliveringSubscriptions())).query
        let stoppedAlerts = sql.select().column("id").from(Self.alerts)
            .where(SQLIdentifier("subscription_id"), .in, SQLGroupExpression(stoppedSubscriptions)).query
        return try await sql.select().from(Self.deliveries).columns("id", "url", "payload", "attempts")
            .where(SQLIdentifier("delivered_at"), .is, SQLLiteral.null)
            .where(SQLIdentifier("alert_id"), .notIn, SQLGroupExpression(stoppedAlerts))
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
