import CGDomain
import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Analyses of online hate")
struct AnalysisTests {
    static func result(_ response: ClientResponse) throws -> [String: Any] {
        try #require(try response.json()["result"] as? [String: Any])
    }

    /// Pearson correlation of x[t] with y[t + lag], by hand.
    static func pearson(_ x: [Double], _ y: [Double], lag: Int) -> Double {
        var a: [Double] = []
        var b: [Double] = []
        for t in x.indices where t + lag >= 0 && t + lag < y.count {
            a.append(x[t])
            b.append(y[t + lag])
        }
        let ma = a.reduce(0, +) / Double(a.count)
        let mb = b.reduce(0, +) / Double(b.count)
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in a.indices {
            sab += (a[i] - ma) * (b[i] - mb)
            saa += (a[i] - ma) * (a[i] - ma)
            sbb += (b[i] - mb) * (b[i] - mb)
        }
        return sab / (saa * sbb).squareRoot()
    }

    @Test("map, series with offline incidents, trigger event, lagged correlation, demographics and receivers over HTTP; no author anywhere",
          arguments: TestEngine.available)
    func analyses(engine: TestEngine) async throws {
        // The planted stream mentions @mayoroflondon: a configured public figure.
        try await TestApp.with(engine, adjust: { $0.environment["CG_PUBLIC_FIGURES"] = "mayoroflondon" }) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let browser = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            var bodies: [String] = []
            func get(_ path: String) async throws -> ClientResponse {
                let response = try await browser.get(path)
                #expect(response.status == .ok, "\(path): \(response.status) \(response.text.prefix(300))")
                bodies.append(response.text)
                return response
            }
            let period = (stream.today - 55)...stream.today

            // The map: counts and rates per area for the group.
            let mapResponse = try await get("/api/v1/analysis/map?group=muslims")
            #expect(try mapResponse.json()["synthetic"] as? Bool == true)
            let map = try Self.result(mapResponse)
            let areas = try #require(map["areas"] as? [[String: Any]])
            for code in PlantedStream.areas {
                let row = try #require(areas.first { $0["areaCode"] as? String == code })
                let messages = period.reduce(0) { $0 + stream.messages(code, $1) }
                let hateful = period.reduce(0) { $0 + stream.hateful(code, $1) }
                #expect(row["messages"] as? Int == messages)
                #expect(row["hateful"] as? Int == hateful)
                let rate = try #require(row["perThousand"] as? Double)
                #expect(abs(rate - Double(hateful) * 1000 / Double(messages)) < 1e-9)
            }
            let empty = try #require(areas.first { $0["areaCode"] as? String == "E09000001" })
            #expect(empty["messages"] as? Int == 0)

            // The time series of area A includes the verified offline incidents.
            let series = try Self.result(try await get("/api/v1/analysis/series?group=muslims&area=\(PlantedStream.a)"))
            let daily = try #require((series["series"] as? [String: Any])?["hateful"] as? [Int])
            #expect(daily == period.map { stream.hateful(PlantedStream.a, $0) })
            let offline = try #require(series["offlineIncidents"] as? [Int])
            #expect(offline == period.map { stream.offline($0) })
            #expect(offline.reduce(0, +) >= 10)

            // The planted trigger event: right group, days and areas, with its words.
            let events = try #require(try await get("/api/v1/analysis/events").json()["result"] as? [[String: Any]])
            let event = try #require(events.first { $0["targetGroup"] as? String == "muslims" })
            let eventPeriod = try #require(event["period"] as? [String: Any])
            #expect(eventPeriod["from"] as? Int == stream.eventStart)
            #expect(eventPeriod["to"] as? Int == stream.today)
            let eventAreas = Set((event["areas"] as? [[String: Any]] ?? []).compactMap { $0["areaCode"] as? String })
            #expect(eventAreas == [PlantedStream.a, PlantedStream.b])
            let terms = (event["terms"] as? [[String: Any]] ?? []).compactMap { $0["term"] as? String }
            #expect(terms.contains("market attack"))
            #expect(!terms.contains("replace"))
            #expect(events.allSatisfy { $0["targetGroup"] as? String == "muslims" })

            // Online vs offline: the lag-3 correlation equals the hand-computed Pearson r.
            let oo = try #require(try Self.result(try await get("/api/v1/analysis/online-offline?group=muslims"))["analysis"] as? [String: Any])
            #expect(oo["status"] as? String == "ok")
            let x = period.map { day in Double(PlantedStream.areas.reduce(0) { $0 + stream.hateful($1, day) }) }
            let y = period.map { Double(stream.offline($0)) }
            let lags = try #require(oo["daily"] as? [[String: Any]])
            #expect(lags.count == 29)
            for lag in [-2, 0, 3, 7] {
                let row = try #require(lags.first { $0["lag"] as? Int == lag })
                let r = try #require(row["correlation"] as? Double)
                #expect(abs(r - Self.pearson(x, y, lag: lag)) < 1e-9, "lag \(lag)")
                #expect(row["pValue"] is Double)
            }
            #expect((oo["weekly"] as? [[String: Any]])?.isEmpty == false)

            // Too few incidents for another group: no number, a reason.
            let jews = try #require(try Self.result(try await get("/api/v1/analysis/online-offline?group=jews"))["analysis"] as? [String: Any])
            #expect(jews["status"] as? String == "too-few-online")
            #expect((jews["daily"] as? [Any])?.isEmpty == true)

            // Who drives it: 12 shown perturbed by the cell-key method (within 2; until 2026-11-30 rounded to 10), 3
            // suppressed without a number.
            let authors = try Self.result(try await get("/api/v1/analysis/authors?group=muslims"))
            let table = try #require(authors["hateful"] as? [String: Any])
            let rows = try #require(table["rowLabels"] as? [String])
            let columns = try #require(table["columnLabels"] as? [String])
            let cells = try #require(table["cells"] as? [[[String: Any]]])
            let young = cells[try #require(rows.firstIndex(of: "18-24"))][try #require(columns.firstIndex(of: "male"))]
            #expect(
                ((10...14).contains(young["value"] as? Int ?? 0) && young["perturbed"] as? Bool == true)
                    || young["suppressed"] as? String == "secondary")
            for cell in cells.joined() {
                if let value = cell["value"] as? Int { #expect(value == 0 || value >= 10) }
            }
            let small = cells[try #require(rows.firstIndex(of: "25-34"))][try #require(columns.firstIndex(of: "female"))]
            #expect(small["value"] == nil)
            #expect(small["suppressed"] as? String == "fewer-than-10")

            // Who receives it: the group, and the listed public account.
            let receivers = try Self.result(try await get("/api/v1/analysis/receivers"))
            let groups = try #require(receivers["groups"] as? [[String: Any]])
            #expect(groups.first?["name"] as? String == "muslims")
            let accounts = try #require(receivers["accounts"] as? [[String: Any]])
            #expect(accounts.first?["name"] as? String == "mayoroflondon")

            // Segments: violence shares where there are 10 hateful messages or more; narratives from term bags.
            let segments = try Self.result(try await get("/api/v1/analysis/segments?group=muslims"))
            let shares = try #require(segments["violence"] as? [[String: Any]])
            let shareA = try #require(shares.first { $0["area"] as? String == PlantedStream.a && $0["targetGroup"] as? String == "muslims" })
            #expect(shareA["violent"] as? Int == 20)
            let narratives = try #require(segments["narratives"] as? [[String: Any]])
            #expect(narratives.contains { ($0["terms"] as? [String] ?? []).contains("market") })

            // Every page renders, with charts, the synthetic marking and the event.
            let dashboard = try await get("/analysis?group=muslims")
            #expect(dashboard.text.contains("market attack"))
            for kind in ["map", "series", "events", "online-offline", "receivers", "authors", "segments"] {
                let page = try await get("/analysis/\(kind)?group=muslims&area=\(PlantedStream.a)")
                #expect(page.text.contains("class=\"synthetic\""), "\(kind) lacks the synthetic marking")
            }
            #expect(try await get("/analysis/map?group=muslims").text.contains("<svg"))
            #expect(try await get("/analysis/series?group=muslims").text.contains("<svg"))
            _ = try await get("/analysis/alerts")

            // No response reveals an author.
            for body in bodies {
                #expect(!body.contains(PlantedStream.canary))
                #expect(!body.contains("author_pseudonym"))
            }
        }
    }

    @Test("only analysts of the city: 401 without a session, 403 for other roles and other cities, 422 for bad filters",
          arguments: TestEngine.available)
    func access(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            #expect(try await app.send(.GET, "/api/v1/analysis/map").status == .unauthorized)
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "case@example.org")
            #expect(try await caseworker.get("/analysis").status == .forbidden)
            #expect(try await caseworker.get("/api/v1/analysis/map").status == .forbidden)
            let officer = try await Fixtures.signedIn(app, role: .policyOfficer, email: "policy@example.org")
            #expect(try await officer.get("/api/v1/analysis/events").status == .forbidden)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            #expect(try await analyst.get("/api/v1/analysis/map").status == .ok)
            #expect(try await analyst.get("/api/v1/analysis/map?city=paris").status == .forbidden)
            #expect(try await analyst.get("/analysis/series?city=paris").status == .forbidden)
            let bad = try await analyst.get("/api/v1/analysis/map?from=2026-02-31&group=martians&area=nowhere")
            #expect(bad.status == .unprocessableEntity)
            for field in ["from", "group", "area"] { #expect(bad.text.contains(field)) }
            #expect(try await analyst.get("/api/v1/analysis/series?from=2020-01-01&to=2026-01-01").status == .unprocessableEntity)
        }
    }

