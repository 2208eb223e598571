import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The filters of the analysis pages, as an analyst uses them: every number on a page follows them, or the page
/// says which part is counted for the whole city; a parameter no analysis reads is refused, never ignored.
@Suite("Analysis filters apply to every number, or are refused")
struct AnalysisFilterTests {
    static func result(_ response: ClientResponse) throws -> [String: Any] {
        try #require(try response.json()["result"] as? [String: Any])
    }

    @Test("an unknown parameter (lag, language) or an over-long value is 422 naming it, on the page and the JSON twin",
          arguments: TestEngine.available)
    func unknownParameters(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let long = String(repeating: "a", count: 70)
            for (query, field) in [("lag=abc", "lag"), ("language=fr", "language"), ("group=\(long)", "group"),
                                   ("area=\(long)", "area"), ("group=muslims&period=0", "period")] {
                for path in ["/api/v1/analysis/online-offline", "/api/v1/analysis/map", "/api/v1/analysis/alerts"] {
                    let response = try await analyst.get("\(path)?\(query)")
                    #expect(response.status == .unprocessableEntity, "\(path)?\(query): \(response.status)")
                    let fields = try response.json()["fields"] as? [String: String]
                    #expect(fields?[field] != nil, "\(path)?\(query): \(response.text.prefix(200))")
                }
                for path in ["/analysis/online-offline", "/analysis", "/analysis/alerts"] {
                    let page = try await analyst.get("\(path)?\(query)")
                    #expect(page.status == .unprocessableEntity, "\(path)?\(query): \(page.status)")
                    #expect(page.text.contains(field == "group" ? "Target group" : field == "area" ? "Area" : "\(field):"))
                    #expect(page.text.contains("at most 64 characters") || page.text.contains("is not a filter of the analyses"))
                }
            }
            // The page's own parameters still pass: the filters and the language switch.
            #expect(try await analyst.get("/analysis/map?lang=es&group=muslims&area=&from=&to=").status == .ok)
            #expect(try await analyst.get("/api/v1/analysis/map?city=london&group=all").status == .ok)
        }
    }

    @Test("who receives abuse: the group counts follow the area; mentions say they are counted for the whole city",
          arguments: TestEngine.available)
    func receiversFollowArea(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let period = (stream.today - 55)...stream.today
            func muslims(_ query: String) async throws -> (hateful: Int?, body: [String: Any]) {
                let response = try await analyst.get("/api/v1/analysis/receivers?\(query)")
                #expect(response.status == .ok)
                let groups = try Self.result(response)["groups"] as? [[String: Any]] ?? []
                return (groups.first { $0["name"] as? String == "muslims" }?["hateful"] as? Int, try response.json())
            }
            let city = try await muslims("group=all")
            #expect(city.hateful == PlantedStream.areas.reduce(0) { sum, area in sum + period.reduce(0) { $0 + stream.hateful(area, $1) } })
            #expect(city.body["wholeCity"] == nil)
            for area in [PlantedStream.a, PlantedStream.c] {
                let one = try await muslims("group=all&area=\(area)")
                #expect(one.hateful == period.reduce(0) { $0 + stream.hateful(area, $1) }, "\(area)")
                #expect(one.body["wholeCity"] as? [String] == ["accounts"])
                // The map of the same area and period agrees with it.
                let map = try Self.result(try await analyst.get("/api/v1/analysis/map?group=muslims&area=\(area)"))
                let row = (map["areas"] as? [[String: Any]])?.first { $0["areaCode"] as? String == area }
                #expect(row?["hateful"] as? Int == one.hateful)
            }
            let page = try await analyst.get("/analysis/receivers?area=\(PlantedStream.c)")
            #expect(page.text.contains("mentions of public accounts are not kept per area"))
            #expect(!(try await analyst.get("/analysis/receivers")).text.contains("not kept per area"))
            let authors = try await analyst.get("/analysis/authors?area=\(PlantedStream.c)")
            #expect(authors.text.contains("author age band and gender are not kept per area"))
            #expect(try await analyst.get("/api/v1/analysis/authors?area=\(PlantedStream.c)").json()["wholeCity"] as? [String] == ["result"])
        }
    }

    @Test("alerts on the dashboard, the alerts page and the JSON follow the group, area and period",
          arguments: TestEngine.available)
    func alertsFollowFilters(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let (stream, analyst) = try await Fixtures.analystWithPlantedAlert(app)
            let before = Timestamp.dayLabel(stream.eventStart - 1)
            let early = "from=\(Timestamp.dayLabel(stream.eventStart - 30))&to=\(before)"
            func alerts(_ query: String) async throws -> Int {
                let response = try await analyst.get("/api/v1/analysis/alerts?\(query)")
                #expect(response.status == .ok)
                return (try response.json()["result"] as? [Any])?.count ?? -1
            }
            #expect(try await alerts("") == 1)
            #expect(try await alerts("group=muslims&area=\(PlantedStream.a)") == 1)
            #expect(try await alerts("group=jews") == 0)
            #expect(try await alerts("area=\(PlantedStream.c)") == 0)
            #expect(try await alerts(early) == 0)
            // The pages: the alert's row ("… expected") shows only where the filters take it in.
            let none = "No alert"
            for path in ["/analysis", "/analysis/alerts"] {
                #expect(!(try await analyst.get(path)).text.contains(none), "\(path)")
                #expect(!(try await analyst.get("\(path)?group=muslims&area=\(PlantedStream.b)")).text.contains(none), "\(path)")
                for query in ["group=jews", "area=\(PlantedStream.c)", early] {
                    #expect(try await analyst.get("\(path)?\(query)").text.contains(none), "\(path)?\(query)")
                }
            }
        }
    }

    @Test("the events page gives each area's own days and size, equal to that area's series over those days",
          arguments: TestEngine.available)
    func eventAreaSizes(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let events = try #require(try await analyst.get("/api/v1/analysis/events?group=muslims").json()["result"] as? [[String: Any]])
            let areas = try #require(events.first?["areas"] as? [[String: Any]])
            #expect(!areas.isEmpty)
            let page = try await analyst.get("/analysis/events?group=muslims").text
            for area in areas {
                let code = try #require(area["areaCode"] as? String), name = try #require(area["name"] as? String)
                let period = try #require(area["period"] as? [String: Any])
                let from = try #require(period["fromDate"] as? String), to = try #require(period["toDate"] as? String)
                let observed = try #require(area["observed"] as? Double)
                let series = try #require(
                    (try await analyst.get("/api/v1/analysis/series?group=muslims&area=\(code)").json()["result"] as? [String: Any])?["series"]
                        as? [String: Any])
                let dates = try #require(series["dates"] as? [String]), hateful = try #require(series["hateful"] as? [Int])
                let sum = zip(dates, hateful).filter { $0.0 >= from && $0.0 <= to }.reduce(0) { $0 + $1.1 }
                #expect(Double(sum) == observed, "\(code)")
                #expect(page.contains("\(name) (\(from) – \(to): \(sum))"), "\(name)")
            }
        }
    }

    @Test("who receives abuse shows only accounts on this server's public-figure list, whatever was stored",
          arguments: TestEngine.available)
    func accountsOnTheList(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_PUBLIC_FIGURES"] = "@TownHall" }) { app in
            let today = CityClock(timeZoneIdentifier: "Europe/London").dayAndHour(app.clock.now).day
            // Stored by an ingest that ran with another list (another process, an earlier configuration).
            var rows = try app.sql.insert(into: "online_mentions").columns("city", "day", "account", "messages", "hateful", "violent")
            for account in ["townhall", "citypolice", "formerfigure"] {
                rows = rows.values(SQLBind("london"), SQLBind(today - 1), SQLBind(account), SQLBind(30), SQLBind(12), SQLBind(1))
            }
            try await rows.run()
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let result = try Self.result(try await analyst.get("/api/v1/analysis/receivers"))
            let names = Set((result["accounts"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
            // CG_PUBLIC_FIGURES plus the demo's accounts (always listed).
            #expect(names == ["townhall", "citypolice"])
            let page = try await analyst.get("/analysis/receivers").text
            #expect(page.contains("townhall") && !page.contains("formerfigure"))
        }
    }
}
