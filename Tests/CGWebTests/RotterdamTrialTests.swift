import CGDomain
import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The second outside trial: a Dutch Rotterdam stream (`RotterdamStream`) sent as its sources would send it —
/// JSON batches to `POST /api/v1/messages` with a token, a CSV forum export through `commonground ingest`, police
/// incidents to `POST /api/v1/incidents/import` — then read through the JSON endpoints and pages as an analyst
/// of the city, and checked against what was planted: placement and local days, the three events (one moving to
/// neighbouring areas), the lagged online/offline correlation with and without a link, deletions by id, the
/// authors table, and no author anywhere.
@Suite("Outside trial 2: a Rotterdam stream", .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct RotterdamTrialTests {
    typealias JSON = [String: Any]

    struct Context {
        let app: TestApp
        let stream: RotterdamStream
        var reads: AnalystReads

        mutating func get(_ path: String) async throws -> ClientResponse { try await reads.get(path) }
        mutating func result(_ path: String) async throws -> Any? { try await reads.result(path) }

        /// The whole stream as filters (the default view is the last eight weeks).
        var whole: String { "from=\(RotterdamClock().date(stream.firstDay))&to=\(RotterdamClock().date(stream.lastDay))" }
    }

    @Test("Rotterdam: ingest over HTTP and CSV, placement and local days, a moving event, the lagged correlation with and without a link, deletions, the authors table and no author anywhere",
          arguments: TestEngine.available)
    func trial(engine: TestEngine) async throws {
        let figures = ["CG_PUBLIC_FIGURES": RotterdamStream.publicAccount]
        try await TestApp.with(engine, adjust: { $0.environment.merge(figures) { $1 } }) { app in
            app.clock.advance(by: 80 * 86_400)
            let today = CityClock(timeZoneIdentifier: "Europe/Amsterdam").dayAndHour(app.clock.now).day
            // CG_TRIAL_SEED=n draws another stream of the same design.
            let seed = ProcessInfo.processInfo.environment["CG_TRIAL_SEED"].flatMap { UInt64($0) } ?? 0x0010_2026
            let stream = RotterdamStream(lastDay: today - 1, seed: seed)
            let folder = app.dataDirectory
            let data = ["--data-dir", folder.path] + (try app.postgresDatabase.map { ["--database-url", try PostgresAdmin.url(database: $0)] } ?? [])

            // The forum export, through the command line.
            let csv = folder.appendingPathComponent("forum-rotterdam.csv")
            try Data(stream.csv.utf8).write(to: csv)
            let add = try CLI.run(["source", "add", RotterdamStream.csvSource, "--platform", "forum", "--method", "export", "--terms", "data agreement"] + data)
            #expect(add.status == 0, "\(add.error)")
            let inCSV = stream.messages.filter(\.csv).count
            let run = try CLI.run(["ingest", csv.path, "--source", RotterdamStream.csvSource, "--city", RotterdamStream.city] + data, environment: figures)
            #expect(run.status == 0, "\(run.error.prefix(500))")
            #expect(run.output.contains("read \(inCSV), stored \(inCSV), duplicates 0, malformed 2"), "\(run.output)")
            // Each bad record by its line and schema field (the column `gender` is `author_gender`; until 2026-11-30
            // the error named the column as written).
            for bad in stream.csvMalformed {
                #expect(run.error.contains("\(csv.path): line \(bad.line): \(bad.field):"), "line \(bad.line): \(run.error.prefix(600))")
            }
            #expect(run.error.split(separator: "\n").count == stream.csvMalformed.count, "\(run.error.prefix(600))")

            // The collector, through the API in batches of 2,000; the one bad item is 422 with its index.
            let token = try await MessagesAPITests.token(app, permissions: "messages:write", city: RotterdamStream.city)
            let registered = try await app.sendJSON(
                .POST, "/api/v1/sources",
                json: #"{"name":"\#(RotterdamStream.apiSource)","platform":"collector","collectionMethod":"api","termsOfUse":"data agreement"}"#,
                headers: token)
            #expect(registered.status == .created)
            var stored = 0
            for (number, body) in stream.apiBatches.enumerated() {
                let response = try await app.sendJSON(.POST, "/api/v1/messages", json: body, headers: token)
                let answer = try response.json()
                stored += answer["stored"] as? Int ?? 0
                let errors = (answer["errors"] as? [JSON] ?? []).map { "\($0["index"] ?? "?") \($0["field"] ?? "?")" }
                let bad = stream.apiMalformed
                #expect(errors == (number == bad.batch ? ["\(bad.index) \(bad.field)"] : []), "batch \(number): \(answer)")
                #expect(response.status == (number == bad.batch ? .unprocessableEntity : .ok))
            }
            #expect(stored == stream.messages.count - inCSV)

            // The police's verified incidents.
            let police = try await MessagesAPITests.token(app, permissions: "reports:write", city: RotterdamStream.city)
            let imported = try await app.sendJSON(.POST, "/api/v1/incidents/import", json: stream.incidentBatch, headers: police)
            let answer = try imported.json()
            #expect(imported.status == .ok, "\(imported.text.prefix(600))")
            #expect(answer["stored"] as? Int == stream.incidents.count && answer["incidents"] as? Int == stream.offline("all").reduce(0, +), "\(answer)")

            try await Fixtures.user(app, email: "analist@example.org", role: .analyst, city: RotterdamStream.city)
            let browser = Browser(app)
            _ = try await browser.login("analist@example.org", Fixtures.password)
            var context = Context(app: app, stream: stream, reads: AnalystReads(browser: browser))
            try await Self.placement(&context)
            try await Self.events(&context)
            try await Self.onlineOffline(&context)
            try await Self.authors(&context)
            try await Self.earlyWarning(&context)
            try await Self.deletion(&context, token: token)
            try await Self.pages(&context)
            try await Self.privacy(context)
            let canaries = [RotterdamStream.authorPrefix, RotterdamStream.privateAccount, RotterdamStream.recordPrefix, "Delfshafen", "boodschappen"]
            if engine == .sqlite {
                let readable = try await app.canariesReadableInDatabaseFiles(canaries)
                #expect(readable.isEmpty, "readable in the SQLite files: \(readable)")
            }
        }
    }

    // MARK: - Placement and local days

    /// Every message in the gebied its evidence names (or unplaced), on the Rotterdam day and hour it was written,
    /// whichever zone its timestamp was written in; the map counts the same.
    static func placement(_ context: inout Context) async throws {
        let stream = context.stream
        struct Row: Decodable { var message_id: String; var area: String; var placement_method: String; var day: Int; var hour: Int }
        let rows = try await context.app.sql.raw("SELECT message_id, area, placement_method, day, hour FROM online_messages").all(decoding: Row.self)
        let stored = Dictionary(uniqueKeysWithValues: rows.map { ($0.message_id, $0) })
        #expect(rows.count == stream.messages.count)
        var wrongDay: [String] = [], wrongArea: [String] = []
        for message in stream.messages {
            guard let row = stored[message.id] else {
                wrongArea.append("\(message.id) not stored")
                continue
            }
            if row.day != message.day || row.hour != message.hour {
                wrongDay.append("\(message.id) at \(row.day) \(row.hour)h, written \(message.day) \(message.hour)h (\(RotterdamClock().render(message, style: stream.messages.firstIndex { $0.id == message.id }! % 11, csv: message.csv)))")
            }
            let area = row.area == AggregateKey.unplaced ? nil : row.area
            if area != message.expectedArea { wrongArea.append("\(message.evidence) → \(row.area) (\(row.placement_method)), expected \(message.expectedArea ?? "unplaced")") }
        }
        #expect(wrongDay.isEmpty, "\(wrongDay.count) on the wrong day or hour, e.g. \(wrongDay.prefix(8))")
        #expect(wrongArea.isEmpty, "\(wrongArea.count) misplaced, e.g. \(Array(Set(wrongArea)).prefix(12))")
        let nearMidnight = stream.messages.filter { $0.hour == 23 || $0.hour == 0 }.count
        #expect(nearMidnight > stream.messages.count / 5)

        if ProcessInfo.processInfo.environment["CG_TRIAL_PRINT"] != nil {
            struct Label: Decodable { var message_id: String; var hateful: Bool; var targets: String }
            let labels = try await context.app.sql.raw("SELECT message_id, hateful, targets FROM online_messages").all(decoding: Label.self)
            let written = Dictionary(uniqueKeysWithValues: stream.messages.map { ($0.id, $0) })
            let flagged = labels.filter { $0.hateful && written[$0.message_id]?.group == nil }.compactMap { written[$0.message_id]?.text }
            let missed = labels.filter { !$0.hateful && written[$0.message_id]?.group != nil }.compactMap { written[$0.message_id]?.text }
            let otherGroup = labels.filter { $0.hateful && written[$0.message_id]?.group.map { !$0.isEmpty } == true && !$0.targets.split(separator: "|").contains(Substring(written[$0.message_id]!.group!)) }
            print("rotterdam: \(stream.messages.count) messages (\(stream.messages.filter(\.csv).count) CSV), \(stream.messages.filter { $0.expectedArea == nil }.count) unplaced, \(stream.messages.filter { $0.group != nil }.count) written hateful, \(labels.filter(\.hateful).count) flagged; incidents \(stream.offline("all").reduce(0, +)) (jews \(stream.offline("jews").reduce(0, +)), christians \(stream.offline("christians").reduce(0, +)))")
            print("rotterdam: flagged but written friendly or ordinary: \(flagged.count) \(Set(flagged).sorted().prefix(10)); missed: \(missed.count) \(Set(missed).sorted().prefix(10)); another group: \(otherGroup.count)")
        }
        let map = try #require(try await context.result("/api/v1/analysis/map?\(context.whole)") as? JSON)
        var expected: [String: Int] = [:]
        for message in stream.messages { expected[message.expectedArea ?? "-", default: 0] += 1 }
        for row in map["areas"] as? [JSON] ?? [] {
            let code = try #require(row["areaCode"] as? String)
            #expect(row["messages"] as? Int == expected[code] ?? 0, "\(code)")
        }
        #expect((map["unplaced"] as? JSON)?["messages"] as? Int == expected["-"])
        #expect((map["total"] as? JSON)?["messages"] as? Int == stream.messages.count)
    }

    // MARK: - Events

    struct FoundEvent {
        var group: String
        var from: Int
        var to: Int
        var cityWide: Bool
        var areas: [String: (days: ClosedRange<Int>, observed: Int)]
        var terms: [String: Int]
        var observed: Int
    }

    static func events(_ json: Any?) throws -> [FoundEvent] {
        try (json as? [JSON] ?? []).map { event in
            let period = try #require(event["period"] as? JSON)
            var areas: [String: (days: ClosedRange<Int>, observed: Int)] = [:]
            for area in event["areas"] as? [JSON] ?? [] {
                let p = try #require(area["period"] as? JSON)
                areas[try #require(area["areaCode"] as? String)] = (
                    try #require(p["from"] as? Int)...(try #require(p["to"] as? Int)),
                    Int((area["observed"] as? Double ?? -1).rounded()))
            }
            var terms: [String: Int] = [:]
            for term in event["terms"] as? [JSON] ?? [] { terms[term["term"] as? String ?? ""] = term["targetCount"] as? Int }
            return FoundEvent(
                group: try #require(event["targetGroup"] as? String), from: try #require(period["from"] as? Int),
                to: try #require(period["to"] as? Int), cityWide: event["cityWide"] as? Bool ?? false, areas: areas,
                terms: terms, observed: Int((event["observed"] as? Double ?? -1).rounded()))
        }
    }

    static func describe(_ found: [FoundEvent], _ first: Int) -> [String] {
        found.map { e in
            "\(e.group) \(e.from - first)–\(e.to - first) \(e.cityWide ? "city" : "local") \(e.observed) "
                + e.areas.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.days.lowerBound - first)–\($0.value.days.upperBound - first):\($0.value.observed)" }.joined(separator: " ")
                + " \(e.terms.keys.sorted().prefix(6))"
        }
    }

    /// Each planted event once, for its group, on its days (±1), in its gebieden each on its own days (±1), with
    /// its word; no other event; each size the group's series over its days.
    static func events(_ context: inout Context) async throws {
        let stream = context.stream, first = stream.firstDay
        let found = try Self.events(try await context.result("/api/v1/analysis/events?\(context.whole)"))
        let summary = Self.describe(found, first)
        func near(_ a: Int, _ b: Int) -> Bool { abs(a - b) <= 1 }
        if ProcessInfo.processInfo.environment["CG_TRIAL_PRINT"] != nil {
            print("rotterdam events (stream days):", summary)
            for group in Set(found.map(\.group)) {
                let series = (try await context.result("/api/v1/analysis/series?group=\(group)&\(context.whole)") as? JSON)?["series"] as? JSON
                print("rotterdam series \(group): \(series?["hateful"] ?? "")")
            }
        }
        #expect(found.count == 3, "\(summary)")

        let stadium = found.filter { $0.group == "jews" && $0.terms["stadion"] != nil }
        #expect(stadium.count == 1, "\(summary)")
        if let event = stadium.first {
            #expect(event.cityWide && near(event.from, first + RotterdamStream.stadiumDays.lowerBound)
                && near(event.to, first + RotterdamStream.stadiumDays.upperBound), "\(summary)")
        }
        for planted in [RotterdamStream.menorah, RotterdamStream.pool] {
            let matching = found.filter { $0.group == planted.group && $0.terms[planted.word] != nil }
            #expect(matching.count == 1, "\(planted.word): \(summary)")
            guard let event = matching.first else { continue }
            #expect(Set(event.areas.keys) == Set(planted.areas.map(\.code)), "\(planted.word): \(summary)")
            for (code, days) in planted.areas {
                guard let got = event.areas[code]?.days else { continue }
                #expect(near(got.lowerBound, first + days.lowerBound) && near(got.upperBound, first + days.upperBound), "\(planted.word) \(code): \(summary)")
            }
            let start = planted.areas.map(\.days.lowerBound).min()!, end = planted.areas.map(\.days.upperBound).max()!
            #expect(near(event.from, first + start) && near(event.to, first + end), "\(planted.word): \(summary)")
        }
        // Sizes: a city-wide event's is its group's series over its days; an area's is the area's series over the
        // area's days; a local event's is the sum of its areas'.
        for event in found {
            let series = try #require((try await context.result("/api/v1/analysis/series?group=\(event.group)&\(context.whole)") as? JSON)?["series"] as? JSON)
            let hateful = try #require(series["hateful"] as? [Int])
            if event.cityWide {
                #expect(event.observed == (event.from...event.to).reduce(0) { $0 + hateful[$1 - first] }, "\(event.group) \(summary)")
            } else {
                #expect(event.observed == event.areas.values.reduce(0) { $0 + $1.observed }, "\(summary)")
            }
            for (code, area) in event.areas {
                let local = try #require((try await context.result("/api/v1/analysis/series?group=\(event.group)&area=\(code)&\(context.whole)") as? JSON)?["series"] as? JSON)
                let perDay = try #require(local["hateful"] as? [Int])
                #expect(area.observed == area.days.reduce(0) { $0 + perDay[$1 - first] }, "\(event.group) \(code): \(summary)")
            }
        }
        // Filters: by group, by a gebied the moving event reached later, by one no event touched.
        let trans = try Self.events(try await context.result("/api/v1/analysis/events?group=trans&\(context.whole)")).map(\.group)
        #expect(trans == ["trans"])
        let kralingen = try Self.events(try await context.result("/api/v1/analysis/events?area=KC&\(context.whole)"))
        #expect(kralingen.contains { $0.terms["menorah"] != nil } && !kralingen.contains { $0.group == "trans" }, "\(Self.describe(kralingen, first))")
        let pernis = try Self.events(try await context.result("/api/v1/analysis/events?area=PE&group=trans&\(context.whole)"))
        #expect(pernis.isEmpty)
        // The default view (the last eight weeks) holds the two later events and not the match's.
        let recent = try Self.events(try await context.result("/api/v1/analysis/events"))
        #expect(Set(recent.compactMap { $0.terms["menorah"] != nil ? "menorah" : $0.terms["zwembad"] != nil ? "zwembad" : $0.group }) == ["menorah", "zwembad"], "\(Self.describe(recent, first))")
    }

    // MARK: - Online and offline

    /// Pearson's r of x[t] and y[t + lag].
    static func pearson(_ x: [Double], _ y: [Double], lag: Int) -> Double? {
        let pairs = x.indices.compactMap { t in t + lag >= 0 && t + lag < y.count ? (x[t], y[t + lag]) : nil }
        let n = Double(pairs.count)
        let mx = pairs.reduce(0) { $0 + $1.0 } / n, my = pairs.reduce(0) { $0 + $1.1 } / n
        let sxy = pairs.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = pairs.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }, syy = pairs.reduce(0) { $0 + ($1.1 - my) * ($1.1 - my) }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : nil
    }

    /// The permutation p of every lag, estimated apart from the product: y's whole weeks from the period's first
    /// day put in 2,000 random orders (the partial last week in place), the share whose |r| reaches the observed.
    static func blockP(_ x: [Double], _ y: [Double], lags: ClosedRange<Int>) -> [Int: Double] {
        var random = XorShift(seed: 0x5EED)
        let weeks = y.count / 7
        var above: [Int: Int] = [:]
        let observed = Dictionary(uniqueKeysWithValues: lags.map { ($0, abs(pearson(x, y, lag: $0) ?? 0)) })
        for _ in 0..<2_000 {
            let order = (0..<weeks).map { ($0, random.unit()) }.sorted { $0.1 < $1.1 }.map(\.0)
            let permuted = order.flatMap { y[($0 * 7)..<($0 * 7 + 7)] } + y[(weeks * 7)...]
            for lag in lags where abs(pearson(x, Array(permuted), lag: lag) ?? 0) >= observed[lag]! - 1e-12 { above[lag, default: 0] += 1 }
        }
        return Dictionary(uniqueKeysWithValues: lags.map { ($0, Double(above[$0] ?? 0) / 2_000) })
    }

    /// Against Jewish people the offline incidents follow the online hate by three days: the strongest daily lag is
    /// +3 with a positive r, significant after Holm's correction, in the default view and over the whole stream.
    /// Against Christians the incidents were drawn apart from anything online: no lag is significant. Every r is
    /// Pearson's r of the series shown and every p the permutation test's (whole weeks of the offline series put in
    /// a random order), within its Monte-Carlo error.
    static func onlineOffline(_ context: inout Context) async throws {
        let stream = context.stream
        for (group, linked) in [("jews", true), ("christians", false)] {
            for whole in [true, false] {
                let filters = "group=\(group)" + (whole ? "&\(context.whole)" : "")
                let series = try #require(try await context.result("/api/v1/analysis/series?\(filters)") as? JSON)
                let hateful = try #require((series["series"] as? JSON)?["hateful"] as? [Int])
                let offline = try #require(series["offlineIncidents"] as? [Int])
                let shown = whole ? 0 : RotterdamStream.days - hateful.count
                #expect(offline == Array(stream.offline(group)[shown...]), "\(group): offline per day")
                struct Count: Decodable { var day: Int; var n: Int }
                let counted = try await context.app.sql.raw("""
                    SELECT day, COUNT(*) AS n FROM online_messages WHERE city = 'rotterdam' AND hateful = true
                    AND '|' || targets || '|' LIKE \(bind: "%|\(group)|%") GROUP BY day
                    """).all(decoding: Count.self)
                var perDay = [Int](repeating: 0, count: RotterdamStream.days)
                for row in counted { perDay[row.day - stream.firstDay] += row.n }
                #expect(hateful == Array(perDay[shown...]), "\(group): series = stored rows")

                let result = try #require(try await context.result("/api/v1/analysis/online-offline?\(filters)") as? JSON)
                let analysis = try #require(result["analysis"] as? JSON)
                #expect(analysis["status"] as? String == "ok", "\(group) \(analysis["status"] ?? "nil") \(analysis["note"] ?? "")")
                let x = hateful.map(Double.init), y = offline.map(Double.init)
                let rows = analysis["daily"] as? [JSON] ?? []
                #expect(rows.count == 29)
                let estimated = Self.blockP(x, y, lags: -14...14)
                for row in rows {
                    let lag = try #require(row["lag"] as? Int)
                    guard let r = row["correlation"] as? Double else {
                        Issue.record("\(group) lag \(lag): no r")
                        continue
                    }
                    #expect(abs(r - (Self.pearson(x, y, lag: lag) ?? .nan)) < 1e-9, "\(group) lag \(lag)")
                    // The product's 999 orders and these 2,000 estimate the same share q: (1 + 999 q) / 1000, within
                    // four standard errors of the two estimates.
                    let q = estimated[lag]!
                    let p = try #require(row["pValue"] as? Double)
                    #expect(abs(p - (1 + 999 * q) / 1_000) <= 4 * (q * (1 - q) * (1.0 / 999 + 1.0 / 2_000)).squareRoot() + 0.003, "\(group) lag \(lag): p \(p), estimated \(q)")
                }
                let strongest = try #require(analysis["strongestDaily"] as? JSON)
                let family = rows.compactMap { $0["familyPValue"] as? Double }
                if ProcessInfo.processInfo.environment["CG_TRIAL_PRINT"] != nil {
                    print("rotterdam online-offline \(group) \(whole ? "twelve weeks" : "default"): strongest \(strongest), least Holm p \(family.min() ?? 1), least p \(rows.compactMap { $0["pValue"] as? Double }.min() ?? 1)")
                }
                if linked {
                    // The events last four to six days, so the days either side of the planted lag correlate nearly as
                    // much: on other seeds the peak is +2 or +4 (CG_TRIAL_SEED=1, 3), with r at +3 close to it.
                    let atLag = rows.first { $0["lag"] as? Int == RotterdamStream.offlineLag }?["correlation"] as? Double ?? 0
                    let peak = strongest["correlation"] as? Double ?? 0
                    #expect(abs((strongest["lag"] as? Int ?? 99) - RotterdamStream.offlineLag) <= 1 && peak > 0.3 && atLag > peak - 0.1, "\(group) whole \(whole): \(strongest), r at +3 \(atLag)")
                    if ProcessInfo.processInfo.environment["CG_TRIAL_SEED"] == nil {
                        #expect(strongest["lag"] as? Int == RotterdamStream.offlineLag, "\(strongest)")
                    }
                    #expect((strongest["pValue"] as? Double ?? 1) <= 0.01, "\(strongest)")
                    // Over the twelve weeks (two events and the background, all followed by incidents) the link holds
                    // after looking at 29 lags; 29 × 1/1000 is the least Holm p 999 permutations give. The default
                    // eight weeks hold one event, whose weeks an order of the weeks keeps in place about 1 time in
                    // 56: there the Holm p is left unasserted (0.058 on this stream).
                    if whole { #expect((strongest["familyPValue"] as? Double ?? 1) < 0.05, "\(strongest)") }
                } else {
                    #expect(family.count == 29 && family.allSatisfy { $0 >= 0.05 }, "\(group) whole \(whole): \(strongest)")
                }
            }
        }
    }

    // MARK: - Authors

    /// Age band × gender of hateful authors: no figure of 1–9, hidden cells where the true count is 1–9, every shown
    /// figure within 2 of the truth.
    static func authors(_ context: inout Context) async throws {
        for group in ["all", "jews", "trans", "christians"] {
            let hidden = try await AuthorsTableCheck.check(&context.reads, app: context.app, city: RotterdamStream.city, group: group, filters: context.whole)
            #expect(hidden > 0, "\(group): the trial should have small cells to hide")
        }
    }

    // MARK: - Early warning

    /// Subscriptions by gebied name, as an analyst types them, and the job run as it would have run: in the evening
    /// of the pool event's second day (stream day 37) and of the moving event's sixth (day 55). The pool event
    /// alerts the subscription to Feijenoord, the moving event the one to Noord and Kralingen-Crooswijk (where it
    /// arrived on its fourth day) with its whole span and areas; nothing alerts the one to Pernis, and events that
    /// ended more than three days before a run are not alerted by it.
    static func earlyWarning(_ context: inout Context) async throws {
        let first = context.stream.firstDay
        for (areas, group) in [("Kralingen-Crooswijk, noord", "jews"), ("Feijenoord", "trans"), ("Pernis", "jews")] {
            _ = try await context.get("/analysis/alerts")
            let posted = try await context.reads.browser.post(
                "/analysis/alerts/subscriptions", ["city": RotterdamStream.city, "areas": areas, "groups": group])
            #expect(posted.status == .seeOther || posted.status == .found, "\(areas): \(posted.status) \(posted.text.prefix(300))")
        }
        let clock = RotterdamClock()
        let job = EarlyWarningJob(app: context.app.app)
        #expect(try await job.run(now: context.app.clock.now).alertsRecorded == 0)
        #expect(try await job.run(now: clock.instant(day: first + 37, hour: 22, minute: 0, second: 0)).alertsRecorded == 1)
        #expect(try await job.run(now: clock.instant(day: first + 55, hour: 22, minute: 0, second: 0)).alertsRecorded == 1)
        let alerts = try #require(try await context.result("/api/v1/analysis/alerts") as? [JSON])
        let summary = alerts.map { "\($0["group"] ?? "") \(($0["startDay"] as? Int ?? 0) - first) \($0["areas"] ?? "")" }
        let jews = alerts.filter { $0["group"] as? String == "jews" }, trans = alerts.filter { $0["group"] as? String == "trans" }
        #expect(alerts.count == 2 && jews.count == 1 && trans.count == 1, "\(summary)")
        // Found on day 55, the event is five days old and has reached its second pair of areas.
        #expect(abs((jews.first?["startDay"] as? Int ?? 0) - (first + 50)) <= 1, "\(summary)")
        #expect(Set(jews.first?["areas"] as? [String] ?? []) == ["CE", "DH", "NO", "KC"], "\(summary)")
        #expect(abs((trans.first?["startDay"] as? Int ?? 0) - (first + 36)) <= 1 && trans.first?["areas"] as? [String] == ["FN"], "\(summary)")
    }

    // MARK: - Deletion

    /// Three messages of the moving event in Noord on its middle day and one hateful message against Christians with
    /// an age band, deleted by id through the API: every count, the event's and its area's sizes and the term
    /// counts drop by exactly what was deleted; a second delete is 404.
    static func deletion(_ context: inout Context, token: HTTPHeaders) async throws {
        let stream = context.stream
        let day = stream.firstDay + 54
        struct Row: Decodable { var message_id: String; var source: String; var day: Int; var area: String; var author_age_band: String?; var author_gender: String? }
        let jews = try await context.app.sql.raw("""
            SELECT message_id, source, day, area, author_age_band, author_gender FROM online_messages
            WHERE city = 'rotterdam' AND hateful = true AND targets = 'jews' AND area = 'NO' AND day = \(bind: day) ORDER BY message_id
            """).all(decoding: Row.self)
        let planted = Set(stream.messages.filter { $0.event == "menorah" }.map(\.id))
        let victims = Array(jews.filter { planted.contains($0.message_id) }.prefix(3))
        let christian = try #require(try await context.app.sql.raw("""
            SELECT message_id, source, day, area, author_age_band, author_gender FROM online_messages WHERE city = 'rotterdam'
            AND hateful = true AND targets = 'christians' AND author_age_band IS NOT NULL AND area <> 'NO' ORDER BY message_id
            """).first(decoding: Row.self))
        #expect(victims.count == 3)
        let withWord = victims.filter { id in stream.messages.first { $0.id == id.message_id }!.text.contains("menorah") }.count
        let index = day - stream.firstDay

        func counts(_ context: inout Context) async throws -> [String: Int] {
            var out: [String: Int] = [:]
            let whole = context.whole
            for group in ["all", "jews", "christians"] {
                let map = try #require(try await context.result("/api/v1/analysis/map?group=\(group)&\(whole)") as? JSON)
                let north = try #require((map["areas"] as? [JSON])?.first { $0["areaCode"] as? String == "NO" })
                out["map \(group) NO hateful"] = north["hateful"] as? Int
                out["map \(group) total hateful"] = (map["total"] as? JSON)?["hateful"] as? Int
                out["map \(group) total messages"] = (map["total"] as? JSON)?["messages"] as? Int
                for area in ["", "&area=NO"] {
                    let series = try #require((try await context.result("/api/v1/analysis/series?group=\(group)\(area)&\(whole)") as? JSON)?["series"] as? JSON)
                    out["series \(group)\(area) hateful"] = (series["hateful"] as? [Int])?.reduce(0, +)
                    out["series \(group)\(area) day"] = (series["hateful"] as? [Int])?[index]
                }
                let receivers = try #require(try await context.result("/api/v1/analysis/receivers?\(whole)") as? JSON)
                out["receivers \(group)"] = (receivers["groups"] as? [JSON])?.first { $0["name"] as? String == group }?["hateful"] as? Int
                if group != "all" {
                    let oo = try #require((try await context.result("/api/v1/analysis/online-offline?group=\(group)&\(whole)") as? JSON)?["analysis"] as? JSON)
                    out["online-offline \(group)"] = oo["onlineTotal"] as? Int
                    struct Sum: Decodable { var n: Int? }
                    out["demographics \(group)"] = try await context.app.sql.raw(
                        "SELECT CAST(SUM(hateful) AS BIGINT) AS n FROM online_demographics WHERE city = 'rotterdam' AND target_group = \(bind: group)"
                    ).first(decoding: Sum.self)?.n
                }
            }
            let events = try Self.events(try await context.result("/api/v1/analysis/events?\(whole)"))
            let menorah = events.first { $0.terms["menorah"] != nil }
            out["event"] = menorah?.observed
            out["event NO"] = menorah?.areas["NO"]?.observed
            out["event term menorah"] = menorah?.terms["menorah"]
            struct Sum: Decodable { var n: Int? }
            out["terms menorah"] = try await context.app.sql.raw(
                "SELECT CAST(SUM(n) AS BIGINT) AS n FROM online_terms WHERE city = 'rotterdam' AND term = 'menorah'"
            ).first(decoding: Sum.self)?.n
            return out
        }
        let before = try await counts(&context)
        for victim in victims + [christian] {
            let deleted = try await context.app.send(.DELETE, "/api/v1/messages/\(victim.source)/\(victim.message_id)", headers: token)
            #expect(deleted.status == .ok, "\(deleted.status)")
        }
        let after = try await counts(&context)
        let demographic = victims.filter { $0.author_age_band != nil || $0.author_gender != nil }.count
        let drops: [String: Int] = [
            "map all NO hateful": 3, "map jews NO hateful": 3, "map christians NO hateful": 0,
            "map all total hateful": 4, "map jews total hateful": 3, "map christians total hateful": 1,
            "map all total messages": 4, "map jews total messages": 4, "map christians total messages": 4,
            "series all hateful": 4, "series all day": christian.day == day ? 4 : 3, "series all&area=NO hateful": 3, "series all&area=NO day": 3,
            "series jews hateful": 3, "series jews day": 3, "series jews&area=NO hateful": 3, "series jews&area=NO day": 3,
            "series christians hateful": 1, "series christians day": christian.day == day ? 1 : 0,
            "receivers all": 0, "receivers jews": 3, "receivers christians": 1,
            "online-offline jews": 3, "online-offline christians": 1,
            "demographics jews": demographic, "demographics christians": 1,
            // A term is kept once for its group and once under all.
            "event": 3, "event NO": 3, "event term menorah": withWord, "terms menorah": 2 * withWord,
        ]
        for (key, value) in before {
            let drop = drops[key] ?? 0
            #expect(after[key] == value - drop, "\(key): \(value) → \(after[key].map(String.init) ?? "nil"), expected −\(drop)")
        }
        #expect(before.count == after.count && before["event"] != nil && before["terms menorah"] != nil, "\(before)")
        let again = try await context.app.send(.DELETE, "/api/v1/messages/\(christian.source)/\(christian.message_id)", headers: token)
        #expect(again.status == .notFound)
    }

    // MARK: - Pages and privacy

    static func pages(_ context: inout Context) async throws {
        _ = try await context.get("/analysis")
        _ = try await context.get("/analysis?lang=nl")
        for kind in ["map", "series", "events", "online-offline", "receivers", "authors", "segments", "alerts"] {
            for query in ["", "?group=jews&lang=nl", "?group=trans&area=FN", "?group=jews&area=KC&\(context.whole)", "?group=christians&\(context.whole)&lang=nl"] {
                _ = try await context.get("/analysis/\(kind)\(query)")
            }
        }
        for kind in ["map", "series", "events", "receivers", "authors", "segments", "alerts"] {
            _ = try await context.get("/api/v1/analysis/\(kind)?group=jews&area=NO")
        }
        let page = try await context.get("/analysis/events?group=jews&lang=nl&\(context.whole)").text
        #expect(page.contains("Kralingen-Crooswijk") && page.contains("menorah"))
        // The public side: the observatory and its statistics count the police's incidents, and hold no record id.
        _ = try await context.get("/observatory")
        let statistics = try await context.get("/api/v1/stats/incidents?city=rotterdam")
        if ProcessInfo.processInfo.environment["CG_TRIAL_PRINT"] != nil { print("rotterdam observatory: \(statistics.text.prefix(3_000))") }
        let receivers = try #require(try await context.result("/api/v1/analysis/receivers") as? JSON)
        #expect((receivers["accounts"] as? [JSON] ?? []).compactMap { $0["name"] as? String } == [RotterdamStream.publicAccount])
    }

    /// No page or JSON holds an author id, a stored pseudonym, a private account or a police record id.
    static func privacy(_ context: Context) async throws {
        struct Row: Decodable { var author_pseudonym: String }
        let pseudonyms = Set(try await context.app.sql.raw("SELECT DISTINCT author_pseudonym FROM online_messages").all(decoding: Row.self).map(\.author_pseudonym))
        #expect(pseudonyms.count > 1_000)
        #expect(context.reads.bodies.count > 100)
        context.reads.expectNone(of: pseudonyms, nor: [RotterdamStream.authorPrefix, RotterdamStream.privateAccount, RotterdamStream.recordPrefix])
    }
}