    @Test("without a 'to', a view ends at the city's last day with messages when that is before today", arguments: TestEngine.available)
    func defaultPeriodEndsAtLastData(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            func filters(_ path: String) async throws -> (from: String?, to: String?) {
                let body = try await analyst.get(path).json()
                let filters = body["filters"] as? [String: Any]
                return (filters?["from"] as? String, filters?["to"] as? String)
            }
            let today = CityClock(timeZoneIdentifier: "Europe/London").dayAndHour(app.clock.now).day
            // No data: the view ends today.
            #expect(try await filters("/api/v1/analysis/map").to == Timestamp.dayLabel(today))
            // A stream that stopped 40 days ago: the default view is its last eight weeks.
            let stream = PlantedStream(now: app.clock.now.addingTimeInterval(-40 * 86_400))
            try await stream.write(try app.sql)
            let view = try await filters("/api/v1/analysis/map")
            #expect(view.to == Timestamp.dayLabel(stream.today) && view.from == Timestamp.dayLabel(stream.today - 55))
            let map = try Self.result(try await analyst.get("/api/v1/analysis/map?group=muslims"))
            let hateful = (map["areas"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["hateful"] as? Int ?? 0) }
            #expect(hateful > 0)
            // An explicit 'to' is kept.
            #expect(try await filters("/api/v1/analysis/map?to=\(Timestamp.dayLabel(today))").to == Timestamp.dayLabel(today))
        }
    }
}
