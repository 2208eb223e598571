import CGSecurity
import CGGeo
import CGSentiment
import Fluent
import Foundation
import SQLKit
import Vapor

/// The early-warning job. For every city with stored messages it warms the dashboard's trigger-event memo
/// (the events of the default period, under the key the pages make) when what is stored changed; for each city
/// with subscriptions whose stored messages changed since the last scan it turns those same events into alerts,
/// one per new matching event and subscription; then it delivers due webhooks from the outbox with exponential
/// backoff. It runs on its own schedule (``EarlyWarningLifecycle``), never inside an ingest transaction; tests
/// call ``run(now:)`` with their own clock.
public struct EarlyWarningJob: Sendable {
    /// Delivery attempts before a webhook is given up.
    static let maximumAttempts = 8
    /// The first retry waits this long; each further one twice as long.
    public static let retryBase: TimeInterval = 30

    /// What one run did.
    public struct Report: Sendable, Hashable {
        /// Cities whose dashboard events were computed into the memo (what was stored had changed, or the day).
        public var citiesWarmed = 0
        /// Cities with subscriptions whose stored messages changed and were scanned for alerts.
        public var citiesScanned = 0
        /// New alerts recorded.
        public var alertsRecorded = 0
        /// Webhook deliveries attempted.
        public var deliveriesAttempted = 0
        /// Webhook deliveries accepted.
        public var deliveriesSucceeded = 0
    }

    let db: any Database
    let cipher: FieldCipher
    let client: any Client
    let logger: Logger
    let cache: EventCache?

    /// A job over the application's database, HTTP client and trigger-event memo.
    public init(app: Application) {
        self.init(app: app, cache: app.eventCache)
    }

    /// A job that warms `cache` (the benchmark gives each measured run a fresh one).
    init(app: Application, cache: EventCache?) {
        db = app.db
        cipher = app.cg.cipher
        client = app.client
        logger = app.logger
        self.cache = cache
    }

    /// One scan and one delivery round at `now`.
    @discardableResult
    public func run(now: Date) async throws -> Report {
        var report = try await scan(now: now)
        let delivered = try await deliver(now: now)
        report.deliveriesAttempted = delivered.attempted
        report.deliveriesSucceeded = delivered.succeeded
        return report
    }

    /// What is stored per city: one small read the lifecycle compares between runs to notice new or deleted
    /// messages (from this process or another, such as `commonground ingest`).
    func changeStamp() async throws -> String {
        guard let sql = db as? any SQLDatabase else { return "" }
        return try await RollupQueries(sql: sql).stored().sorted { $0.key < $1.key }
            .map { "\($0.key):\($0.value.text)" }.joined(separator: ";")
    }

    /// Warms the memo of every city with stored messages and records the alerts of new events for every
    /// subscription. When nothing changed it costs three small reads (stored counts per city, subscriptions,
    /// and each subscribed city's last scan).
    func scan(now: Date) async throws -> Report {
        guard let sql = db as? any SQLDatabase else { return Report() }
        let store = EarlyWarningStore(sql: sql, cipher: cipher)
        let service = AnalysisService(sql: sql, cache: cache)
        var report = Report()
        let stored = try await service.queries.stored()
        let byCity = Dictionary(grouping: try await store.subscriptions(), by: \.city)
        let cities = Set(byCity.keys).union(stored.filter { $0.value.messages > 0 }.keys)
        for cityID in cities.sorted() {
            guard let pack = CityPacks.pack(id: cityID) else { continue }
            // The dashboard's default period: the events an analyst sees first, and the days alerts come from.
            let period = AnalysisQuery.defaultPeriod(pack, now: now)
            let started = Date()
            if (stored[cityID]?.messages ?? 0) > 0, try await service.warm(pack, period: period, stored: stored[cityID]) {
                report.citiesWarmed += 1
                logger.info("early warning: trigger events of \(cityID) computed for the dashboard in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
            }
            guard let subscriptions = byCity[cityID] else { continue }
            let key = AnalysisService.eventKey(city: cityID, period: period, stored: stored[cityID])
            let fingerprint = key.fingerprint + ":" + subscriptions.map(\.id.uuidString).sorted().joined(separator: ",")
            if try await store.fingerprint(city: cityID) == fingerprint { continue }
            report.citiesScanned += 1
            let events = try await service.periodEvents(pack, period: period)
            let today = period.to
            for subscription in subscriptions {
                let watch = AlertSubscription(
                    city: cityID, areas: Set(subscription.areas), targetGroups: Set(subscription.groups))
                let already = try await store.alertedKeys(subscriptionID: subscription.id)
                for alert in EarlyWarning.alerts(
                    events: events, city: cityID, subscription: watch, alreadyAlerted: already, today: today)
                {
                    var dto = AlertDTO(event: alert.event, key: alert.eventKey, city: cityID)
                    // The webhook's link to the event: its page for the city's default period, which holds an
                    // event the moment it is alerted (the lists recompute the link when they are read).
                    dto.eventPage = PageContext.url(
                        path: AnalysisRoute.event(of: alert.event).path, query: [URLQueryItem(name: "city", value: cityID)])
                    if try await store.record(dto, subscription: subscription, now: now, on: db) != nil {
                        report.alertsRecorded += 1
                        logger.notice("early warning: \(alert.eventKey) for subscription \(subscription.id)")
                    }
                }
            }
            try await store.setFingerprint(fingerprint, city: cityID, now: now)
        }
        return report
    }

    /// Posts the due webhooks; a failure is retried after `retryBase × 2^(attempts−1)`.
    func deliver(now: Date) async throws -> (attempted: Int, succeeded: Int) {
        guard let sql = db as? any SQLDatabase else { return (0, 0) }
        let store = EarlyWarningStore(sql: sql, cipher: cipher)
        var attempted = 0
        var succeeded = 0
        for delivery in try await store.dueDeliveries(now: now, maximumAttempts: Self.maximumAttempts) {
            attempted += 1
            let attempts = delivery.attempts + 1
            var failure: String?
            do {
                var request = ClientRequest(method: .POST, url: URI(string: delivery.url))
                request.headers.contentType = .json
                request.headers.add(name: "User-Agent", value: "CommonGround early warning")
                request.body = ByteBuffer(string: delivery.payload)
                request.timeout = .seconds(10)
                let response = try await client.send(request)
                if !(200..<300).contains(response.status.code) { failure = "HTTP \(response.status.code)" }
            } catch {
                failure = String(describing: error)
            }
            if let failure {
                let next = attempts < Self.maximumAttempts ? now.addingTimeInterval(Self.backoff(attempts: attempts)) : nil
                try await store.markFailed(delivery.id, attempts: attempts, error: failure, next: next)
                logger.warning("early warning webhook failed (attempt \(attempts)): \(failure)")
            } else {
                try await store.markDelivered(delivery.id, attempts: attempts, now: now)
                succeeded += 1
            }
        }
        return (attempted, succeeded)
    }

    /// The wait after the `attempts`-th failed attempt.
    static func backoff(attempts: Int) -> TimeInterval { retryBase * pow(2, Double(max(0, attempts - 1))) }
}
