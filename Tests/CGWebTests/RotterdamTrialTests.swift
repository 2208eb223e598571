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
@Suite(
    "Outside trial 2: a Rotterdam stream",
    .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct RotterdamTrialTests {
    typealias JSON = [String: Any]

    @Test(
        """
        Rotterdam: ingest over HTTP and CSV, placement and local days, a moving event, the lagged correlation with \
        and without a link, deletions, the authors table and no author anywhere
        """,
        arguments: TestEngine.available)
    func trial(engine: TestEngine) async throws {
        let figures = ["CG_PUBLIC_FIGURES": RotterdamStream.publicAccount]
        try await OutsideTrial.with(
            engine, publicFigure: RotterdamStream.publicAccount, daysOn: 80, zone: "Europe/Amsterdam"
        ) { app, today in
            // CG_TRIAL_SEED=n draws another stream of the same design.
            let stream = RotterdamStream(lastDay: today - 1, seed: OutsideTrial.seed(default: 0x0010_2026))
            let folder = app.dataDirectory
            let data = try OutsideTrial.dataArguments(app)

            // The forum export, through the command line.
            let csv = folder.appendingPathComponent("forum-rotterdam.csv")
            try Data(stream.csv.utf8).write(to: csv)
            try OutsideTrial.addSource(RotterdamStream.csvSource, data: data)
            let inCSV = stream.messages.filter(\.csv).count
            let ingest = ["ingest", csv.path, "--source", RotterdamStream.csvSource, "--city", RotterdamStream.city]
            let run = try CLI.run(ingest + data, environment: figures)
            #expect(run.status == 0, "\(run.error.prefix(500))")
            #expect(run.output.contains("read \(inCSV), stored \(inCSV), duplicates 0, malformed 2"), "\(run.output)")
            // Each bad record by its line and schema field (the column `gender` is `author_gender`; until 2026-11-30
            // the error named the column as written).
            for bad in stream.csvMalformed {
                #expect(
                    run.error.contains("\(csv.path): line \(bad.line): \(bad.field):"),
                    "line \(bad.line): \(run.error.prefix(600))")
            }
            #expect(run.error.split(separator: "\n").count == stream.csvMalformed.count, "\(run.error.prefix(600))")

            // The collector, through the API in batches of 2,000; the one bad item is 422 with its index.
            let token = try await MessagesAPITests.token(app, permissions: "messages:write", city: RotterdamStream.city)
            let registered = try await app.sendJSON(
                .POST, "/api/v1/sources",
                json: #"{"name":"\#(RotterdamStream.apiSource)","platform":"collector","collectionMethod":"api","#
                    + #""termsOfUse":"data agreement"}"#,
                headers: token)
            #expect(registered.status == .created)
            var stored = 0
            for (number, body) in stream.apiBatches.enumerated() {
                let response = try await app.sendJSON(.POST, "/api/v1/messages", json: body, headers: token)
                let answer = try response.json()
                stored += answer["stored"] as? Int ?? 0
                let errors = (answer["errors"] as? [JSON] ?? []).map { "\($0["index"] ?? "?") \($0["field"] ?? "?")" }
                let bad = stream.apiMalformed
                #expect(
                    errors == (number == bad.batch ? ["\(bad.index) \(bad.field)"] : []), "batch \(number): \(answer)")
                #expect(response.status == (number == bad.batch ? .unprocessableEntity : .ok))
            }
            #expect(stored == stream.messages.count - inCSV)

            // The police's verified incidents.
            let police = try await MessagesAPITests.token(app, permissions: "reports:write", city: RotterdamStream.city)
            let imported = try await app.sendJSON(
                .POST, "/api/v1/incidents/import", json: stream.incidentBatch, headers: police)
            let answer = try imported.json()
            #expect(imported.status == .ok, "\(imported.text.prefix(600))")
            #expect(
                answer["stored"] as? Int == stream.incidents.count
                    && answer["incidents"] as? Int == stream.offline("all").reduce(0, +), "\(answer)")

            var trial = try await OutsideTrial(
                app: app, name: "rotterdam", city: RotterdamStream.city, analyst: "analist@example.org",
                firstDay: stream.firstDay, lastDay: stream.lastDay, clock: RotterdamClock(), data: data)
            try await Self.placement(&trial, stream)
            try await Self.events(&trial, stream)
            try await Self.onlineOffline(&trial, stream)
            // Age band × gender of hateful authors: no figure of 1–9, hidden cells where the true count is 1–9,
            // every shown figure within 2 of the truth.
            let groups = ["all", "jews", "trans", "christians"]
            for (group, hidden) in zip(groups, try await trial.authors(groups)) {
                #expect(hidden > 0, "\(group): the trial should have small cells to hide")
            }
            try await Self.earlyWarning(&trial)
            try await Self.deletion(&trial, stream, token: token)
            try await Self.pages(&trial)
            try await trial.privacy(
                texts: [RotterdamStream.authorPrefix, RotterdamStream.privateAccount, RotterdamStream.recordPrefix],
                bodies: 100)
            try await trial.expectUnreadable(
                [
                    RotterdamStream.authorPrefix, RotterdamStream.privateAccount, RotterdamStream.recordPrefix,
                    "Delfshafen", "boodschappen",
                ], engine: engine)
        }
    }

    // MARK: - Placement and local days

    /// Every message in the gebied its evidence names (or unplaced), on the Rotterdam day and hour it was written,
    /// whichever zone its timestamp was written in; the map counts the same; a fifth of the messages in the hour
    /// either side of midnight.
    static func placement(_ trial: inout OutsideTrial, _ stream: RotterdamStream) async throws {
        try await trial.placement(stream.messages) { index in
            let message = stream.messages[index]
            return RotterdamClock().render(message, style: index % 11, csv: message.csv)
        }
        let nearMidnight = stream.messages.filter { $0.hour == 23 || $0.hour == 0 }.count
        #expect(nearMidnight > stream.messages.count / 5)

        if OutsideTrial.printing {
            struct Label: Decodable {
                var message_id: String
                var hateful: Bool
                var targets: String
            }
            let labels = try await trial.app.sql.raw("SELECT message_id, hateful, targets FROM online_messages")
                .all(decoding: Label.self)
            let written = Dictionary(uniqueKeysWithValues: stream.messages.map { ($0.id, $0) })
            let flagged = labels.filter { $0.hateful && written[$0.message_id]?.group == nil }
                .compactMap { written[$0.message_id]?.text }
            let missed = labels.filter { !$0.hateful && written[$0.message_id]?.group != nil }
                .compactMap { written[$0.message_id]?.text }
            let otherGroup = labels.filter { label in
                guard label.hateful, let group = written[label.message_id]?.group, !group.isEmpty else { return false }
                return !label.targets.split(separator: "|").contains(Substring(group))
            }
            let unplaced = stream.messages.filter { $0.expectedArea == nil }.count
            let hateful = stream.messages.filter { $0.group != nil }.count
            print(
                "rotterdam: \(stream.messages.count) messages (\(stream.messages.filter(\.csv).count) CSV), "
                    + "\(unplaced) unplaced, \(hateful) written hateful, \(labels.filter(\.hateful).count) flagged; "
                    + "incidents \(stream.offline("all").reduce(0, +)) (jews \(stream.offline("jews").reduce(0, +)), "
                    + "christians \(stream.offline("christians").reduce(0, +)))")
            print(
                "rotterdam: flagged but written friendly or ordinary: \(flagged.count) "
                    + "\(Set(flagged).sorted().prefix(10)); "
                    + "missed: \(missed.count) \(Set(missed).sorted().prefix(10)); "
                    + "another group: \(otherGroup.count)")
        }
    }

    // MARK: - Events

    /// Each planted event once, for its group, on its days (±1), in its gebieden each on its own days (±1), with
    /// its word; no other event; each size the group's series over its days.
    static func events(_ trial: inout OutsideTrial, _ stream: RotterdamStream) async throws {
        let planted: [OutsideTrial.PlantedEvent] =
            [
                .cityWide("stadion", group: "jews", days: RotterdamStream.stadiumDays, byWord: true) { $0 == "stadion" }
            ]
            + [RotterdamStream.menorah, RotterdamStream.pool].map { event in
                .local(event.word, group: event.group, areas: event.areas, byWord: true) { $0 == event.word }
            }
        let (found, _) = try await trial.expectEvents(planted)
        if OutsideTrial.printing {
            for group in Set(found.map(\.group)) {
                print("rotterdam series \(group): \(try await trial.hatefulSeries(group))")
            }
        }
        // Filters: by group, by a gebied the moving event reached later, by one no event touched.
        let trans = try await trial.events("group=trans").map(\.group)
        #expect(trans == ["trans"])
        let kralingen = try await trial.events("area=KC")
        #expect(
            kralingen.contains { $0.terms["menorah"] != nil } && !kralingen.contains { $0.group == "trans" },
            "\(trial.describe(kralingen))")
        let pernis = try await trial.events("area=PE&group=trans")
        #expect(pernis.isEmpty)
        // The default view (the last eight weeks) holds the two later events and not the match's.
        let recent = try OutsideTrial.events(try await trial.result("/api/v1/analysis/events"))
        let words = recent.compactMap {
            $0.terms["menorah"] != nil ? "menorah" : $0.terms["zwembad"] != nil ? "zwembad" : $0.group
        }
        #expect(Set(words) == ["menorah", "zwembad"], "\(trial.describe(recent))")
    }

    // MARK: - Online and offline

    /// Against Jewish people the offline incidents follow the online hate by three days: the strongest daily lag is
    /// +3 with a positive r, significant after Holm's correction, in the default view and over the whole stream.
    /// Against Christians the incidents were drawn apart from anything online: no lag is significant. Every r is
    /// Pearson's r of the series shown and every p the permutation test's (whole weeks of the offline series put in
    /// a random order), within its Monte-Carlo error.
    static func onlineOffline(_ trial: inout OutsideTrial, _ stream: RotterdamStream) async throws {
        for (group, linked) in [("jews", true), ("christians", false)] {
            for whole in [true, false] {
                let filters = "group=\(group)" + (whole ? "&\(trial.whole)" : "")
                let shown = try await trial.correlation(
                    group, filters: filters, offline: stream.offline(group), lastDays: !whole)
                // The series is the stored rows counted directly.
                struct Count: Decodable {
                    var day: Int
                    var n: Int
                }
                let counted = try await trial.app.sql.raw(
                    """
                    SELECT day, COUNT(*) AS n FROM online_messages WHERE city = 'rotterdam' AND hateful = true
                    AND '|' || targets || '|' LIKE \(bind: "%|\(group)|%") GROUP BY day
                    """
                ).all(decoding: Count.self)
                var perDay = [Int](repeating: 0, count: RotterdamStream.days)
                for row in counted { perDay[row.day - stream.firstDay] += row.n }
                let from = whole ? 0 : RotterdamStream.days - shown.hateful.count
                #expect(shown.hateful == Array(perDay[from...]), "\(group): series = stored rows")
                #expect(shown.rows.count == 29)

                let strongest = shown.strongest, family = shown.family
                trial.say(
                    "online-offline \(group) \(whole ? "twelve weeks" : "default"): strongest \(strongest), "
                        + "least Holm p \(family.min() ?? 1), "
                        + "least p \(shown.rows.compactMap { $0["pValue"] as? Double }.min() ?? 1)")
                if linked {
                    // The events last four to six days, so the days either side of the planted lag correlate nearly
                    // as much: on other seeds the peak is +2 or +4 (CG_TRIAL_SEED=1, 3), with r at +3 close to it.
                    let atLag = shown.rows.first { $0["lag"] as? Int == RotterdamStream.offlineLag }?["correlation"]
                    let r3 = atLag as? Double ?? 0
                    let peak = strongest["correlation"] as? Double ?? 0
                    #expect(
                        abs((strongest["lag"] as? Int ?? 99) - RotterdamStream.offlineLag) <= 1 && peak > 0.3
                            && r3 > peak - 0.1, "\(group) whole \(whole): \(strongest), r at +3 \(r3)")
                    if !OutsideTrial.seeded {
                        #expect(strongest["lag"] as? Int == RotterdamStream.offlineLag, "\(strongest)")
                    }
                    #expect((strongest["pValue"] as? Double ?? 1) <= 0.01, "\(strongest)")
                    // Over the twelve weeks (two events and the background, all followed by incidents) the link
                    // holds after looking at 29 lags; 29 × 1/1000 is the least Holm p 999 permutations give. The
                    // default eight weeks hold one event, whose weeks an order of the weeks keeps in place about 1
                    // time in 56: there the Holm p is left unasserted (0.058 on this stream).
                    if whole { #expect((strongest["familyPValue"] as? Double ?? 1) < 0.05, "\(strongest)") }
                } else {
                    #expect(
                        family.count == 29 && family.allSatisfy { $0 >= 0.05 },
                        "\(group) whole \(whole): \(strongest)")
                }
            }
        }
    }

    // MARK: - Early warning

    /// Subscriptions by gebied name, as an analyst types them, and the job run as it would have run: in the evening
    /// of the pool event's second day (stream day 37) and of the moving event's sixth (day 55). The pool event
    /// alerts the subscription to Feijenoord, the moving event the one to Noord and Kralingen-Crooswijk (where it
    /// arrived on its fourth day) with its whole span and areas; nothing alerts the one to Pernis, and events that
    /// ended more than three days before a run are not alerted by it.
    static func earlyWarning(_ trial: inout OutsideTrial) async throws {
        let first = trial.firstDay
        for (areas, group) in [("Kralingen-Crooswijk, noord", "jews"), ("Feijenoord", "trans"), ("Pernis", "jews")] {
            _ = try await trial.get("/analysis/alerts")
            let posted = try await trial.reads.browser.post(
                "/analysis/alerts/subscriptions", ["city": RotterdamStream.city, "areas": areas, "groups": group])
            #expect(
                posted.status == .seeOther || posted.status == .found,
                "\(areas): \(posted.status) \(posted.text.prefix(300))")
        }
        let clock = RotterdamClock()
        let job = EarlyWarningJob(app: trial.app.app)
        func evening(_ day: Int) -> Date { clock.instant(day: first + day, hour: 22, minute: 0, second: 0) }
        #expect(try await job.run(now: trial.app.clock.now).alertsRecorded == 0)
        #expect(try await job.run(now: evening(37)).alertsRecorded == 1)
        #expect(try await job.run(now: evening(55)).alertsRecorded == 1)
        let alerts = try #require(try await trial.result("/api/v1/analysis/alerts") as? [JSON])
        let summary = alerts.map {
            "\($0["group"] ?? "") \(($0["startDay"] as? Int ?? 0) - first) \($0["areas"] ?? "")"
        }
        let jews = alerts.filter { $0["group"] as? String == "jews" }
        let trans = alerts.filter { $0["group"] as? String == "trans" }
        #expect(alerts.count == 2 && jews.count == 1 && trans.count == 1, "\(summary)")
        // Found on day 55, the event is five days old and has reached its second pair of areas.
        #expect(abs((jews.first?["startDay"] as? Int ?? 0) - (first + 50)) <= 1, "\(summary)")
        #expect(Set(jews.first?["areas"] as? [String] ?? []) == ["CE", "DH", "NO", "KC"], "\(summary)")
        #expect(
            abs((trans.first?["startDay"] as? Int ?? 0) - (first + 36)) <= 1
                && trans.first?["areas"] as? [String] == ["FN"], "\(summary)")
    }

    // MARK: - Deletion

    /// Three messages of the moving event in Noord on its middle day and one hateful message against Christians with
    /// an age band, deleted by id through the API: every count, the event's and its area's sizes and the term
    /// counts drop by exactly what was deleted; a second delete is 404.
    static func deletion(_ trial: inout OutsideTrial, _ stream: RotterdamStream, token: HTTPHeaders) async throws {
        let day = stream.firstDay + 54
        struct Row: Decodable {
            var message_id: String
            var source: String
            var day: Int
            var area: String
            var author_age_band: String?
            var author_gender: String?
        }
        let jews = try await trial.app.sql.raw(
            """
            SELECT message_id, source, day, area, author_age_band, author_gender FROM online_messages
            WHERE city = 'rotterdam' AND hateful = true AND targets = 'jews' AND area = 'NO' AND day = \(bind: day)
            ORDER BY message_id
            """
        ).all(decoding: Row.self)
        let planted = Set(stream.messages.filter { $0.event == "menorah" }.map(\.id))
        let victims = Array(jews.filter { planted.contains($0.message_id) }.prefix(3))
        let christian = try #require(
            try await trial.app.sql.raw(
                """
                SELECT message_id, source, day, area, author_age_band, author_gender FROM online_messages
                WHERE city = 'rotterdam' AND hateful = true AND targets = 'christians' AND author_age_band IS NOT NULL
                AND area <> 'NO' ORDER BY message_id
                """
            ).first(decoding: Row.self))
        #expect(victims.count == 3)
        let withWord = victims.filter { victim in
            stream.messages.first { $0.id == victim.message_id }!.text.contains("menorah")
        }.count
        let index = day - stream.firstDay

        func counts(_ trial: inout OutsideTrial) async throws -> [String: Int] {
            var out: [String: Int] = [:]
            let whole = trial.whole
            for group in ["all", "jews", "christians"] {
                let map = try #require(try await trial.result("/api/v1/analysis/map?group=\(group)&\(whole)") as? JSON)
                let north = try #require((map["areas"] as? [JSON])?.first { $0["areaCode"] as? String == "NO" })
                out["map \(group) NO hateful"] = north["hateful"] as? Int
                out["map \(group) total hateful"] = (map["total"] as? JSON)?["hateful"] as? Int
                out["map \(group) total messages"] = (map["total"] as? JSON)?["messages"] as? Int
                for area in ["", "&area=NO"] {
                    let hateful = try await trial.hatefulSeries(group, area: area.isEmpty ? nil : "NO")
                    out["series \(group)\(area) hateful"] = hateful.reduce(0, +)
                    out["series \(group)\(area) day"] = hateful[index]
                }
                let receivers = try #require(try await trial.result("/api/v1/analysis/receivers?\(whole)") as? JSON)
                let receiver = (receivers["groups"] as? [JSON])?.first { $0["name"] as? String == group }
                out["receivers \(group)"] = receiver?["hateful"] as? Int
                if group != "all" {
                    let path = "/api/v1/analysis/online-offline?group=\(group)&\(whole)"
                    let answer = try await trial.result(path) as? JSON
                    let oo = try #require(answer?["analysis"] as? JSON)
                    out["online-offline \(group)"] = oo["onlineTotal"] as? Int
                    struct Sum: Decodable { var n: Int? }
                    out["demographics \(group)"] = try await trial.app.sql.raw(
                        """
                        SELECT CAST(SUM(hateful) AS BIGINT) AS n FROM online_demographics WHERE city = 'rotterdam'
                        AND target_group = \(bind: group)
                        """
                    ).first(decoding: Sum.self)?.n
                }
            }
            let events = try await trial.events()
            let menorah = events.first { $0.terms["menorah"] != nil }
            out["event"] = menorah?.observed
            out["event NO"] = menorah?.areas["NO"]?.observed
            out["event term menorah"] = menorah?.terms["menorah"]
            struct Sum: Decodable { var n: Int? }
            out["terms menorah"] = try await trial.app.sql.raw(
                "SELECT CAST(SUM(n) AS BIGINT) AS n FROM online_terms WHERE city = 'rotterdam' AND term = 'menorah'"
            ).first(decoding: Sum.self)?.n
            return out
        }
        let before = try await counts(&trial)
        for victim in victims + [christian] {
            let path = "/api/v1/messages/\(victim.source)/\(victim.message_id)"
            let deleted = try await trial.app.send(.DELETE, path, headers: token)
            #expect(deleted.status == .ok, "\(deleted.status)")
        }
        let after = try await counts(&trial)
        let demographic = victims.filter { $0.author_age_band != nil || $0.author_gender != nil }.count
        let drops: [String: Int] = [
            "map all NO hateful": 3, "map jews NO hateful": 3, "map christians NO hateful": 0,
            "map all total hateful": 4, "map jews total hateful": 3, "map christians total hateful": 1,
            "map all total messages": 4, "map jews total messages": 4, "map christians total messages": 4,
            "series all hateful": 4, "series all day": christian.day == day ? 4 : 3,
            "series all&area=NO hateful": 3, "series all&area=NO day": 3,
            "series jews hateful": 3, "series jews day": 3,
            "series jews&area=NO hateful": 3, "series jews&area=NO day": 3,
            "series christians hateful": 1, "series christians day": christian.day == day ? 1 : 0,
            "receivers all": 0, "receivers jews": 3, "receivers christians": 1,
            "online-offline jews": 3, "online-offline christians": 1,
            "demographics jews": demographic, "demographics christians": 1,
            // A term is kept once for its group and once under all.
            "event": 3, "event NO": 3, "event term menorah": withWord, "terms menorah": 2 * withWord,
        ]
        OutsideTrial.expectDropped(before, after, by: 0, drops: drops)
        #expect(before.count == after.count && before["event"] != nil && before["terms menorah"] != nil, "\(before)")
        let again = try await trial.app.send(
            .DELETE, "/api/v1/messages/\(christian.source)/\(christian.message_id)", headers: token)
        #expect(again.status == .notFound)
    }

    // MARK: - Pages

    static func pages(_ trial: inout OutsideTrial) async throws {
        try await trial.visitPages(
            language: "nl",
            queries: [
                "", "?group=jews&lang=nl", "?group=trans&area=FN", "?group=jews&area=KC&\(trial.whole)",
                "?group=christians&\(trial.whole)&lang=nl",
            ])
        for kind in ["map", "series", "events", "receivers", "authors", "segments", "alerts"] {
            _ = try await trial.get("/api/v1/analysis/\(kind)?group=jews&area=NO")
        }
        let page = try await trial.get("/analysis/events?group=jews&lang=nl&\(trial.whole)").text
        #expect(page.contains("Kralingen-Crooswijk") && page.contains("menorah"))
        // The public side: the observatory and its statistics count the police's incidents, and hold no record id.
        _ = try await trial.get("/observatory")
        let statistics = try await trial.get("/api/v1/stats/incidents?city=rotterdam")
        trial.say("observatory: \(statistics.text.prefix(3_000))")
        try await trial.expectReceivers(RotterdamStream.publicAccount, filters: "")
    }
}
