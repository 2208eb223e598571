import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Synchronization
import Testing
import Vapor
import VaporTesting

/// A local webhook receiver on a free port. It refuses the first delivery (unless `refuseFirst` is false) and
/// every delivery whose URL asks for it (`refuse=1` in the query), and accepts the rest.
final class WebhookReceiver: Sendable {
    final class Box: Sendable {
        let received = Mutex<[String]>([])
        let urls = Mutex<[String]>([])
    }

    let app: Application
    let port: Int
    let box: Box

    private init(app: Application, port: Int, box: Box) {
        self.app = app
        self.port = port
        self.box = box
    }

    /// The bodies received, in order.
    var deliveries: [String] { box.received.withLock { $0 } }
    /// The URLs (path and query) of the deliveries, in order.
    var urls: [String] { box.urls.withLock { $0 } }

    static func start(refuseFirst: Bool = true) async throws -> WebhookReceiver {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        let box = Box()
        app.post("hook") { request -> HTTPStatus in
            let body = request.body.string ?? ""
            let count = box.received.withLock { list -> Int in
                list.append(body)
                return list.count
            }
            box.urls.withLock { $0.append(request.url.string) }
            let refused = (refuseFirst && count == 1) || request.url.query?.contains("refuse=1") == true
            return refused ? .serviceUnavailable : .ok
        }
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        guard let port = app.http.server.shared.localAddress?.port else { throw TestAppError("no receiver port") }
        return WebhookReceiver(app: app, port: port, box: box)
    }

    func stop() async {
        await app.server.shutdown()
        try? await app.asyncShutdown()
    }

    /// Runs `body` with a started receiver and stops it afterwards, also when `body` throws.
    static func with(refuseFirst: Bool = true, _ body: (WebhookReceiver) async throws -> Void) async throws {
        let receiver = try await start(refuseFirst: refuseFirst)
        do {
            try await body(receiver)
        } catch {
            await receiver.stop()
            throw error
        }
        await receiver.stop()
    }
}

@Suite("Early warning")
struct EarlyWarningTests {
    /// A secret in the webhook URL's query: it must be sealed at rest, in the subscription and the outbox.
    static let hookToken = "hooktoken-canary-5e1f"

    @Test("a planted spike raises one alert for a matching subscription; its webhook is retried until accepted; the URL is sealed at rest",
          arguments: TestEngine.available)
    func alertAndWebhook(engine: TestEngine) async throws {
        try await WebhookReceiver.with { try await run($0, engine) }
    }

    func run(_ receiver: WebhookReceiver, _ engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            try await analyst.get("/analysis/alerts")
            let subscribed = try await analyst.post(
                "/analysis/alerts/subscriptions",
                ["city": "london", "areas": PlantedStream.b, "groups": "muslims",
                 "webhookURL": "http://127.0.0.1:\(receiver.port)/hook?token=\(Self.hookToken)"])
            #expect(subscribed.status == .seeOther || subscribed.status == .found, "\(subscribed.status) \(subscribed.text.prefix(300))")
            try await analyst.get("/analysis/alerts")
            let unmatched = try await analyst.post("/analysis/alerts/subscriptions", ["city": "london", "groups": "jews"])
            #expect(unmatched.status == .seeOther || unmatched.status == .found)
            try await analyst.get("/analysis/alerts")
            let refused = try await analyst.post("/analysis/alerts/subscriptions", ["city": "london", "webhookURL": "javascript:alert(1)"])
            #expect(refused.status == .unprocessableEntity)

            let job = EarlyWarningJob(app: app.app)
            let first = try await job.run(now: app.clock.now)
            #expect(first.alertsRecorded == 1)
            #expect(first.deliveriesAttempted == 1)
            #expect(first.deliveriesSucceeded == 0)
            // Not yet due again: the retry waits.
            let second = try await job.run(now: app.clock.now)
            #expect(second.alertsRecorded == 0)
            #expect(second.deliveriesAttempted == 0)
            app.clock.advance(by: EarlyWarningJob.retryBase + 1)
            let third = try await job.run(now: app.clock.now)
            #expect(third.alertsRecorded == 0)
            #expect(third.deliveriesSucceeded == 1)
            #expect(receiver.deliveries.count == 2)
            let payload = try #require(receiver.deliveries.last)
            let posted = try #require(try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any])
            #expect(posted["eventKey"] as? String == "london/muslims/" + Timestamp.dayLabel(stream.eventStart))
            // The webhook links to the event's page, which answers for the analyst.
            let eventPage = try #require(posted["eventPage"] as? String)
            #expect(eventPage.hasPrefix("/analysis/events/muslims-") && eventPage.hasSuffix("?city=london"))
            #expect(try await analyst.get(eventPage).status == .ok)
            #expect(payload.contains(PlantedStream.b))
            #expect(!payload.contains(PlantedStream.canary))
            let mine = try await analyst.get("/api/v1/analysis/subscriptions")
            #expect(mine.status == .ok && mine.text.contains(Self.hookToken), "the owner reads the URL back")
            if engine == .sqlite {
                #expect(try await app.canariesReadableInDatabaseFiles([Self.hookToken]) == [])
            }

            let alerts = try await analyst.get("/api/v1/analysis/alerts")
            #expect(alerts.status == .ok)
            let list = try #require(try alerts.json()["result"] as? [[String: Any]])
            #expect(list.count == 1)
            let alert = try #require(list.first)
            #expect(alert["group"] as? String == "muslims")
            #expect(alert["startDay"] as? Int == stream.eventStart)
            #expect(Set(alert["areas"] as? [String] ?? []) == [PlantedStream.a, PlantedStream.b])
            #expect((alert["terms"] as? [String] ?? []).contains("market attack"))
            let dashboard = try await analyst.get("/analysis")
            #expect(dashboard.text.contains("market attack"))

            // Non-analysts cannot subscribe or read alerts.
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "case@example.org")
            #expect(try await caseworker.get("/api/v1/analysis/alerts").status == .forbidden)
        }
    }
}
