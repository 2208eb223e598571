import CGGeo
import CGSentiment
@testable import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The early-warning job warms the dashboard's trigger-event memo, so the first dashboard load after an ingest
/// is served from it; a new ingest or a deletion changes the key, and the next request recomputes.
@Suite("Trigger-event memo warmed by the early-warning job")
struct EventMemoTests {
    /// A hateful message against Muslims (the classifier labels it so) placed by its coordinates in
    /// `PlantedStream.a` (Tower Hamlets), on the test clock's day: inside the planted event.
    static func hatefulBatch(id: String, at now: Date) -> String {
        let stamp = ISO8601DateFormatter().string(from: now)
        return """
            {"source":"city-forum","city":"london","messages":[
              {"id":"\(id)","timestamp":"\(stamp)","text":"I hate Muslims, every single one of them","author_id":"x1",
               "language":"en","latitude":51.5155,"longitude":-0.0361}
            ]}
            """
    }

    /// An ingest token, with the `city-forum` source registered.
    static func writer(_ app: TestApp) async throws -> HTTPHeaders {
        let writer = try await MessagesAPITests.token(app, permissions: "messages:write,messages:read")
        let registered = try await app.sendJSON(
            .POST, "/api/v1/sources",
            json: #"{"name":"city-forum","platform":"forum","collectionMethod":"export","termsOfUse":"agreement"}"#,
            headers: writer)
        #expect(registered.status == .created)
        return writer
    }

