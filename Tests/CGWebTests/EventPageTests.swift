import CGSentiment
import CGWeb
import Foundation
import Testing
import VaporTesting

@Suite("One trigger event's page and JSON")
struct EventPageTests {
    /// Every key of a JSON value, at any depth.
    static func keys(_ value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(keys($1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: Set<String>()) { $0.formUnion(keys($1)) } }
        return []
    }

    /// A JSON value written with sorted keys, so two decoded values compare as text.
    static func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("the planted event's page and JSON hold the list's numbers, its chart, areas, terms, offline incidents and alert; the list and dashboard link to it; nothing per author",
          arguments: TestEngine.available)
    func plantedEvent(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let (stream, analyst) = try await Fixtures.analystWithPlantedAlert(app)
            var bodies: [String] = []
            func get(_ path: String, _ status: HTTPStatus = .ok) async throws -> ClientResponse {
                let response = try await analyst.get(path)
                #expect(response.status == status, "\(path): \(response.status) \(response.text.prefix(300))")
                bodies.append(response.text)
                return response
            }
            let key = "muslims-\(Timestamp.dayLabel(stream.eventStart))"

            // The event as the list gives it, for the same filters.
            let list = try await get("/api/v1/analysis/events?group=muslims").json()
            let filters = try #require(list["filters"] as? [String: Any])
            let from = try #require(filters["from"] as? String), to = try #require(filters["to"] as? String)
            let row = try #require((list["result"] as? [[String: Any]])?.first { $0["targetGroup"] as? String == "muslims" })
            #expect((row["period"] as? [String: Any])?["from"] as? Int == stream.eventStart)

            let body = try await get("/api/v1/analysis/events/\(key)?group=muslims").json()
            #expect(body["synthetic"] as? Bool == true)
            #expect((body["filters"] as? [String: Any])?["from"] as? String == from)
            #expect((body["filters"] as? [String: Any])?["to"] as? String == to)
            let result = try #require(body["result"] as? [String: Any])
            #expect(result["key"] as? String == key)
            let event = try #require(result["event"] as? [String: Any])
            #expect(try Self.canonical(event) == Self.canonical(row), "the event page's event is the list's")
            #expect(event["observed"] as? Double == row["observed"] as? Double)
            #expect(event["cityWide"] as? Bool == true)

            // The chart's series: the group's hateful messages city-wide around the event, the baseline, offline.
            let timeline = try #require(result["timeline"] as? [String: Any])
            let shown = try #require(timeline["period"] as? [String: Any])
            let first = try #require(shown["from"] as? Int), last = try #require(shown["to"] as? Int)
            #expect(first == stream.eventStart - EventTimeline.daysBefore && last == stream.today)
            let hateful = try #require(timeline["hateful"] as? [Int])
            #expect(hateful == (first...last).map { day in PlantedStream.areas.reduce(0) { $0 + stream.hateful($1, day) } })
            #expect(try #require(timeline["offlineIncidents"] as? [Int]) == (first...last).map(stream.offline))
            let expected = try #require(timeline["expected"] as? [Any])
            #expect(expected.count == hateful.count)
            // Before the event the baseline follows the quiet days; on its days it is far below what came.
            let lastExpected = try #require(expected.last as? Double)
            #expect(lastExpected > 0 && lastExpected < Double(hateful.last ?? 0) / 2)
            #expect(result["offlineDuringEvent"] as? Int == (stream.eventStart...stream.today).reduce(0) { $0 + stream.offline($1) })
            let alerts = try #require(result["alerts"] as? [[String: Any]])
            #expect(alerts.count == 1 && alerts.first?["group"] as? String == "muslims")

            // The page: the same numbers, the charts, terms, the synthetic mark, links to its JSON and the list.
            let page = try await get("/analysis/events/\(key)?group=muslims").text
            let observed = String(format: "%.0f", try #require(row["observed"] as? Double))
            #expect(page.contains("<td>\(observed)</td>"), "observed \(observed)")
            #expect(page.contains("<td>\(String(format: "%.1f", try #require(row["score"] as? Double)))</td>"))
            #expect(page.contains("id=\"eventseries") && page.contains("id=\"eventmap"))
            #expect(page.contains("market attack"))
            #expect(page.contains("class=\"synthetic\""))
            #expect(page.contains("href=\"/api/v1/analysis/events/\(key)?city=london"))
            #expect(page.contains("href=\"/analysis/events?city=london"))
            #expect(!page.contains("<script"))
            // Two charts and a form on one page: every id unique, every reference to an element there.
            for problem in PageIDTests.problems(page) { Issue.record("event page: \(problem)") }
            let swedish = try await get("/analysis/events/\(key)?group=muslims&lang=sv").text
            #expect(swedish.contains("Utlösande händelse"))

            // Under an area the event is the area-filtered list's, with the area's part; an area outside it has none.
            let areaQuery = "group=muslims&area=\(PlantedStream.a)"
            let areaRow = try #require(
                (try await get("/api/v1/analysis/events?\(areaQuery)").json()["result"] as? [[String: Any]])?.first)
            let inArea = try #require(
                (try await get("/api/v1/analysis/events/\(key)?\(areaQuery)").json()["result"] as? [String: Any])?["event"] as? [String: Any])
            #expect(inArea["inAreas"] != nil)
            #expect(try Self.canonical(inArea) == Self.canonical(areaRow))
            _ = try await get("/api/v1/analysis/events/\(key)?group=muslims&area=\(PlantedStream.c)", .notFound)

