import CGSentiment
@testable import CGWeb
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Machine clients (a city's alerting system, a SIEM, a chat bot) manage their own early-warning subscriptions
/// with an API token: over real HTTP, on SQLite and PostgreSQL.
@Suite("Early warning with API tokens")
struct EarlyWarningTokenTests {
    static func bearer(_ token: String) -> HTTPHeaders { ["Authorization": "Bearer \(token)"] }

    static func list(_ response: ClientResponse) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [[String: Any]])
    }

    @Test("a token subscribes, lists and deletes only its own subscriptions; its alerts reach its webhook; a revoked token's stop",
          arguments: TestEngine.available)
    func tokenSubscriptions(engine: TestEngine) async throws {
        try await WebhookReceiver.with(refuseFirst: false) { try await run($0, engine) }
    }

    func run(_ receiver: WebhookReceiver, _ engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let email = "analyst@example.org"
            let analystUser = try await Fixtures.user(app, email: email, role: .analyst)
            let analyst = Browser(app)
            try await analyst.login(email, Fixtures.password)
            let creator = StaffDirectory.Actor(id: "user:\(analystUser.id)", label: "test")
            func token(_ name: String, _ permissions: String = "messages:read", by actor: StaffDirectory.Actor = creator)
                async throws -> (token: String, dto: APITokenDTO)
            {
                try await app.directory.createToken(
                    name: name, city: "london", permissions: permissions, scope: .city("london"), by: actor)
            }
            let siem = try await token("city siem")
            let bot = try await token("chat bot")
            let early = try await token("revoked early")
            let statsOnly = try await token("stats only", "stats:read")
            let script = try await token("script", by: .commandLine)
            let hook = "http://127.0.0.1:\(receiver.port)/hook"
            func subscribe(_ token: String, _ json: String) async throws -> ClientResponse {
                try await app.sendJSON(.POST, "/api/v1/analysis/subscriptions", json: json, headers: Self.bearer(token))
            }
            func body(_ who: String) -> String {
                #"{"city": "london", "areas": ["\#(PlantedStream.b)"], "groups": ["muslims"], "webhookURL": "\#(hook)?\#(who)"}"#
            }

            // Each token makes its own subscription, owned by it and by its creator.
            let made = try await subscribe(siem.token, body("who=siem"))
            #expect(made.status == .ok, "\(made.status) \(made.text.prefix(300))")
            let siemSubscription = try made.json()
            #expect(siemSubscription["apiTokenID"] as? String == siem.dto.id.uuidString)
            #expect(siemSubscription["userID"] as? String == analystUser.id.uuidString)
            let siemID = try #require(siemSubscription["id"] as? String)
            let botMade = try await subscribe(bot.token, body("who=bot&refuse=1"))
            #expect(botMade.status == .ok)
            let botID = try #require(try botMade.json()["id"] as? String)
            let earlyMade = try await subscribe(early.token, body("who=early"))
            #expect(earlyMade.status == .ok)
            let earlyID = try #require(try earlyMade.json()["id"] as? String)
            try await app.directory.revokeToken(id: early.dto.id, scope: .city("london"), by: creator)

            // The analyst's own subscription, in a session.
            try await analyst.get("/analysis/alerts")
            let own = try await analyst.post("/analysis/alerts/subscriptions", ["city": "london", "groups": "muslims"])
            #expect(own.status == .seeOther || own.status == .found, "\(own.status) \(own.text.prefix(300))")

            // Lists: a token sees only its own; the session only the user's own.
            let siemList = try Self.list(try await app.send(.GET, "/api/v1/analysis/subscriptions", headers: Self.bearer(siem.token)))
            #expect(siemList.map { $0["id"] as? String } == [siemID])
            #expect(siemList.first?["webhookURL"] as? String == "\(hook)?who=siem", "the token reads its URL back")
            let botList = try Self.list(try await app.send(.GET, "/api/v1/analysis/subscriptions", headers: Self.bearer(bot.token)))
            #expect(botList.map { $0["id"] as? String } == [botID])
            let sessionList = try Self.list(try await analyst.get("/api/v1/analysis/subscriptions"))
            #expect(sessionList.count == 1)
            #expect(sessionList.first?["apiTokenID"] == nil)
            let ownID = try #require(sessionList.first?["id"] as? String)
            #expect(![siemID, botID, earlyID].contains(ownID))
            // The creator's page shows the tokens' subscriptions read-only, by token name, the revoked one marked.
            let page = try await analyst.get("/analysis/alerts")
            #expect(page.text.contains("Subscriptions of my API tokens"))
            #expect(page.text.contains("API token “city siem”"))
            #expect(page.text.contains("API token “revoked early”"))
            #expect(page.text.contains("revoked, nothing is delivered"))
            #expect(!page.text.contains(AnalysisRoute.unsubscribe(id: siemID).path), "no delete button for a token's subscription")
            #expect(page.text.contains(AnalysisRoute.unsubscribe(id: ownID).path))

            // A token reads the city's alerts like an analyst.
            #expect(try await app.send(.GET, "/api/v1/analysis/alerts", headers: Self.bearer(siem.token)).status == .ok)

            // Bad fields: 422 naming each field.
            let bad = try await subscribe(
                siem.token, #"{"city": "london", "areas": ["NOPE"], "groups": ["martians"], "webhookURL": "ftp://x.example.org/"}"#)
            #expect(bad.status == .unprocessableEntity)
            let fields = try #require(try bad.json()["fields"] as? [String: String])
            #expect(Set(fields.keys) == ["areas", "groups", "webhookURL"])
            let unknownCity = try await subscribe(siem.token, #"{"city": "atlantis"}"#)
            #expect(unknownCity.status == .unprocessableEntity)
            #expect((try unknownCity.json()["fields"] as? [String: String])?["city"] != nil)
            let wrongType = try await subscribe(siem.token, #"{"city": "london", "areas": "E09000025"}"#)
            #expect(wrongType.status == .badRequest)

            // Permissions: messages:read in the city, and a creating staff user.
            #expect(try await subscribe(siem.token, #"{"city": "barcelona"}"#).status == .forbidden)
            #expect(try await subscribe(statsOnly.token, #"{"city": "london"}"#).status == .forbidden)
            #expect(try await app.send(.GET, "/api/v1/analysis/subscriptions", headers: Self.bearer(statsOnly.token)).status == .forbidden)
            let orphan = try await subscribe(script.token, #"{"city": "london"}"#)
            #expect(orphan.status == .forbidden)
            #expect((try orphan.json()["error"] as? String)?.contains("not created by a staff user") == true)
            #expect(try await app.send(.GET, "/api/v1/analysis/subscriptions", headers: Self.bearer(script.token)).status == .forbidden)
            // It may still read the alerts page (it has messages:read); the page lists no subscription of its own.
            #expect(try await app.send(.GET, "/analysis/alerts", headers: Self.bearer(script.token)).status == .ok)

            // A revoked token is refused.
            #expect(try await app.send(.GET, "/api/v1/analysis/subscriptions", headers: Self.bearer(early.token)).status == .unauthorized)
            #expect(try await subscribe(early.token, body("who=again")).status == .unauthorized)

            // Nobody deletes another's subscription: 404, and it stays.
            for (token, id) in [(siem.token, botID), (siem.token, ownID), (bot.token, siemID), (siem.token, UUID().uuidString)] {
                let response = try await app.send(.DELETE, "/api/v1/analysis/subscriptions/\(id)", headers: Self.bearer(token))
                #expect(response.status == .notFound, "\(id)")
            }
            try await analyst.get("/analysis/alerts")
            #expect(try await analyst.post("/analysis/alerts/subscriptions/\(siemID)/delete", [:]).status == .notFound)
            #expect(try Self.list(try await app.send(.GET, "/api/v1/analysis/subscriptions", headers: Self.bearer(siem.token))).count == 1)
            #expect(try Self.list(try await app.send(.GET, "/api/v1/analysis/subscriptions", headers: Self.bearer(bot.token))).count == 1)
            #expect(try Self.list(try await analyst.get("/api/v1/analysis/subscriptions")).count == 1)

            // The spike: alerts for the session's and the live tokens' subscriptions, none for the revoked token's;
            // the SIEM's webhook accepts, the bot's refuses (and would be retried).
            let job = EarlyWarningJob(app: app.app)
            let first = try await job.run(now: app.clock.now)
            #expect(first.alertsRecorded == 3)
            #expect(first.deliveriesAttempted == 2)
            #expect(first.deliveriesSucceeded == 1)
            #expect(try await alertCount(app, subscription: siemID) == 1)
            #expect(try await alertCount(app, subscription: botID) == 1)
            #expect(try await alertCount(app, subscription: earlyID) == 0)
            #expect(Set(receiver.urls) == ["/hook?who=siem", "/hook?who=bot&refuse=1"])
            let siemIndex = try #require(receiver.urls.firstIndex(of: "/hook?who=siem"))
            let payload = try #require(
                try JSONSerialization.jsonObject(with: Data(receiver.deliveries[siemIndex].utf8)) as? [String: Any])
            #expect(payload["eventKey"] as? String == "london/muslims/" + Timestamp.dayLabel(stream.eventStart))

            // Revoking the bot's token stops its pending retry; the token is refused from then on.
            try await app.directory.revokeToken(id: bot.dto.id, scope: .city("london"), by: creator)
            #expect(try await app.send(.GET, "/api/v1/analysis/subscriptions", headers: Self.bearer(bot.token)).status == .unauthorized)
            app.clock.advance(by: EarlyWarningJob.retryBase + 1)
            let second = try await job.run(now: app.clock.now)
            #expect(second.deliveriesAttempted == 0)
            #expect(receiver.urls.count == 2)

            // The SIEM deletes its subscription (and its alert); the analyst's own is untouched.
            let deleted = try await app.send(.DELETE, "/api/v1/analysis/subscriptions/\(siemID)", headers: Self.bearer(siem.token))
            #expect(deleted.status == .noContent)
            #expect(try Self.list(try await app.send(.GET, "/api/v1/analysis/subscriptions", headers: Self.bearer(siem.token))).isEmpty)
            #expect(try await alertCount(app, subscription: siemID) == 0)
            #expect(try Self.list(try await analyst.get("/api/v1/analysis/subscriptions")).map { $0["id"] as? String } == [ownID])
        }
    }

    /// Who owns the subscriptions of `disabledUser`: the analyst's session, or an API token the analyst made.
    enum Owner: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case session, token
        var testDescription: String { rawValue }
    }

    /// One harmless message for the source `city-forum`.
    static let quietBatch = #"""
        {"source":"city-forum","city":"london","messages":[{"id":"q1","timestamp":"2026-09-01T10:06:00Z","text":"Quiet evening","author_id":"x3"}]}
        """#

    @Test("a disabled analyst's own subscriptions and the API tokens they made stop (401, no new alerts, no retries) until they are enabled again",
          arguments: TestEngine.available, Owner.allCases)
    func disabledUser(engine: TestEngine, owner: Owner) async throws {
        try await WebhookReceiver.with(refuseFirst: false) { receiver in
            try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
                let stream = PlantedStream(now: app.clock.now)
                try await stream.write(try app.sql)
                let hook = "http://127.0.0.1:\(receiver.port)/hook"
                var ids: [String: UUID] = [:]
                var tokens: [String: String] = [:]
                for who in ["early", "late", "stays"] {
                    let email = "\(who)@example.org"
                    let user = try await Fixtures.user(app, email: email, role: .analyst)
                    ids[who] = user.id
                    // "late" refuses its first delivery, so a retry is waiting when it is disabled.
                    let url = "\(hook)?" + (who == "late" ? "who=late&refuse=1" : "who=\(who)")
                    switch owner {
                    case .session:
                        let browser = Browser(app)
                        try await browser.login(email, Fixtures.password)
                        try await browser.get("/analysis/alerts")
                        let made = try await browser.post(
                            "/analysis/alerts/subscriptions", ["city": "london", "groups": "muslims", "webhookURL": url])
                        #expect(made.status == .seeOther || made.status == .found, "\(made.status)")
                    case .token:
                        let token = try await app.directory.createToken(
                            name: "\(who) siem", city: "london", permissions: "messages:read,messages:write",
                            scope: .city("london"), by: .init(id: "user:\(user.id)", label: "test")
                        ).token
                        tokens[who] = token
                        let made = try await app.sendJSON(
                            .POST, "/api/v1/analysis/subscriptions",
                            json: #"{"city": "london", "groups": ["muslims"], "webhookURL": "\#(url)"}"#, headers: Self.bearer(token))
                        #expect(made.status == .ok, "\(made.status) \(made.text.prefix(300))")
                    }
                }
                let admin = try await Fixtures.signedIn(app)
                let source = #"{"name":"city-forum","platform":"forum","collectionMethod":"export","termsOfUse":"agreement"}"#
                if let early = tokens["early"] {
                    // It works: it reads an analysis and registers a source for ingest.
                    #expect(try await app.send(.GET, "/api/v1/analysis/alerts", headers: Self.bearer(early)).status == .ok)
                    #expect(try await app.sendJSON(.POST, "/api/v1/sources", json: source, headers: Self.bearer(early)).status == .created)
                }
                try await app.directory.disable(userID: try #require(ids["early"]), scope: .all, by: .commandLine)

                if let early = tokens["early"], let stays = tokens["stays"] {
                    // The disabled analyst's token is refused on analysis and ingest routes, with the reason.
                    for response in [
                        try await app.send(.GET, "/api/v1/analysis/alerts", headers: Self.bearer(early)),
                        try await app.send(.GET, "/api/v1/analysis/subscriptions", headers: Self.bearer(early)),
                        try await app.sendJSON(.POST, "/api/v1/messages", json: Self.quietBatch, headers: Self.bearer(early)),
                    ] {
                        #expect(response.status == .unauthorized)
                        #expect(try response.json()["error"] as? String == BearerTokenMiddleware.creatorDisabled)
                    }
                    #expect(try await app.send(.GET, "/api/v1/analysis/alerts", headers: Self.bearer(stays)).status == .ok)
                    // The administrator's token list marks it suspended, and only it.
                    let page = try await admin.get("/admin")
                    #expect(page.text.components(separatedBy: "Suspended — creator disabled").count == 2)
                }

                let job = EarlyWarningJob(app: app.app)
                let first = try await job.run(now: app.clock.now)
                #expect(first.alertsRecorded == 2, "the disabled analyst's subscription makes no alert")
                #expect(Set(receiver.urls) == ["/hook?who=late&refuse=1", "/hook?who=stays"])

                try await app.directory.disable(userID: try #require(ids["late"]), scope: .all, by: .commandLine)
                app.clock.advance(by: EarlyWarningJob.retryBase + 1)
                let second = try await job.run(now: app.clock.now)
                #expect(second.deliveriesAttempted == 0, "the retry of a now disabled analyst's alert is not sent")
                #expect(receiver.urls.count == 2)

                // The administrator enables both again: nothing was deleted, so everything resumes.
                for who in ["early", "late"] {
                    try await admin.get("/admin")
                    let enabled = try await admin.post(SiteRoute.adminUserEnable(id: try #require(ids[who]).uuidString).path, [:])
                    #expect(enabled.status == .ok, "\(enabled.status) \(enabled.text.prefix(300))")
                }
                #expect(!(try await admin.get("/admin")).text.contains("Suspended — creator disabled"))
                let third = try await job.run(now: app.clock.now)
                #expect(third.alertsRecorded == 1, "the first analyst's subscription now alerts")
                #expect(third.deliveriesAttempted == 2, "that alert and the waiting retry are sent")
                #expect(receiver.urls.filter { $0 == "/hook?who=early" }.count == 1)
                #expect(receiver.urls.filter { $0 == "/hook?who=late&refuse=1" }.count == 2)
                if let early = tokens["early"] {
                    #expect(try await app.send(.GET, "/api/v1/analysis/alerts", headers: Self.bearer(early)).status == .ok)
                    let ingested = try await app.sendJSON(.POST, "/api/v1/messages", json: Self.quietBatch, headers: Self.bearer(early))
                    #expect(ingested.status == .ok, "\(ingested.status) \(ingested.text.prefix(300))")
                    #expect(try ingested.json()["stored"] as? Int == 1)
                }
            }
        }
    }

    func alertCount(_ app: TestApp, subscription: String) async throws -> Int {
        let id = try #require(UUID(uuidString: subscription))
        let row = try await app.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("analysis_alerts").where("subscription_id", .equal, id).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}