    /// Ingests one hateful message over HTTP and checks it was stored in area A as hateful against Muslims.
    static func ingestHateful(_ app: TestApp, _ writer: HTTPHeaders, id: String) async throws {
        let response = try await app.sendJSON(.POST, "/api/v1/messages", json: hatefulBatch(id: id, at: app.clock.now), headers: writer)
        #expect(response.status == .ok, "\(response.text.prefix(300))")
        #expect(try response.json()["stored"] as? Int == 1)
        let row = try #require(
            try await app.sql.select().from("online_messages").columns("area", "hateful", "targets")
                .where("message_id", .equal, id).first())
        #expect(try row.decode(column: "area", as: String.self) == PlantedStream.a)
        #expect(try row.decode(column: "hateful", as: Bool.self))
        #expect(try row.decode(column: "targets", as: String.self).contains("muslims"))
    }

    /// The planted anti-Muslim event of the default period, as `/api/v1/analysis/events` answers it: hateful
    /// messages observed city-wide and in area A.
    static func plantedEvent(_ analyst: Browser, query: String = "") async throws -> (city: Double, areaA: Double) {
        let response = try await analyst.get("/api/v1/analysis/events?group=muslims" + query)
        #expect(response.status == .ok)
        let events = try #require(try response.json()["result"] as? [[String: Any]])
        let event = try #require(events.first { $0["targetGroup"] as? String == "muslims" })
        let areas = try #require(event["areas"] as? [[String: Any]])
        let a = try #require(areas.first { $0["areaCode"] as? String == PlantedStream.a })
        return (try #require(event["observed"] as? Double), try #require(a["observed"] as? Double))
    }

    static func statistics(_ app: TestApp) async throws -> EventCache.Statistics {
        await (try #require(app.app.eventCache)).statistics
    }

    @Test("after one job run the dashboard's events are memo hits; a new ingest and a deletion change the key, and the change shows",
          arguments: TestEngine.available)
    func jobWarmsTheDashboard(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let job = EarlyWarningJob(app: app.app)
            #expect(try await Self.statistics(app) == .init(computations: 0, hits: 0))

            // No subscription in London: the memo is warmed all the same.
            let first = try await job.run(now: app.clock.now)
            #expect(first.citiesWarmed == 1)
            #expect(first.citiesScanned == 0)
            #expect(try await Self.statistics(app) == .init(computations: 1, hits: 0))
            let before = try await Self.plantedEvent(analyst)
            #expect(try await Self.statistics(app) == .init(computations: 1, hits: 1), "the events request was a hit")
            let dashboard = try await analyst.get("/analysis")
            #expect(dashboard.status == .ok)
            #expect(dashboard.text.contains("market attack"))
            #expect(try await Self.statistics(app) == .init(computations: 1, hits: 2), "the dashboard was a hit")

            // Nothing changed: the job computes nothing.
            #expect(try await job.run(now: app.clock.now).citiesWarmed == 0)
            #expect(try await Self.statistics(app).computations == 1)
            // Control: another period is not what the job warmed, and is computed.
            let from = Timestamp.dayLabel(stream.today - 54), to = Timestamp.dayLabel(stream.today)
            _ = try await Self.plantedEvent(analyst, query: "&from=\(from)&to=\(to)")
            #expect(try await Self.statistics(app).computations == 2)

            // A new ingest through the API: the job warms the new key, the next request is a hit and counts it.
            let writer = try await Self.writer(app)
            try await Self.ingestHateful(app, writer, id: "h1")
            let second = try await job.run(now: app.clock.now)
            #expect(second.citiesWarmed == 1)
            #expect(try await Self.statistics(app).computations == 3)
            let ingested = try await Self.plantedEvent(analyst)
            #expect(try await Self.statistics(app).computations == 3, "served from the memo the job warmed")
            #expect(ingested.city == before.city + 1)
            #expect(ingested.areaA == before.areaA + 1)

            // A deletion, no job run: the next request recomputes, and the message no longer counts.
            #expect(try await app.send(.DELETE, "/api/v1/messages/city-forum/h1", headers: writer).status == .ok)
            let deleted = try await Self.plantedEvent(analyst)
            #expect(try await Self.statistics(app).computations == 4)
            #expect(deleted.city == before.city)
            #expect(deleted.areaA == before.areaA)
            // And the job, run now, finds the memo already current.
            #expect(try await job.run(now: app.clock.now).citiesWarmed == 0)
        }
    }

    @Test("the server's loop warms the memo at start and soon after an API ingest, so the next events request is a hit",
          arguments: TestEngine.available)
    func serverLoopWarmsAfterIngest(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: {
            // Only the change probe can run the job after the first run.
            $0.environment["CG_EARLY_WARNING_INTERVAL"] = "3600"
            $0.environment["CG_EARLY_WARNING_PROBE"] = "0.05"
        }) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let writer = try await Self.writer(app)
            try await app.app.asyncBoot()
            try await Self.waitUntilWarm(app)
            let before = try await Self.plantedEvent(analyst)
            #expect(try await Self.statistics(app) == .init(computations: 1, hits: 1))

            try await Self.ingestHateful(app, writer, id: "h1")
            try await Self.waitUntilWarm(app)
            let after = try await Self.plantedEvent(analyst)
            #expect(try await Self.statistics(app) == .init(computations: 2, hits: 2), "the loop computed, the request hit")
            #expect(after.city == before.city + 1)
        }
    }

    /// Waits (at most two minutes, polling) until the memo holds London's default events for what is stored now.
    static func waitUntilWarm(_ app: TestApp) async throws {
        let cache = try #require(app.app.eventCache)
        let service = AnalysisService(sql: try app.sql)
        let pack = try #require(CityPacks.pack(id: "london"))
        let key = try await service.eventKey(city: "london", period: AnalysisQuery.defaultPeriod(pack, now: app.clock.now))
        for _ in 0..<1_200 {
            if await cache.contains(key) { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        Issue.record("the early-warning loop did not warm the memo within two minutes")
    }

    @Test("the loop's schedule: a settled change runs the job at once, a stream of changes at most every minute, and the interval always")
    func schedule() {
        var schedule = EarlyWarningSchedule(interval: 300, maximumDelay: 60)
        #expect(schedule.isDue(now: 0, stamp: "a"), "the first probe runs")
        schedule.ran(now: 0, stamp: "a")
        #expect(!schedule.isDue(now: 5, stamp: "a"))
        schedule.probed(now: 5, stamp: "a")
        #expect(!schedule.isDue(now: 10, stamp: "b"), "a change waits one probe to settle")
        schedule.probed(now: 10, stamp: "b")
        #expect(schedule.isDue(now: 15, stamp: "b"))
        schedule.ran(now: 15, stamp: "b")
        // Batches arriving at every probe: the job runs once the first change is a minute old.
        var t = 20.0
        while !schedule.isDue(now: t, stamp: "c\(t)") {
            schedule.probed(now: t, stamp: "c\(t)")
            t += 5
        }
        #expect(t == 80)
        schedule.ran(now: t, stamp: "c\(t)")
        // No change and no probe: only the interval.
        #expect(!schedule.isDue(now: 379, stamp: nil))
        #expect(schedule.isDue(now: 380, stamp: nil))
    }
}