            // The list's and the dashboard's rows lead to the page, keeping the filters.
            let link = "href=\"/analysis/events/\(key)?city=london"
            #expect(try await get("/analysis/events?group=muslims").text.contains(link))
            #expect(try await get("/analysis?group=muslims").text.contains(link))

            // Aggregates only: no author, pseudonym or message anywhere.
            let forbidden: Set<String> = ["author", "authorPseudonym", "author_pseudonym", "pseudonym", "text", "messageID", "message_id"]
            #expect(Self.keys(body).isDisjoint(with: forbidden), "\(Self.keys(body).intersection(forbidden))")
            for text in bodies {
                #expect(!text.contains(PlantedStream.canary))
                #expect(!text.contains("author_pseudonym"))
            }
        }
    }

    @Test("an unknown key answers 404 naming the key, a malformed one 400 with the reason, on the page and in JSON",
          arguments: TestEngine.available)
    func unknownAndMalformedKeys(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let (stream, analyst) = try await Fixtures.analystWithPlantedStream(app)
            // Right shape, no such event: another group that day, the group a day later, a day long ago.
            for key in ["jews-\(Timestamp.dayLabel(stream.eventStart))", "muslims-\(Timestamp.dayLabel(stream.eventStart + 1))",
                        "muslims-2020-01-01"] {
                let api = try await analyst.get("/api/v1/analysis/events/\(key)")
                #expect(api.status == .notFound, "\(key): \(api.status)")
                let fields = try api.json()["fields"] as? [String: String]
                #expect(fields?["key"] == "no current event of this group starts on this day", "\(api.text)")
                // In English explicitly: the French page below sets the language for the next requests.
                let page = try await analyst.get("/analysis/events/\(key)?lang=en")
                #expect(page.status == .notFound)
                #expect(page.text.contains("no trigger event has this key"), "\(page.text.suffix(600))")
                #expect(page.text.contains("href=\"/analysis/events?city=london"), "a link back to the list")
                #expect(try await analyst.get("/analysis/events/\(key)?lang=fr").text.contains("aucun événement déclencheur"))
            }
            for key in ["nonsense", "muslims-2026-13-45", "muslims_2026-10-14", "martians-2026-10-14", "muslims-2026-1-4"] {
                let api = try await analyst.get("/api/v1/analysis/events/\(key)")
                #expect(api.status == .badRequest, "\(key): \(api.status)")
                let json = try api.json()
                #expect(json["error"] as? String == "the event key is not valid")
                let reason = try #require((json["fields"] as? [String: String])?["key"], "\(key): \(api.text)")
                #expect(reason.hasPrefix("must be") || reason.hasPrefix("unknown group"), "\(reason)")
                #expect(try await analyst.get("/analysis/events/\(key)").status == .badRequest)
            }
            // A bad filter is still the filters' 422.
            #expect(try await analyst.get("/api/v1/analysis/events/muslims-2026-10-14?from=yesterday").status == .unprocessableEntity)
        }
    }

    @Test("the event's page and JSON need messages:read in the city, as the other analyses", arguments: TestEngine.available)
    func access(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let key = "muslims-\(Timestamp.dayLabel(stream.eventStart))"
            #expect(try await app.send(.GET, "/api/v1/analysis/events/\(key)").status == .unauthorized)
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "case@example.org")
            #expect(try await caseworker.get("/analysis/events/\(key)").status == .forbidden)
            #expect(try await caseworker.get("/api/v1/analysis/events/\(key)").status == .forbidden)
            let officer = try await Fixtures.signedIn(app, role: .policyOfficer, email: "policy@example.org")
            #expect(try await officer.get("/api/v1/analysis/events/\(key)").status == .forbidden)
            // Access is checked before the key is read: a refused caller learns nothing about keys.
            #expect(try await officer.get("/api/v1/analysis/events/nonsense").status == .forbidden)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            #expect(try await analyst.get("/api/v1/analysis/events/\(key)?city=paris").status == .forbidden)
            #expect(try await analyst.get("/api/v1/analysis/events/\(key)").status == .ok)
        }
    }
}
