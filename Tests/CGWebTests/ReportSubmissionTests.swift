import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Public incident reports")
struct ReportSubmissionTests {
    static let validJSON = """
        {"city":"london","area":"E09000030","type":"verbal_abuse","description":"Shouted at on the bus.",
         "characteristics":["religion"],"religion":"muslim","date":"2026-09-01","time":"18:30","reporter":"victim"}
        """

    static func count(_ app: TestApp, _ table: String = "incident_reports") async throws -> Int {
        struct Row: Decodable { var n: Int }
        return try await app.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first(decoding: Row.self)?.n ?? -1
    }

    @Test("the form lists the areas and draws a tile map whose tiles choose an area", arguments: TestEngine.available)
    func form(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let page = try await app.send(.GET, "/report?city=london")
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg"))
            #expect(page.text.contains("href=\"/report?city=london&amp;area=E09000030\""))
            #expect(page.text.contains("<option value=\"E09000030\""))
            #expect(!page.text.contains("<script"))
            let chosen = try await app.send(.GET, "/report?city=london&area=E09000030")
            #expect(chosen.text.contains("<option value=\"E09000030\" selected=\"selected\""))
        }
    }

    @Test("every city's area picker has a tile with a distinct label for every area")
    func tileLabels() async throws {
        try await TestApp.with(.sqlite) { app in
            let cities = try await app.send(.GET, "/api/v1/cities")
            let ids = (try JSONSerialization.jsonObject(with: Data(cities.text.utf8)) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids.count >= 6)
            for id in ids {
                let page = try await app.send(.GET, "/report?city=\(id)").text
                let svg = String(page[(page.range(of: "<svg")?.lowerBound ?? page.startIndex)...])
                let links = svg.components(separatedBy: "href=\"/report?city=\(id)&amp;area=").count - 1
                let texts = try NSRegularExpression(pattern: "<text[^>]*>([^<]*)</text>")
                    .matches(in: svg, range: NSRange(svg.startIndex..., in: svg))
                    .compactMap { Range($0.range(at: 1), in: svg).map { String(svg[$0]) } }
                #expect(links > 0)
                #expect(Set(texts).count == texts.count, "\(id) has tiles with the same label")
            }
        }
    }

    @Test("a report through the API gets a reference and a private follow-up page", arguments: TestEngine.available)
    func apiSubmission(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let response = try await app.sendJSON(.POST, "/api/v1/reports", json: Self.validJSON)
            #expect(response.status == .created, "\(response.text)")
            let body = try response.json()
            let reference = try #require(body["reference"] as? String)
            #expect(reference.range(of: #"^CG-[2-9A-Z]{4}-[2-9A-Z]{4}$"#, options: .regularExpression) != nil)
            let path = try #require(body["followUpPath"] as? String)
            let followUp = try await app.send(.GET, path)
            #expect(followUp.status == .ok)
            #expect(followUp.text.contains(reference))
            #expect(followUp.text.contains("Received"))
            #expect(!followUp.text.contains("Shouted at on the bus"), "the description is not shown back")
            let unknown = try await app.send(.GET, "/report/follow-up/" + String(repeating: "A", count: 43))
            #expect(unknown.status == .notFound)
            #expect(try await Self.count(app) == 1)
            #expect(try await Self.count(app, "incident_characteristics") == 1)
        }
    }

    @Test("invalid reports get 422 with a reason per field, and wrong types 400", arguments: TestEngine.available)
    func validation(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let future = """
                {"city":"london","area":"NOPE","type":"shouting","description":"\(String(repeating: "x", count: 5001))",
                 "characteristics":["martian"],"date":"2099-01-01","reporter":"victim","religion":"muslim",
                 "contact":{"email":"not-an-email"},"link":"javascript:alert(1)"}
                """
            let response = try await app.sendJSON(.POST, "/api/v1/reports", json: future)
            #expect(response.status == .unprocessableEntity)
            let fields = try #require(try response.json()["fields"] as? [String: String])
            for field in ["area", "type", "description", "characteristics", "date", "contact.email", "consentToContact", "link"] {
                #expect(fields[field] != nil, "no reason for \(field): \(fields)")
            }
            let empty = try await app.sendJSON(.POST, "/api/v1/reports", json: "{}")
            let emptyFields = try #require(try empty.json()["fields"] as? [String: String])
            #expect(Set(["city", "type", "description", "characteristics", "date", "reporter"]).isSubset(of: Set(emptyFields.keys)))
            let badDate = try await app.sendJSON(
                .POST, "/api/v1/reports", json: Self.validJSON.replacingOccurrences(of: "2026-09-01", with: "2026-02-30"))
            #expect(try badDate.json()["fields"].flatMap { ($0 as? [String: String])?["date"] } != nil)
            let wrongType = try await app.sendJSON(.POST, "/api/v1/reports", json: #"{"city":5}"#)
            #expect(wrongType.status == .badRequest)
            let garbage = try await app.sendJSON(.POST, "/api/v1/reports", json: "<xml/>")
            #expect(garbage.status == .badRequest)
            #expect(try await Self.count(app) == 0)
        }
    }

    @Test("the same Idempotency-Key returns the same reference and stores once", arguments: TestEngine.available)
    func idempotency(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let key: HTTPHeaders = ["Idempotency-Key": "5f0c1a9e-retry-test"]
            let first = try await app.sendJSON(.POST, "/api/v1/reports", json: Self.validJSON, headers: key)
            #expect(first.status == .created)
            let second = try await app.sendJSON(.POST, "/api/v1/reports", json: Self.validJSON, headers: key)
            #expect(second.status == .ok)
            #expect(try first.json()["reference"] as? String == second.json()["reference"] as? String)
            #expect(try first.json()["followUpToken"] as? String == second.json()["followUpToken"] as? String)
            let different = try await app.sendJSON(
                .POST, "/api/v1/reports", json: Self.validJSON.replacingOccurrences(of: "bus", with: "train"), headers: key)
            #expect(different.status == .unprocessableEntity)
            #expect(try await Self.count(app) == 1)
            let concurrent: HTTPHeaders = ["Idempotency-Key": "concurrent-key"]
            let references = try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        try await app.sendJSON(.POST, "/api/v1/reports", json: Self.validJSON, headers: concurrent)
                            .json()["reference"] as? String
                    }
                }
                var all: Set<String?> = []
                for try await reference in group { all.insert(reference) }
                return all
            }
            #expect(references.count == 1 && references.first! != nil)
            #expect(try await Self.count(app) == 2)
        }
    }

    @Test("the form stores a report, keeps values on errors, and a filled honeypot stores nothing", arguments: TestEngine.available)
    func formSubmission(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let browser = Browser(app)
            try await browser.get("/report?city=london")
            var fields = [
                "city": "london", "area": "E09000030", "type": "threats", "description": "Threatened outside the shop.",
                "c_race_ethnicity": "1", "date": "2026-09-01", "reporter": "witness",
            ]
            let missing = try await browser.post("/report", fields.merging(["date": ""]) { $1 })
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.text.contains("Threatened outside the shop."), "values are kept")
            #expect(missing.text.contains("is required"))
            let stored = try await browser.post("/report", fields)
            #expect(stored.status == .created, "\(stored.text.prefix(500))")
            #expect(stored.text.contains("/report/follow-up/"))
            // The text to copy is the whole address, not a bare path that leads nowhere once pasted.
            #expect(stored.text.contains(">http://127.0.0.1:\(app.port)/report/follow-up/"), "\(stored.text.suffix(800))")
            #expect(try await Self.count(app) == 1)
            fields["website"] = "http://spam.example"
            let bot = try await browser.post("/report", fields)
            #expect(bot.status == .created)
            #expect(bot.text.contains("CG-"))
            #expect(try await Self.count(app) == 1, "the honeypot stores nothing")
        }
    }

    @Test("an unreadable coordinate is listed with every other problem of the form, not alone")
    func unreadableCoordinate() async throws {
        try await TestApp.with(.sqlite) { app in
            let browser = Browser(app)
            try await browser.get("/report?city=london")
            let response = try await browser.post(
                "/report",
                ["city": "london", "latitude": "51,5x", "longitude": "-0.03", "type": "threats", "date": "2026-09-01",
                 "c_race_ethnicity": "1", "email": "not an address"])
            #expect(response.status == .unprocessableEntity)
            for line in [
                "Latitude: must be a number", "Description: is required", "You are: is required",
                "E-mail address: must be an e-mail address",
            ] {
                #expect(response.text.contains("<li>\(line)"), "\(line) missing: \(BrowserFormTests.alert(response.text))")
            }
            #expect(try await Self.count(app) == 0)
            // The summary reads in the form's order: what happened, the description, who, when, where, who you are.
            let empty = try await browser.post("/report", ["city": "london"])
            let positions = ["What happened:", "Description:", "Who was targeted:", "Date:", "Area:", "You are:"]
                .map { empty.text.range(of: "<li>\($0)")?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "\(BrowserFormTests.alert(empty.text))")
            let found = positions.compactMap { $0 }
            #expect(found == found.sorted(), "\(BrowserFormTests.alert(empty.text))")
        }
    }

    @Test("a report whose form token was lost comes back filled in, unsent; sent again it is stored",
          arguments: TestEngine.available)
    func lostFormToken(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let reporter = Browser(app)
            try await reporter.get("/report?city=london&lang=es")
            // The phone's browser restarted while the reporter was writing: the cookie with the token is gone.
            reporter.forget("cg_csrf")
            let fields = [
                "city": "london", "area": "E09000030", "type": "threats", "description": "Me amenazaron en la parada.",
                "c_race_ethnicity": "1", "date": "2026-09-01", "reporter": "victim",
            ]
            let back = try await reporter.post("/report", fields)
            #expect(back.status == .unprocessableEntity)
            #expect(back.text.contains("Me amenazaron en la parada."), "what was written is kept")
            #expect(back.text.contains("el formulario había caducado"), "\(BrowserFormTests.alert(back.text))")
            #expect(try await Self.count(app) == 0)
            let stored = try await reporter.post("/report", fields)
            #expect(stored.status == .created, "\(BrowserFormTests.alert(stored.text))")
            #expect(try await Self.count(app) == 1)

            // Signed-in staff and other forms still get the plain refusal.
            let other = Browser(app)
            try await other.get("/login")
            other.forget("cg_csrf")
            #expect(try await other.post("/login", ["email": "x@example.org", "password": "y"]).status == .forbidden)
        }
    }

    @Test("a reporter adds information through the follow-up link")
    func followUpMessage() async throws {
        try await TestApp.with(.sqlite) { app in
            let receipt = try await app.sendJSON(.POST, "/api/v1/reports", json: Self.validJSON).json()
            let path = try #require(receipt["followUpPath"] as? String)
            let browser = Browser(app)
            try await browser.get(path)
            let added = try await browser.post(path, ["message": "He came back the next day."])
            #expect(added.status == .ok)
            #expect(added.text.contains("Thank you"))
            #expect(try await Self.count(app, "incident_report_messages") == 1)
            let empty = try await browser.post(path, ["message": "  "])
            #expect(empty.status == .unprocessableEntity)
        }
    }

    @Test("the follow-up API shows the status and takes more information")
    func followUpAPI() async throws {
        try await TestApp.with(.sqlite) { app in
            let receipt = try await app.sendJSON(.POST, "/api/v1/reports", json: Self.validJSON).json()
            let token = try #require(receipt["followUpToken"] as? String)
            let status = try await app.send(.GET, "/api/v1/reports/follow-up/\(token)")
            #expect(status.status == .ok)
            #expect(try status.json()["status"] as? String == "received")
            #expect(!status.text.contains("Shouted at on the bus"))
            let added = try await app.sendJSON(.POST, "/api/v1/reports/follow-up/\(token)/messages", json: #"{"message":"More detail."}"#)
            #expect(added.status == .created)
            #expect((try added.json()["messages"] as? [[String: Any]])?.count == 1)
            let empty = try await app.sendJSON(.POST, "/api/v1/reports/follow-up/\(token)/messages", json: #"{"message":""}"#)
            #expect(empty.status == .unprocessableEntity)
            #expect(try await app.send(.GET, "/api/v1/reports/follow-up/nope").status == .notFound)
        }
    }

    @Test("submissions are rate limited per client with Retry-After")
    func rateLimit() async throws {
        try await TestApp.with(.sqlite, adjust: { $0.environment["CG_REPORT_RATE_LIMIT"] = "2" }) { app in
            for _ in 0..<2 {
                #expect(try await app.sendJSON(.POST, "/api/v1/reports", json: Self.validJSON).status == .created)
            }
            let invalid = try await app.sendJSON(.POST, "/api/v1/reports", json: "{}")
            #expect(invalid.status == .unprocessableEntity, "invalid input is refused before the limit")
            let limited = try await app.sendJSON(.POST, "/api/v1/reports", json: Self.validJSON)
            #expect(limited.status == .tooManyRequests)
            let retry = Int(limited.headers.first(name: "Retry-After") ?? "") ?? 0
            #expect(retry > 0 && retry <= 3600)
            app.clock.advance(by: 3601)
            #expect(try await app.sendJSON(.POST, "/api/v1/reports", json: Self.validJSON).status == .created)
        }
    }

    @Test("canary contact details and descriptions never appear in the raw SQLite files")
    func canaries() async throws {
        try await TestApp.with(.sqlite) { app in
            let browser = Browser(app)
            try await browser.get("/report?city=london")
            let canaries = [
                "name": "Quentin Canaryname", "email": "quentin.canary@example.org", "phone": "+44 7700 900123",
                "contactNotes": "Call after sixcanary", "description": "Descriptioncanary words here",
                "link": "https://example.org/linkcanary", "policeReference": "POLCANARY123",
                "latitude": "51.5155", "longitude": "-0.0361",
            ]
            var fields = [
                "city": "london", "type": "verbal_abuse", "c_age": "1", "date": "2026-09-01", "reporter": "victim",
                "consentToContact": "1", "policeReported": "1", "platform": "x",
            ]
            fields.merge(canaries) { $1 }
            let response = try await browser.post("/report", fields)
            #expect(response.status == .created, "\(response.text.prefix(800))")
            #expect(
                try await app.canariesReadableInDatabaseFiles(
                    ["Canaryname", "quentin.canary", "7700 900123", "sixcanary", "Descriptioncanary", "linkcanary", "POLCANARY", "51.5155"]
                ) == [])
        }
    }
}
