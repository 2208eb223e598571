import CGGeo
import CGSentiment
import CGWeb
import Foundation
import Testing
import VaporTesting

/// An event's words and the narratives, as an analyst reads them: as people write them ("regnbågsflaggan",
/// "bögar"), not folded ("regnbagsflaggan", "bogar"), with every spelling of a word counted together.
@Suite("Event words and narratives keep their diacritics")
struct EventSpellingTests {
    /// The planted event's messages of an area and day: six written with diacritics, two without, two in leetspeak.
    static let eventTexts = Array(repeating: "Förbjud regnbågsflaggan, bögar är äckliga", count: 6)
        + Array(repeating: "Förbjud regnbagsflaggan, bogar är äckliga", count: 2)
        + Array(repeating: "Förbjud regnb4gsflaggan, b0gar är äckliga!", count: 2)
    static let chatter = [
        "Regn hela veckan, som vanligt", "Bussen har stått still i tjugo minuter",
        "Torget hade färska jordgubbar i dag", "Boendemöte i morgon kväll", "Vet någon en bra rörmokare?",
    ]
    static let areas = ["Bromma", "Farsta", "Kungsholmen", "Skärholmen"]
    static let eventAreas = ["Bromma", "Farsta"]
    static let days = 28
    static let eventDays = 3

    /// Four weeks of Stockholm messages through the ingest service: chatter and one hateful message against gay
    /// people per area and day, and on the last three days the planted event in two areas.
    static func ingest(_ app: TestApp) async throws {
        try await ingest(
            app, city: "stockholm", areas: areas, eventAreas: eventAreas, chatter: chatter,
            daily: "jag hatar bögar, alla som en", event: eventTexts)
    }

    /// Four weeks of a city's messages: chatter and the `daily` hateful message per area and day, and on the last
    /// three days the `event` messages in each of `eventAreas` (the first two of `areas`).
    static func ingest(
        _ app: TestApp, city: String, areas: [String], eventAreas: [String], chatter: [String], daily: String,
        event: [String]
    ) async throws {
        let service = MessageIngestService(app: app.app)
        _ = try await service.register(.demo, actor: .commandLine)
        var messages: [IncomingMessage] = []
        let start = app.clock.now.addingTimeInterval(-Double(days) * 86_400)
        for day in 0..<days {
            for (a, area) in areas.enumerated() {
                var texts = (0..<20).map { chatter[($0 + day + a) % chatter.count] }
                texts.append(daily)
                if day >= days - eventDays && eventAreas.contains(area) { texts += event }
                for (k, text) in texts.enumerated() {
                    messages.append(
                        IncomingMessage(
                            id: "d\(day)-\(a)-\(k)", source: MessageSource.demo.name,
                            timestamp: start.addingTimeInterval(Double(day) * 86_400 + Double(k) * 60), text: text,
                            authorID: "author-\(a)-\(k % 7)", declaredLocation: area))
                }
            }
        }
        _ = try await service.ingest(
            MessageReadResult(messages: messages), source: MessageSource.demo.name, city: city, actor: .commandLine)
    }

    static func analyst(_ app: TestApp, city: String = "stockholm") async throws -> Browser {
        let email = "analys-\(city)@example.se"
        try await Fixtures.user(app, email: email, role: .analyst, city: city)
        let browser = Browser(app)
        _ = try await browser.login(email, Fixtures.password)
        return browser
    }

    @Test("the event's words in JSON and on the page: written with diacritics, every spelling counted",
          arguments: TestEngine.available)
    func eventWords(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            try await Self.ingest(app)
            let analyst = try await Self.analyst(app)
            let response = try await analyst.get("/api/v1/analysis/events?city=stockholm&group=lgb")
            #expect(response.status == .ok)
            let events = try #require(try response.json()["result"] as? [[String: Any]])
            let event = try #require(
                events.first { $0["targetGroup"] as? String == "lgb" }, "\(response.text.prefix(600))")
            let terms = (event["terms"] as? [[String: Any]] ?? []).compactMap { term in
                (term["term"] as? String).map { ($0, term["targetCount"] as? Int ?? 0) }
            }
            let words = Dictionary(terms, uniquingKeysWith: +)
            #expect(words["regnbågsflaggan"] != nil, "\(terms)")
            // 36 messages wrote it with its "å"; the 24 others without or in leetspeak count with them.
            #expect((words["regnbågsflaggan"] ?? 0) > 36, "\(terms)")
            #expect(!words.keys.contains { $0.contains("regnbagsflaggan") || $0.contains("ackliga") }, "\(terms)")
            #expect(words.keys.contains { $0.contains("äckliga") }, "\(terms)")
            let page = try await analyst.get("/analysis/events?city=stockholm&group=lgb")
            #expect(page.status == .ok)
            #expect(page.text.contains("regnbågsflaggan"))
            #expect(!page.text.contains("regnbagsflaggan"))
        }
    }

    @Test("the narratives in JSON and on the page: written with diacritics", arguments: TestEngine.available)
    func narrativeWords(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            try await Self.ingest(app)
            let analyst = try await Self.analyst(app)
            let response = try await analyst.get("/api/v1/analysis/segments?city=stockholm&group=lgb")
            #expect(response.status == .ok)
            let result = try #require(try response.json()["result"] as? [String: Any])
            let narratives = try #require(result["narratives"] as? [[String: Any]])
            let terms = narratives.flatMap { $0["terms"] as? [String] ?? [] }
            #expect(terms.contains("regnbågsflaggan"), "\(narratives)")
            #expect(!terms.contains { $0.contains("regnbagsflaggan") || $0.contains("ackliga") }, "\(terms)")
            let page = try await analyst.get("/analysis/segments?city=stockholm&group=lgb")
            #expect(page.status == .ok)
            #expect(page.text.contains("regnbågsflaggan"))
            #expect(!page.text.contains("regnbagsflaggan"))
        }
    }
}
