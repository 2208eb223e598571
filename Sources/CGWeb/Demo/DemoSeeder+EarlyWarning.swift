import CGGeo
import CGSentiment
import CGStorage
import Fluent
import Foundation
import SQLKit
import Vapor

extension DemoSeeder {
    /// The demo analyst's e-mail address (the staff member whose alerts page shows the planted event).
    static let analystEmail = "analyst@demo.commonground.example"
    /// How many days before the planted event the demo analyst subscribed.
    static let subscribedDaysBefore = 7
    /// The local hour of each replayed job run (late evening: that day's messages are in).
    static let replayHour = 23

    /// Shows the early warning on the planted event as it would have happened: the demo analyst subscribes
    /// (no webhook) to the event's group in its seed areas a week before it starts, then the real
    /// ``EarlyWarningJob`` scans once a day from the event's first day until it records an alert, its clock set to
    /// that day's evening, so the alert carries the time it would have been raised (the job itself only alerts
    /// on events that ended in the last few days, so a scan at the real now would find the event too old).
    /// Runs once, with the stream's first load; does nothing when the analyst already has a subscription there.
    static func seedEarlyWarning(_ app: Application, event: PlantedEvent, pack: CityPack) async throws {
        guard let sql = app.db as? any SQLDatabase else { return }
        let digest = app.cg.emailDigest(analystEmail)
        guard let analyst = try await UserModel.query(on: app.db).filter(\.$emailDigest == digest).first(),
            let userID = analyst.id
        else { return }
        let store = EarlyWarningStore(sql: sql, cipher: app.cg.cipher)
        guard try await store.subscriptions(owner: .user(userID), city: pack.id).isEmpty else { return }
        let clock = CityClock(timeZoneIdentifier: pack.timeZone)
        let subscription = SubscriptionDTO(
            id: UUID(), userID: userID, apiTokenID: nil, city: pack.id, areas: event.seedAreas.sorted(),
            groups: [event.targetGroup], webhookURL: nil)
        try await store.createSubscription(
            subscription, now: localTime(day: event.startDay - subscribedDaysBefore, hour: 10, clock: clock))
        // No memo: the replayed periods are past ones no page asks for.
        let job = EarlyWarningJob(app: app, cache: nil)
        let started = Date()
        for day in event.startDay...(event.endDay + 1) {
            let report = try await job.scan(now: localTime(day: day, hour: replayHour, clock: clock))
            if report.alertsRecorded > 0 {
                app.logger.info(
                    "demo: early warning raised on day \(day - event.startDay + 1) of the planted event (replayed in \(Int(Date().timeIntervalSince(started) * 1000)) ms)")
                return
            }
        }
    }

    /// The instant of a local day and hour in the city.
    static func localTime(day: Int, hour: Int, clock: CityClock) -> Date {
        let naive = Date(timeIntervalSince1970: TimeInterval(day * 86_400 + hour * 3_600))
        return naive.addingTimeInterval(-TimeInterval(clock.offsetSeconds(at: naive)))
    }
}
