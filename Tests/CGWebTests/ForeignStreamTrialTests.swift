import CGDomain
import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The outside trial: a Barcelona stream the detectors were never tuned on (`ForeignStream`), taken through the
/// product as an analyst would — `commonground source add`, `ingest` (JSONL and CSV), a collector's API batches,
/// `incidents import` and reports through the public form verified in triage, into a fresh database — then the JSON
/// endpoints and pages of a running server, checked against what was planted. The checks every outside trial makes
/// (a re-ingest changing nothing, placement and local days, events against what was planted and their sizes, the
/// lagged correlation recomputed, a deletion's counts, the pages, no author anywhere) are `OutsideTrial`'s; its own
/// are the ingest's malformed lines and API errors, the reports, the early warning at two moments, the city-wide
/// event's districts, the offline series of other groups and the authors table with its perturbed figures.
@Suite(
    "Outside trial: a Barcelona stream",
    .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct ForeignStreamTrialTests {
    typealias JSON = [String: Any]

    static func lines(_ output: String, file: URL) -> [Int] {
        output.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix(file.path + ": line ") else { return nil }
            return Int(line.dropFirst((file.path + ": line ").count).prefix { $0.isNumber })
        }
    }

    @Test(
        """
        Barcelona: ingest and re-ingest through the CLI, placement, the three planted events, the lagged correlation, \
        a deletion, demographics and no author anywhere
        """)
    func trial() async throws {
        // SQLite, as the checker does; CG_TRIAL_POSTGRES=1 runs the same trial on PostgreSQL too (twice the time).
        let engines = OutsideTrial.environment["CG_TRIAL_POSTGRES"] == nil ? [.sqlite] : TestEngine.available
        for engine in engines { try await trial(on: engine) }
    }

    func trial(on engine: TestEngine) async throws {
        let figures = ["CG_PUBLIC_FIGURES": ForeignStream.publicAccount]
        // Eight weeks up to 2026-11-19: the stream crosses the end of summer time (25 October). The clock starts on
        // stream day 41, two days after the LGB event, for the early warning as it happened; it moves to the day
        // after the stream before the other checks.
        try await OutsideTrial.with(
            engine, publicFigure: ForeignStream.publicAccount, daysOn: 45, zone: "Europe/Madrid"
        ) { app, early in
            let stream = ForeignStream(
                lastDay: early + 14, seed: OutsideTrial.seed(default: 0xBC_2026),
                volume: OutsideTrial.volume(default: 360))
            let folder = app.dataDirectory
            let jsonl = folder.appendingPathComponent("xarxa.jsonl")
            let csv = folder.appendingPathComponent("forum-export.csv")
            let incidents = folder.appendingPathComponent("mossos.csv")
            try Data(stream.jsonl.utf8).write(to: jsonl)
            try Data(stream.csv.utf8).write(to: csv)
            try Data(stream.incidentsCSV.utf8).write(to: incidents)
            let data = try OutsideTrial.dataArguments(app)
            for (name, platform) in [(ForeignStream.jsonlSource, "microblog"), (ForeignStream.csvSource, "forum")] {
                try OutsideTrial.addSource(name, platform: platform, data: data)
            }

            // Ingest: every malformed record reported by its line and skipped, the rest stored.
            let inJSONL = stream.messages.filter { !$0.csv && !$0.api }.count
            let inCSV = stream.messages.filter(\.csv).count
            let inAPI = stream.messages.count - inJSONL - inCSV
            for (file, source, count, malformed) in [
                (jsonl, ForeignStream.jsonlSource, inJSONL, stream.jsonlMalformed),
                (csv, ForeignStream.csvSource, inCSV, stream.csvMalformed),
            ] {
                let arguments = ["ingest", file.path, "--source", source, "--city", ForeignStream.city] + data
                let run = try CLI.run(arguments, environment: figures)
                #expect(run.status == 0, "\(run.error.prefix(500))")
                #expect(Self.lines(run.error, file: file) == malformed.map(\.line), "\(run.error.prefix(800))")
                for bad in malformed {
                    if let field = bad.field {
                        #expect(
                            run.error.contains("\(file.path): line \(bad.line): \(field):"),
                            "line \(bad.line) should name \(field): \(run.error.prefix(800))")
                    }
                }
                let summary = "read \(count), stored \(count), duplicates 0, malformed \(malformed.count)"
                #expect(run.output.contains(summary), "\(run.output)")
            }
            // A collector posts the rest through the API with a token; the bad item is 422 with its index, the rest
            // stored.
            let token = try await MessagesAPITests.token(app, permissions: "messages:write", city: ForeignStream.city)
            let registered = try await app.sendJSON(
                .POST, "/api/v1/sources",
                json: #"""
                    {"name":"\#(ForeignStream.apiSource)","platform":"collector","collectionMethod":"api",\#
                    "termsOfUse":"research agreement"}
                    """#,
                headers: token)
            #expect(registered.status == .created)
            var posted = 0
            for (number, body) in stream.apiBatches.enumerated() {
                let response = try await app.sendJSON(.POST, "/api/v1/messages", json: body, headers: token)
                let answer = try response.json()
                posted += answer["stored"] as? Int ?? 0
                let errors = (answer["errors"] as? [JSON] ?? []).map { "\($0["index"] ?? "?") \($0["field"] ?? "?")" }
                let expected = number == 0 ? stream.apiMalformed.map { "\($0.index) \($0.field)" } : []
                #expect(errors == expected, "batch \(number): \(answer)")
                #expect(response.status == (number == 0 ? .unprocessableEntity : .ok))
            }
            #expect(posted == inAPI)
            try OutsideTrial.importIncidents(
                incidents, source: ForeignStream.incidentSource, city: ForeignStream.city, data: data)
            try await Self.reports(app, stream)

            var trial = try await OutsideTrial(
                app: app, name: "barcelona", city: ForeignStream.city, analyst: "analista@example.org",
                firstDay: stream.firstDay, lastDay: stream.lastDay,
                clock: RotterdamClock(zone: ForeignClock().zone), data: data)
            try await Self.earlyWarningThen(&trial, stream)
            app.clock.advance(by: 15 * 86_400)
            trial.reads.browser = Browser(app)
            _ = try await trial.reads.browser.login("analista@example.org", Fixtures.password)
            let before = try await Self.snapshot(&trial)

            // Re-ingest: nothing stored twice, every aggregate the same.
            for (file, source, count) in [
                (jsonl, ForeignStream.jsonlSource, inJSONL), (csv, ForeignStream.csvSource, inCSV),
            ] {
                let arguments = ["ingest", file.path, "--source", source, "--city", ForeignStream.city] + data
                let again = try CLI.run(arguments, environment: figures)
                #expect(again.output.contains("read \(count), stored 0, duplicates \(count)"), "\(again.output)")
            }
            for body in stream.apiBatches {
                let answer = try await app.sendJSON(.POST, "/api/v1/messages", json: body, headers: token).json()
                #expect(answer["stored"] as? Int == 0)
            }
            let reimport = try CLI.run(
                ["incidents", "import", incidents.path, "--source", ForeignStream.incidentSource, "--city",
                 ForeignStream.city] + data)
            #expect(reimport.output.contains("stored 0"), "\(reimport.output)")
            OutsideTrial.expectUnchanged(before, try await Self.snapshot(&trial))

            try await trial.placement(stream.messages)
            try await Self.events(&trial, stream)
            try await Self.onlineOffline(&trial, stream)
            try await Self.authors(&trial)
            try await Self.earlyWarning(&trial, stream)
            try await Self.deletion(&trial, stream)
            try await Self.pages(&trial, stream)
            try await trial.privacy(texts: [ForeignStream.authorPrefix, ForeignStream.privateAccount], bodies: 100)
            // Nor does the database file: author ids, declared locations, private accounts and the texts (sealed)
            // are nowhere readable in it.
            try await trial.expectUnreadable(
                [
                    ForeignStream.authorPrefix, "Nou Bariss", "Sant Adreu", "Eixampel", ForeignStream.privateAccount,
                    "okupas son ratas", "MOS-2026",
                ], engine: engine)
        }
    }

    // MARK: - Reports

    /// People report through the public form too; a caseworker verifies three of the four (one against Muslims left
    /// under review must not count, a race/ethnicity one counts for its groups, not Muslims).
    static func reports(_ app: TestApp, _ stream: ForeignStream) async throws {
        try await Fixtures.user(app, email: "gestora@example.org", role: .caseworker, city: ForeignStream.city)
        let caseworker = Browser(app)
        _ = try await caseworker.login("gestora@example.org", Fixtures.password)
        for report in stream.reports {
            let religion = report.characteristic == "religion" ? #","religion":"muslim""# : ""
            let json = #"""
                {"city":"barcelona","area":"\#(report.area)","type":"verbal_abuse",\#
                "description":"Insultada al metro.","characteristics":["\#(report.characteristic)"]\#(religion),\#
                "date":"\#(ForeignClock().date(report.day))","reporter":"victim"}
                """#
            let submitted = try await TriageTests.submit(app, json, as: caseworker)
            let id = String(submitted.page.split(separator: "/").last ?? "")
            _ = try await caseworker.get(submitted.page)
            let review = try await caseworker.post("/triage/reports/\(id)/update", ["status": "under_review"])
            #expect(review.status == .ok || review.status == .seeOther, "\(review.status)")
            if report.verified {
                let verified = try await caseworker.post(
                    "/triage/reports/\(id)/update", ["status": "verified", "classification": "hate_crime"])
                #expect(verified.status == .ok, "\(verified.status) \(verified.text.prefix(300))")
            }
        }
    }

    // MARK: - A re-ingest

    /// Every aggregate an analyst reads in the default period, as text (keys sorted), to compare before and after.
    static func snapshot(_ trial: inout OutsideTrial) async throws -> [String] {
        var all: [String] = []
        for group in ["all", "muslims", "lgb", "immigrants"] {
            for kind in ["map", "series", "receivers", "segments", "online-offline", "authors"] {
                let response = try await trial.get("/api/v1/analysis/\(kind)?group=\(group)")
                all.append("\(kind) \(group) " + (try Self.canonical(response)))
            }
        }
        all.append(try Self.canonical(try await trial.get("/api/v1/analysis/events")))
        return all
    }

    /// A JSON body with its keys sorted (the server does not promise an order).
    static func canonical(_ response: ClientResponse) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(response.text.utf8))
        let sorted = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: sorted, as: UTF8.self)
    }

    // MARK: - Events

    /// Each planted event found once, for its group, on its days (±1), in its districts each on its own days (±1);
    /// no other event; each size the series over its days (`OutsideTrial.expectEvents`). The city-wide event's
    /// districts: its messages fell on every district in proportion to its size; at least five are attached, each
    /// on the event's days. Filtered by group or district, the events are those of the group, or those the
    /// district is part of.
    static func events(_ trial: inout OutsideTrial, _ stream: ForeignStream) async throws {
        let planted: [OutsideTrial.PlantedEvent] = [
            .cityWide("attack", group: "muslims", days: ForeignStream.muslimDays) {
                $0.contains(ForeignStream.muslimEvent.word)
            },
            .local("banner", group: "lgb", areas: ForeignStream.lgbEvent.areas) {
                $0.contains(ForeignStream.lgbEvent.word)
            },
            .local("squat", group: "immigrants", areas: ForeignStream.immigrantEvent.areas) {
                $0.contains(ForeignStream.immigrantEvent.word)
            },
        ]
        if OutsideTrial.printing {
            for group in ["muslims", "lgb", "immigrants"] {
                let series = (try await trial.result("/api/v1/analysis/series?group=\(group)") as? JSON)?["series"]
                let shown = series as? JSON
                trial.say("series \(group): hateful \(shown?["hateful"] ?? "") messages \(shown?["messages"] ?? "")")
            }
        }
        let (found, summary) = try await trial.expectEvents(planted)
        let first = stream.firstDay + ForeignStream.muslimDays.lowerBound
        let last = stream.firstDay + ForeignStream.muslimDays.upperBound
        if let event = found.first(where: { $0.group == "muslims" }) {
            for (code, area) in event.areas {
                let days = area.days
                #expect(OutsideTrial.near(days.lowerBound, first) || days.lowerBound > first, "\(code) \(summary)")
                #expect(days.upperBound <= last + 1, "\(code) \(summary)")
            }
            #expect(event.areas.count >= 5, "the three largest districts had 5–7 extra a day: \(summary)")
        }
        for (query, expected) in [("group=lgb", ["lgb"]), ("group=women", [])] {
            let filtered = try Self.groups(try await trial.result("/api/v1/analysis/events?\(query)"))
            #expect(filtered == expected, "\(query): \(filtered)")
        }
        for code in ["06", "09", "04"] {
            let filtered = try Self.groups(try await trial.result("/api/v1/analysis/events?area=\(code)")).sorted()
            let expected = found.filter { $0.areas[code] != nil }.map(\.group).sorted()
            #expect(filtered == expected, "area \(code): \(filtered)")
        }
    }

    /// The groups of the events a JSON answer lists, in its order.
    static func groups(_ json: Any?) throws -> [String] {
        try OutsideTrial.events(json).map(\.group)
    }

    // MARK: - Online and offline

    /// The lagged correlation peaks at the planted lag; each r is Pearson's r of the series the page shows and each
    /// p the permutation test's (`OutsideTrial.correlation`); the offline series of each group is the imported and
    /// reported incidents; the online series is what the stored messages say.
    static func onlineOffline(_ trial: inout OutsideTrial, _ stream: ForeignStream) async throws {
        let shown = try await trial.correlation(
            "muslims", filters: "group=muslims&\(trial.whole)", offline: stream.offline("muslims", reports: true))
        let strongest = shown.strongest
        #expect(strongest["lag"] as? Int == ForeignStream.offlineLag, "strongest daily lag \(strongest)")
        let hateful = shown.hateful
        // Other groups: the imported records of the group, a race/ethnicity report for each of its groups; under
        // all, every verified incident once.
        for group in ["roma", "jews", "lgb"] {
            let series = try await trial.result("/api/v1/analysis/series?group=\(group)") as? JSON
            let other = try #require(series?["offlineIncidents"] as? [Int])
            #expect(other == stream.offline(group, reports: true), "\(group)")
        }
        let all = try await trial.result("/api/v1/analysis/series") as? JSON
        let every = try #require(all?["offlineIncidents"] as? [Int])
        #expect(every.reduce(0, +) == stream.incidents.count + stream.reports.filter(\.verified).count)
        // The series is what the stored messages say, counted here from the message rows, not the rollups.
        struct Count: Decodable {
            var day: Int
            var n: Int
        }
        let counted = try await trial.app.sql.raw(
            """
            SELECT day, COUNT(*) AS n FROM online_messages WHERE city = 'barcelona' AND hateful = true
            AND '|' || targets || '|' LIKE '%|muslims|%' GROUP BY day
            """
        ).all(decoding: Count.self)
        var perDay = [Int](repeating: 0, count: ForeignStream.days)
        for row in counted { perDay[row.day - stream.firstDay] = row.n }
        #expect(hateful == perDay)
        // The classifier found at least the planted event's messages on its days.
        for (offset, extra) in ForeignStream.muslimExtra.enumerated() {
            #expect(hateful[ForeignStream.muslimDays.lowerBound + offset] >= extra)
        }
    }

    // MARK: - Authors

    /// Age band × gender of hateful authors: every cell that holds 1–9 messages is hidden, every hateful figure
    /// shown is perturbed by the cell-key method, within 2 of the true count and never below 10 (until 2026-11-30
    /// rounded to 5); "all messages, hateful or not" is still rounded to 5.
    static func authors(_ trial: inout OutsideTrial) async throws {
        for group in ["all", "muslims", "lgb", "immigrants", "women", "roma", "jews", "black", "none"] {
            let result = try #require(try await trial.result("/api/v1/analysis/authors?group=\(group)") as? JSON)
            // No figure of the page — cells, totals, headline counts — shows 1–9 or an unprotected count.
            guard let table = result["hateful"] as? JSON else {
                #expect(group == "none", "\(group): no table")
                continue
            }
            let margins =
                (table["rowTotals"] as? [JSON] ?? []) + (table["columnTotals"] as? [JSON] ?? [])
                + [table["grandTotal"], result["hatefulWithDemographics"], result["hatefulInSuppressedCells"]]
                .compactMap { $0 as? JSON }
            for cell in margins + (table["cells"] as? [[JSON]] ?? []).joined() {
                if let value = cell["value"] as? Int {
                    #expect(value == 0 || (value >= 10 && cell["perturbed"] as? Bool == true), "\(group): \(cell)")
                }
            }
            let rows = try #require(table["rowLabels"] as? [String])
            let columns = try #require(table["columnLabels"] as? [String])
            let cells = try #require(table["cells"] as? [[JSON]])
            struct Cell: Decodable {
                var author_age_band: String?
                var author_gender: String?
                var n: Int
            }
            let filter =
                group == "all"
                ? "" : group == "none" ? "AND targets = ''" : "AND '|' || targets || '|' LIKE '%|\(group)|%'"
            let truth = try await trial.app.sql.raw(
                SQLQueryString(
                    """
                    SELECT author_age_band, author_gender, COUNT(*) AS n FROM online_messages
                    WHERE city = 'barcelona' AND hateful = true
                    AND (author_age_band IS NOT NULL OR author_gender IS NOT NULL) \(unsafeRaw: filter)
                    GROUP BY author_age_band, author_gender
                    """)
            ).all(decoding: Cell.self)
            var small = 0
            for (i, band) in rows.enumerated() {
                for (j, gender) in columns.enumerated() {
                    let n =
                        truth.first {
                            ($0.author_age_band ?? "unknown") == band && ($0.author_gender ?? "unknown") == gender
                        }?.n ?? 0
                    let cell = cells[i][j]
                    if let value = cell["value"] as? Int {
                        #expect(
                            abs(value - n) <= 2 && (value == 0) == (n == 0) && !(1...9).contains(n),
                            "\(group) \(band) \(gender): shown \(value), true \(n)")
                    } else if (1...9).contains(n) {
                        small += 1
                    }
                }
            }
            if group == "all" { #expect(small > 0, "the trial should have small cells to hide") }
            // "All messages whose author has an age band or gender, hateful or not" is the same under every group.
            struct Count: Decodable { var n: Int }
            let base =
                try await trial.app.sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM online_messages
                    WHERE city = 'barcelona' AND (author_age_band IS NOT NULL OR author_gender IS NOT NULL)
                    """
                ).first(decoding: Count.self)?.n ?? 0
            let shown = (result["messagesWithDemographics"] as? JSON)?["value"] as? Int ?? -1
            #expect(
                abs(shown - base) <= 2 && shown % 5 == 0,
                "\(group): all messages with demographics shown \(shown), stored \(base)")
        }
    }

    // MARK: - Early warning

    /// Two days after the LGB event (the clock on stream day 41), subscriptions by district name to LGB people in
    /// Gràcia and to immigrants in Nou Barris: the job alerts the LGB event, on its days and districts.
    static func earlyWarningThen(_ trial: inout OutsideTrial, _ stream: ForeignStream) async throws {
        for (area, group) in [("Gràcia", "lgb"), ("Nou Barris", "immigrants")] {
            _ = try await trial.get("/analysis/alerts")
            let posted = try await trial.reads.browser.post(
                "/analysis/alerts/subscriptions", ["city": ForeignStream.city, "areas": area, "groups": group])
            #expect(
                posted.status == .seeOther || posted.status == .found, "\(posted.status) \(posted.text.prefix(300))")
        }
        let run = try await EarlyWarningJob(app: trial.app.app).run(now: trial.app.clock.now)
        #expect(run.alertsRecorded == 1)
        let alerts = try #require(try await trial.result("/api/v1/analysis/alerts") as? [JSON])
        let alert = try #require(alerts.first)
        #expect(alerts.count == 1 && alert["group"] as? String == "lgb", "\(alerts)")
        let start = stream.firstDay + ForeignStream.lgbEvent.areas[0].days.lowerBound
        #expect(alert["startDay"] as? Int == start, "\(alert)")
        #expect(Set(alert["areas"] as? [String] ?? []) == ["02", "06"], "\(alert)")
    }

    /// At the end, the moving event is alerted for the subscription to Nou Barris, on its start day; the LGB event
    /// is not alerted again.
    static func earlyWarning(_ trial: inout OutsideTrial, _ stream: ForeignStream) async throws {
        let run = try await EarlyWarningJob(app: trial.app.app).run(now: trial.app.clock.now)
        #expect(run.alertsRecorded == 1)
        let alerts = try #require(try await trial.result("/api/v1/analysis/alerts") as? [JSON])
        #expect(alerts.count == 2)
        let alert = try #require(alerts.first)
        #expect(alert["group"] as? String == "immigrants")
        let start = stream.firstDay + ForeignStream.immigrantEvent.areas[0].days.lowerBound
        #expect(abs((alert["startDay"] as? Int ?? 0) - start) <= 1, "\(alert)")
        #expect((alert["areas"] as? [String] ?? []).contains("08"), "\(alert)")
    }

    // MARK: - Deletion

    /// A hateful message against Muslims of the city-wide event, with its author's age band, deleted by id: every
    /// count that held it drops by exactly one, nothing else changes.
    static func deletion(_ trial: inout OutsideTrial, _ stream: ForeignStream) async throws {
        struct Row: Decodable {
            var message_id: String
            var source: String
            var area: String
            var day: Int
            var author_age_band: String?
        }
        let rows = try await trial.app.sql.raw(
            """
            SELECT message_id, source, area, day, author_age_band FROM online_messages WHERE city = 'barcelona'
            AND hateful = true AND targets = 'muslims' AND area = '02' AND author_age_band IS NOT NULL
            ORDER BY day, message_id
            """
        ).all(decoding: Row.self)
        let eventDay = stream.firstDay + ForeignStream.muslimDays.lowerBound + 1
        let victim = try #require(rows.first { $0.day == eventDay })
        let index = victim.day - stream.firstDay

        func counts(_ trial: inout OutsideTrial) async throws -> [String: Int] {
            var out: [String: Int] = [:]
            for group in ["all", "muslims"] {
                let map = try #require(try await trial.result("/api/v1/analysis/map?group=\(group)") as? JSON)
                let area = try #require((map["areas"] as? [JSON])?.first { $0["areaCode"] as? String == "02" })
                out["map \(group) messages"] = area["messages"] as? Int
                out["map \(group) hateful"] = area["hateful"] as? Int
                out["map \(group) total"] = (map["total"] as? JSON)?["messages"] as? Int
                out["map \(group) total hateful"] = (map["total"] as? JSON)?["hateful"] as? Int
                for path in ["series?group=\(group)", "series?group=\(group)&area=02"] {
                    let answer = try await trial.result("/api/v1/analysis/\(path)") as? JSON
                    let series = try #require(answer?["series"] as? JSON)
                    out["\(path) hateful"] = (series["hateful"] as? [Int])?[index]
                    out["\(path) messages"] = (series["messages"] as? [Int])?[index]
                }
            }
            let receivers = try #require(try await trial.result("/api/v1/analysis/receivers") as? JSON)
            let muslims = (receivers["groups"] as? [JSON])?.first { $0["name"] as? String == "muslims" }
            out["receivers muslims"] = muslims?["hateful"] as? Int
            let online = try await trial.result("/api/v1/analysis/online-offline?group=muslims") as? JSON
            let analysis = try #require(online?["analysis"] as? JSON)
            out["online-offline online"] = analysis["onlineTotal"] as? Int
            let segments = try #require(try await trial.result("/api/v1/analysis/segments?group=muslims") as? JSON)
            out["segments 02 hateful"] =
                (segments["violence"] as? [JSON])?.first {
                    $0["area"] as? String == "02" && $0["targetGroup"] as? String == "muslims"
                }?["hateful"] as? Int
            let events = try OutsideTrial.events(try await trial.result("/api/v1/analysis/events"))
            out["event observed"] = events.first { $0.group == "muslims" }?.observed
            struct Sum: Decodable { var n: Int? }
            let demographics = try await trial.app.sql.raw(
                """
                SELECT CAST(SUM(hateful) AS BIGINT) AS n FROM online_demographics
                WHERE city = 'barcelona' AND target_group = 'muslims'
                """
            ).first(decoding: Sum.self)
            out["demographics muslims"] = demographics?.n
            return out
        }
        let before = try await counts(&trial)
        let token = try await MessagesAPITests.token(
            trial.app, permissions: "messages:write", city: ForeignStream.city)
        let path = "/api/v1/messages/\(victim.source)/\(victim.message_id)"
        let deleted = try await trial.app.send(.DELETE, path, headers: token)
        #expect(deleted.status == .ok, "\(deleted.status) \(deleted.body.map { String(buffer: $0) } ?? "")")
        let after = try await counts(&trial)
        OutsideTrial.expectDropped(before, after, by: 1)
        #expect(Set(before.keys) == Set(after.keys) && before.count == 21, "\(before.keys.sorted())")
        let again = try await trial.app.send(.DELETE, path, headers: token)
        #expect(again.status == .notFound)
    }

    // MARK: - Pages

    /// Every analysis page under four filters (and, with `CG_TRIAL_PAGES=folder`, some kept there); the weekly
    /// lags' note; the unplaced row named; only the public account among the receivers.
    static func pages(_ trial: inout OutsideTrial, _ stream: ForeignStream) async throws {
        _ = try await trial.get("/analysis")
        if let folder = OutsideTrial.environment["CG_TRIAL_PAGES"].map({ URL(fileURLWithPath: $0) }) {
            for kind in ["events", "series", "map", "online-offline", "authors", "segments", "receivers", "alerts"] {
                let page = try await trial.get("/analysis/\(kind)?group=immigrants")
                try Data(page.text.utf8).write(to: folder.appendingPathComponent("\(kind).html"))
            }
            for lang in ["es", "ca"] {
                for kind in ["events", "authors", "online-offline", "segments"] {
                    let page = try await trial.get("/analysis/\(kind)?group=muslims&lang=\(lang)")
                    try Data(page.text.utf8).write(to: folder.appendingPathComponent("\(kind)-\(lang).html"))
                }
            }
            let dashboard = try await trial.get("/analysis")
            try Data(dashboard.text.utf8).write(to: folder.appendingPathComponent("dashboard.html"))
        }
        let queries = ["", "?group=muslims", "?group=lgb&area=06", "?group=immigrants&area=08"]
        try await trial.visit(OutsideTrial.analysisPages, queries: queries)
        for kind in ["map", "series", "events", "receivers", "authors", "segments"] {
            _ = try await trial.get("/api/v1/analysis/\(kind)?group=immigrants&area=08")
        }
        // The unplaced row of the violence table is named as on the map, not a bare dash.
        // Eight weeks hold no weekly lag (12 whole weeks needed): the page says so instead of a table of dashes.
        let both = try await trial.get("/analysis/online-offline?group=muslims&lang=en").text
        let wholeWeeks = (stream.firstDay...stream.lastDay).filter { ($0 + 3) % 7 == 0 && $0 + 6 <= stream.lastDay }
        #expect(
            both.contains(
                "Weekly lags need at least 12 whole weeks in common; this period holds \(wholeWeeks.count)."))
        #expect(!both.contains("<td>– … –</td>"))
        let violence = try await trial.get("/analysis/segments?group=immigrants&lang=en").text
        #expect(violence.contains("Not placed in an area") && !violence.contains("<td>—</td>"))
        try await trial.expectReceivers(ForeignStream.publicAccount, filters: "")
    }
}
