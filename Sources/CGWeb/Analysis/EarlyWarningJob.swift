import CGSecurity
import CGGeo
import CGSentiment
import Fluent
import Foundation
import SQLKit
import Vapor

/// The early-warning job: for each city with subscriptions whose recent rollups changed since the last scan,
/// runs `TriggerEventFinder` over the recent weeks, records an alert per new matching event and subscription,
/// and then delivers due webhooks from the outbox with exponential backoff. It runs on its own schedule, never
/// inside an ingest transaction; tests call ``run(now:)`` with their own clock.
public struct EarlyWarningJob: Sendable {
    /// Days read per scan: six weeks of baseline and two weeks of days of interest.
    static let windowDays = 56
    /// Delivery attempts before a webhook is given up.
    static let maximumAttempts = 8
    /// The first retry waits this long; each further one twice as long.
    public static let retryBase: TimeInterval = 30

    /// What one run did.
    public struct Report: Sendable, Hashable {
        /// Cities whose recent rollups changed and were scanned.
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

    /// A job over the application's database and HTTP client.
    public init(app: Application) {
        db = app.db
        cipher = app.cg.cipher
        client = app.client
        logger = app.logger
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

    /// Records the alerts of new events for every subscription.
    func scan(now: Date) async throws -> Report {
        guard let sql = db as? any SQLDatabase else { return Report() }
        let store = EarlyWarningStore(sql: sql, cipher: cipher)
        let queries = RollupQueries(sql: sql)
        var report = Report()
        let byCity = Dictionary(grouping: try await store.subscriptions(), by: \.city)
        for (cityID, subscriptions) in byCity.sorted(by: { $0.key < $1.key }) {
            guard let pack = CityPacks.pack(id: cityID) else { continue }
            let today = CityClock(timeZoneIdentifier: pack.timeZone).dayAndHour(now).day
            let window = DayRange(from: today - Self.windowDays + 1, to: today)
            let fingerprint = try await queries.fingerprint(city: cityID, since: window.from)
                + ":" + subscriptions.map(\.id.uuidString).sorted().joined(separator: ",")
            if try await store.fingerprint(city: cityID) == fingerprint { continue }
            report.citiesScanned += 1
            let events = try await AnalysisService.events(queries, pack: pack, window: window)
            for subscription in subscriptions {
                let watch = AlertSubscription(
                    city: cityID, areas: Set(subscription.areas), targetGroups: Set(subscription.groups))
                let already = try await store.alertedKeys(subscriptionID: subscription.id)
                for alert in EarlyWarning.alerts(
                    events: events, city: cityID, subscription: watch, alreadyAlerted: already, today: today)
                {
                    let dto = AlertDTO(event: alert.event, key: alert.eventKey, city: cityID)
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
