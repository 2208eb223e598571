import CGDomain
import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The third outside trial: a Swedish Stockholm stream (`StockholmStream`) ingested as a JSONL export through the
/// real `commonground ingest` process (with a malformed line, then the same file again), the police's verified
/// incidents through `commonground incidents import`, takedowns through `commonground messages delete`; then read
/// through the JSON endpoints and pages as an analyst of the city and checked against what was planted: placement
/// by coordinates, declared locations (as Stockholmers write them) and places in the text; a moving event and a
/// city-wide one; the lagged online/offline correlation with and without a link; deletions; the authors table;
/// no author anywhere. `CG_TRIAL_PRINT=1` prints what the classifier made of the Swedish sentences.
@Suite("Outside trial 3: a Stockholm stream", .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct StockholmTrialTests {
    typealias JSON = [String: Any]

    struct Context {
        let app: TestApp
        let stream: StockholmStream
        var reads: AnalystReads
        /// The command line's data folder (and database) arguments.
        let data: [String]

        mutating func get(_ path: String) async throws -> ClientResponse { try await reads.get(path) }
        mutating func result(_ path: String) async throws -> Any? { try await reads.result(path) }

        var whole: String { "from=\(StockholmClock().date(stream.firstDay))&to=\(StockholmClock().date(stream.lastDay))" }
    }

    static var printing: Bool { ProcessInfo.processInfo.environment["CG_TRIAL_PRINT"] != nil }

    @Test("Stockholm: ingest over the command line (a bad line, a re-ingest), placement, a moving and a city-wide event, the lagged correlation, deletions by id, the authors table and no author anywhere",
          arguments: TestEngine.available)
    func trial(engine: TestEngine) async throws {
        let figures = ["CG_PUBLIC_FIGURES": StockholmStream.publicAccount]
        try await TestApp.with(engine, adjust: { $0.environment.merge(figures) { $1 } }) { app in
            // Sixty days on: the stream ends before the real date, which `incidents import` (a process of its own,
            // on the real clock) holds as the city's today.
            app.clock.advance(by: 60 * 86_400)
            let today = CityClock(timeZoneIdentifier: "Europe/Stockholm").dayAndHour(app.clock.now).day
            // CG_TRIAL_SEED=n draws another stream of the same design; CG_TRIAL_VOLUME its messages a day.
            let environment = ProcessInfo.processInfo.environment
            let seed = environment["CG_TRIAL_SEED"].flatMap { UInt64($0) } ?? 0x5710_C401
            let volume = environment["CG_TRIAL_VOLUME"].flatMap { Double($0) } ?? 1_800
            let stream = StockholmStream(lastDay: today - 1, seed: seed, volume: volume)
            let folder = app.dataDirectory
            let data = ["--data-dir", folder.path] + (try app.postgresDatabase.map { ["--database-url", try PostgresAdmin.url(database: $0)] } ?? [])

            let file = folder.appendingPathComponent("sthlm-export.jsonl")
            try Data(stream.jsonl.utf8).write(to: file)
            let add = try CLI.run(["source", "add", StockholmStream.source, "--platform", "forum", "--method", "export", "--terms", "data agreement"] + data)
            #expect(add.status == 0, "\(add.error)")
            let count = stream.messages.count
            let started = Date()
            let run = try CLI.run(["ingest", file.path, "--source", StockholmStream.source, "--city", StockholmStream.city] + data, environment: figures, timeout: 600)
            if Self.printing { print("stockholm: ingest of \(count) messages \(Int(Date().timeIntervalSince(started))) s") }
            #expect(run.status == 0, "\(run.error.prefix(500))")
            #expect(run.output.contains("read \(count), stored \(count), duplicates 0, malformed 1"), "\(run.output)")
            #expect(run.error.contains("\(file.path): line \(stream.malformed.line): \(stream.malformed.field):"), "\(run.error.prefix(600))")
            #expect(run.error.split(separator: "\n").count == 1, "\(run.error.prefix(600))")

            let incidents = folder.appendingPathComponent("polisen.jsonl")
            try Data(stream.incidentFile.utf8).write(to: incidents)
            let imported = try CLI.run(["incidents", "import", incidents.path, "--source", StockholmStream.incidentSource, "--city", StockholmStream.city] + data)
            #expect(imported.status == 0 && imported.error.isEmpty, "\(imported.error.prefix(800))")

            try await Fixtures.user(app, email: "analytiker@example.org", role: .analyst, city: StockholmStream.city)
            let browser = Browser(app)
            _ = try await browser.login("analytiker@example.org", Fixtures.password)
            var context = Context(app: app, stream: stream, reads: AnalystReads(browser: browser), data: data)

            // The same file again stores nothing and changes no figure.
            let before = try await Self.snapshot(&context)
            let again = try CLI.run(["ingest", file.path, "--source", StockholmStream.source, "--city", StockholmStream.city] + data, environment: figures, timeout: 600)
            #expect(again.output.contains("read \(count), stored 0, duplicates \(count)"), "\(again.output)")
            for (old, new) in zip(before, try await Self.snapshot(&context)) where old != new {
                let common = zip(old, new).prefix { $0 == $1 }.count
                Issue.record("a re-ingest changed an aggregate: …\(old.dropFirst(max(0, common - 200)).prefix(400)) → …\(new.dropFirst(max(0, common - 200)).prefix(400))")
            }

            try await Self.placement(&context)
            try await Self.classifier(&context)
            try await Self.events(&context)
            try await Self.onlineOffline(&context)
            try await Self.authors(&context)
            try await Self.deletion(&context)
            try await Self.pages(&context)
            try await Self.privacy(context)
            if engine == .sqlite {
                let readable = try await app.canariesReadableInDatabaseFiles([StockholmStream.authorPrefix, StockholmStream.privateAccount, StockholmStream.recordPrefix, "Medborgarplatsen", "Kunsholmen"])
                #expect(readable.isEmpty, "readable in the SQLite files: \(readable)")
            }
        }
    }

    /// The JSON an analyst reads (keys sorted: a dictionary's order is not the same twice), for comparing before and
    /// after a re-ingest.
    static func snapshot(_ context: inout Context) async throws -> [String] {
        var out: [String] = []
        var paths = ["online-offline?group=muslims"]
        for kind in ["map", "series", "events", "receivers", "authors", "segments"] {
            paths += ["", "group=muslims", "group=lgb&area=SO"].map { "\(kind)?\($0)" }
        }
        for path in paths {
            let body = try await context.get("/api/v1/analysis/\(path)&\(context.whole)").body
            let json = try JSONSerialization.jsonObject(with: Data(buffer: body ?? ByteBuffer()))
            out.append(String(decoding: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]), as: UTF8.self))
        }
        return out
    }

    // MARK: - Placement

    /// Every message in the area its evidence names (or unplaced), on the Stockholm day and hour it was written;
    /// the map counts the same.
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
            if row.day != message.day || row.hour != message.hour { wrongDay.append("\(message.id) at \(row.day) \(row.hour)h, written \(message.day) \(message.hour)h") }
            let area = row.area == AggregateKey.unplaced ? nil : row.area
            if area != message.expectedArea { wrongArea.append("\(message.evidence) → \(row.area) (\(row.placement_method)), expected \(message.expectedArea ?? "unplaced")") }
        }
        #expect(wrongDay.isEmpty, "\(wrongDay.count) on the wrong day or hour, e.g. \(wrongDay.prefix(8))")
        #expect(wrongArea.isEmpty, "\(wrongArea.count) misplaced, e.g. \(Array(Set(wrongArea)).sorted().prefix(16))")
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

    // MARK: - What the classifier made of the Swedish sentences

    /// Counts, per sentence written, how the stored labels read it: planted hate flagged for its group, for
    /// another group or not at all; friendly and ordinary messages flagged. Printed with `CG_TRIAL_PRINT`.
    /// **Classifier-dependent** (Sources/CGClassifier is not this trial's to change): the trial asserts only that
    /// most planted hate is flagged for its group and that few friendly messages are flagged; the sentences it
    /// misreads are listed in docs/sentiment-analysis.md.
    static func classifier(_ context: inout Context) async throws {
        let stream = context.stream
        struct Label: Decodable { var message_id: String; var hateful: Bool; var targets: String }
        let labels = try await context.app.sql.raw("SELECT message_id, hateful, targets FROM online_messages").all(decoding: Label.self)
        let written = Dictionary(uniqueKeysWithValues: stream.messages.map { ($0.id, $0) })
        struct Tally { var n = 0; var right = 0; var other: [String: Int] = [:]; var missed = 0; var texts: Set<String> = [] }
        var bySentence: [String: Tally] = [:]
        var hate = Tally(), benign = Tally(), friendly = Tally()
        for label in labels {
            guard let message = written[label.message_id] else { continue }
            let base = StockholmSentences.strip(message.text)
            let targets = label.targets.split(separator: "|").map(String.init)
            if let group = message.group {
                hate.n += 1
                var tally = bySentence[base] ?? Tally()
                tally.n += 1
                if label.hateful && targets.contains(group) {
                    hate.right += 1
                    tally.right += 1
                } else if label.hateful {
                    tally.other[targets.joined(separator: "+"), default: 0] += 1
                    hate.other["x", default: 0] += 1
                } else {
                    tally.missed += 1
                    hate.missed += 1
                }
                if !(label.hateful && targets.contains(group)) { tally.texts.insert(message.text) }
                bySentence[base] = tally
            } else {
                if message.friendly { friendly.n += 1 } else { benign.n += 1 }
                if label.hateful {
                    if message.friendly { friendly.right += 1 } else { benign.right += 1 }
                    var tally = bySentence[base] ?? Tally()
                    tally.other[targets.joined(separator: "+"), default: 0] += 1
                    tally.texts.insert(message.text)
                    bySentence[base] = tally
                }
            }
        }
        if Self.printing {
            print("stockholm classifier: planted hateful \(hate.n): flagged for its group \(hate.right), for another group \(hate.other["x"] ?? 0), missed \(hate.missed); friendly naming an identity \(friendly.n): flagged \(friendly.right); ordinary \(benign.n): flagged \(benign.right)")
            for (sentence, tally) in bySentence.sorted(by: { $0.key < $1.key }) where tally.missed > 0 || !tally.other.isEmpty {
                print("stockholm classifier: \"\(sentence)\" written \(tally.n > 0 ? "hateful" : "friendly/ordinary"): right \(tally.right), missed \(tally.missed), flagged as \(tally.other); as written: \(tally.texts.sorted().prefix(6))")
            }
        }
        #expect(Double(hate.right) >= 0.75 * Double(hate.n), "classifier: \(hate.right) of \(hate.n) planted hateful messages flagged for their group")
        #expect(Double(friendly.right) <= 0.2 * Double(friendly.n), "classifier: \(friendly.right) of \(friendly.n) friendly messages flagged")
        #expect(Double(benign.right) <= 0.01 * Double(benign.n), "classifier: \(benign.right) of \(benign.n) ordinary messages flagged")
    }

    // MARK: - Events

    /// The mosque event once, against Muslims, in Rinkeby-Kista and Spånga-Tensta on its first days and
    /// Hässelby-Vällingby and Bromma on its later days (±1); the Pride event once, against gay people, city-wide on
    /// its days (±1); no other event; each size the series over its days.
    static func events(_ context: inout Context) async throws {
        let stream = context.stream, first = stream.firstDay
        let found = try RotterdamTrialTests.events(try await context.result("/api/v1/analysis/events?\(context.whole)"))
        let summary = RotterdamTrialTests.describe(found, first)
        func near(_ a: Int, _ b: Int) -> Bool { abs(a - b) <= 1 }
        if Self.printing {
            print("stockholm events (stream days):", summary)
            for code in StockholmStream.mosque.areas.map(\.code) {
                let series = (try await context.result("/api/v1/analysis/series?group=muslims&area=\(code)&\(context.whole)") as? JSON)?["series"] as? JSON
                print("stockholm series muslims \(code) days 26–40: \((series?["hateful"] as? [Int])?[26...40].map(String.init).joined(separator: " ") ?? "")")
            }
        }
        #expect(found.count == 2, "\(summary)")

        let mosque = found.filter { $0.group == "muslims" }
        #expect(mosque.count == 1, "\(summary)")
        if let event = mosque.first {
            let planted = StockholmStream.mosque
            #expect(Set(event.areas.keys) == Set(planted.areas.map(\.code)), "mosque: \(summary)")
            for (code, days) in planted.areas {
                guard let got = event.areas[code]?.days else { continue }
                #expect(near(got.lowerBound, first + days.lowerBound) && near(got.upperBound, first + days.upperBound), "mosque \(code): \(summary)")
            }
            #expect(near(event.from, first + 30) && near(event.to, first + 35), "mosque: \(summary)")
            #expect(event.terms.keys.contains { $0.hasPrefix("mosk") }, "mosque terms: \(summary)")
        }
        let pride = found.filter { $0.group == "lgb" }
        #expect(pride.count == 1, "\(summary)")
        if let event = pride.first {
            #expect(event.cityWide && near(event.from, first + StockholmStream.prideDays.lowerBound)
                && near(event.to, first + StockholmStream.prideDays.upperBound), "pride: \(summary)")
            #expect(event.terms["pride"] != nil, "pride terms: \(summary)")
        }
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
        // Filters: a later area of the moving event finds it; Östermalm, against Muslims, finds nothing.
        let bromma = try RotterdamTrialTests.events(try await context.result("/api/v1/analysis/events?area=BR&\(context.whole)"))
        #expect(bromma.contains { $0.group == "muslims" }, "\(RotterdamTrialTests.describe(bromma, first))")
        let ostermalm = try RotterdamTrialTests.events(try await context.result("/api/v1/analysis/events?area=OM&group=muslims&\(context.whole)"))
        #expect(ostermalm.isEmpty, "\(RotterdamTrialTests.describe(ostermalm, first))")
    }

    // MARK: - Online and offline

    /// Against Muslims the offline incidents follow the online hate by four days: the strongest daily lag is +4
    /// (±1) with r > 0.3 and p ≤ 0.01; against Jewish people no lag is significant after Holm's correction. Every r
    /// is Pearson's r of the series shown, every p the permutation test's within its Monte-Carlo error.
    static func onlineOffline(_ context: inout Context) async throws {
        let stream = context.stream
        for (group, linked) in [("muslims", true), ("jews", false)] {
            let filters = "group=\(group)&\(context.whole)"
            let series = try #require(try await context.result("/api/v1/analysis/series?\(filters)") as? JSON)
            let hateful = try #require((series["series"] as? JSON)?["hateful"] as? [Int])
            let offline = try #require(series["offlineIncidents"] as? [Int])
            #expect(offline == stream.offline(group), "\(group): offline per day")
            let result = try #require(try await context.result("/api/v1/analysis/online-offline?\(filters)") as? JSON)
            let analysis = try #require(result["analysis"] as? JSON)
            #expect(analysis["status"] as? String == "ok", "\(group) \(analysis["status"] ?? "nil") \(analysis["note"] ?? "")")
            let x = hateful.map(Double.init), y = offline.map(Double.init)
            let rows = analysis["daily"] as? [JSON] ?? []
            let estimated = RotterdamTrialTests.blockP(x, y, lags: -14...14)
            for row in rows {
                let lag = try #require(row["lag"] as? Int)
                guard let r = row["correlation"] as? Double else {
                    Issue.record("\(group) lag \(lag): no r")
                    continue
                }
                #expect(abs(r - (RotterdamTrialTests.pearson(x, y, lag: lag) ?? .nan)) < 1e-9, "\(group) lag \(lag)")
                let q = estimated[lag]!
                let p = try #require(row["pValue"] as? Double)
                #expect(abs(p - (1 + 999 * q) / 1_000) <= 4 * (q * (1 - q) * (1.0 / 999 + 1.0 / 2_000)).squareRoot() + 0.003, "\(group) lag \(lag): p \(p), estimated \(q)")
            }
            let strongest = try #require(analysis["strongestDaily"] as? JSON)
            let family = rows.compactMap { $0["familyPValue"] as? Double }
            if Self.printing {
                print("stockholm online-offline \(group): strongest \(strongest), least Holm p \(family.min() ?? 1), incidents \(offline.reduce(0, +))")
            }
            if linked {
                #expect(abs((strongest["lag"] as? Int ?? 99) - StockholmStream.offlineLag) <= 1 && (strongest["correlation"] as? Double ?? 0) > 0.3, "\(strongest)")
                // Seven whole weeks put in random orders: the two holding the event's incidents are back in place in 1 order of 42, so
                // p is about 0.01–0.02 here, and the Holm p over 29 lags is not asserted (0.39 on the default seed).
                #expect((strongest["pValue"] as? Double ?? 1) <= 0.05, "\(strongest)")
            } else {
                #expect(family.allSatisfy { $0 >= 0.05 }, "\(group): \(strongest)")
            }
        }
    }

    // MARK: - Authors

    /// No figure of 1–9 in the authors table of any group, hidden cells where the true count is 1–9, every shown
    /// figure within 2 of the truth.
    static func authors(_ context: inout Context) async throws {
        var hidden = 0
        for group in ["all", "muslims", "lgb", "roma"] {
            hidden += try await AuthorsTableCheck.check(&context.reads, app: context.app, city: StockholmStream.city, group: group, filters: context.whole)
        }
        #expect(hidden > 0, "the trial should have small cells to hide")
    }

    // MARK: - Deletion

    /// Five messages of the mosque event in Bromma on its middle day, deleted by id through `commonground messages
    /// delete`: the map, the series of the city and of Bromma, the event's size and its Bromma size drop by five;
    /// the map page shows the new count; deleting them again deletes nothing.
    static func deletion(_ context: inout Context) async throws {
        let stream = context.stream
        let day = stream.firstDay + 34
        struct Row: Decodable { var message_id: String }
        let planted = Set(stream.messages.filter { $0.event == "moske" }.map(\.id))
        let stored = try await context.app.sql.raw("""
            SELECT message_id FROM online_messages WHERE city = 'stockholm' AND hateful = true AND targets = 'muslims'
            AND area = 'BR' AND day = \(bind: day) ORDER BY message_id
            """).all(decoding: Row.self)
        let victims = Array(stored.map(\.message_id).filter { planted.contains($0) }.prefix(5))
        #expect(victims.count == 5)
        let index = day - stream.firstDay

        func counts(_ context: inout Context) async throws -> [String: Int] {
            var out: [String: Int] = [:]
            let whole = context.whole
            for group in ["all", "muslims"] {
                let answer = try await context.result("/api/v1/analysis/map?group=\(group)&\(whole)")
                let map = try #require(answer as? JSON)
                let areas = map["areas"] as? [JSON] ?? []
                let bromma = areas.first { $0["areaCode"] as? String == "BR" } ?? [:]
                out["map \(group) BR hateful"] = bromma["hateful"] as? Int
                out["map \(group) BR messages"] = bromma["messages"] as? Int
                out["map \(group) total hateful"] = (map["total"] as? JSON)?["hateful"] as? Int
                for area in ["", "&area=BR"] {
                    let series = try #require((try await context.result("/api/v1/analysis/series?group=\(group)\(area)&\(context.whole)") as? JSON)?["series"] as? JSON)
                    out["series \(group)\(area) day"] = (series["hateful"] as? [Int])?[index]
                }
            }
            let events = try RotterdamTrialTests.events(try await context.result("/api/v1/analysis/events?\(context.whole)"))
            let mosque = events.first { $0.group == "muslims" }
            out["event"] = mosque?.observed
            out["event BR"] = mosque?.areas["BR"]?.observed
            return out
        }
        let before = try await counts(&context)
        let page = try await context.get("/analysis/map?group=muslims&\(context.whole)").text
        let arguments = ["messages", "delete", "--source", StockholmStream.source] + victims.flatMap { ["--id", $0] } + context.data
        let deleted = try CLI.run(arguments)
        #expect(deleted.status == 0, "\(deleted.output) \(deleted.error.prefix(400))")
        let after = try await counts(&context)
        // Five of Bromma's 15–20 messages may also shorten its run (seeds 2 and 3): the event's sizes are asserted
        // on the default stream, where its days stay.
        let seeded = ProcessInfo.processInfo.environment["CG_TRIAL_SEED"] != nil
        for (key, value) in before where !(seeded && key.hasPrefix("event")) {
            #expect(after[key] == value - 5, "\(key): \(value) → \(after[key].map(String.init) ?? "nil"), expected −5")
        }
        #expect(before.count == 12, "\(before)")
        let newPage = try await context.get("/analysis/map?group=muslims&\(context.whole)").text
        #expect(page != newPage, "the map page did not change")
        let twice = try CLI.run(arguments)
        let unchanged = try await counts(&context)
        #expect(unchanged == after, "\(twice.output)")
    }

    // MARK: - Pages and privacy

    static func pages(_ context: inout Context) async throws {
        _ = try await context.get("/analysis")
        _ = try await context.get("/analysis?lang=sv")
        for kind in ["map", "series", "events", "online-offline", "receivers", "authors", "segments", "alerts"] {
            for query in ["", "?group=muslims&lang=sv", "?group=lgb&area=SO", "?group=muslims&area=RK&\(context.whole)", "?group=jews&\(context.whole)"] {
                _ = try await context.get("/analysis/\(kind)\(query)")
            }
        }
        let page = try await context.get("/analysis/events?group=muslims&\(context.whole)").text
        #expect(page.contains("Rinkeby-Kista") && page.contains("Bromma"))
        _ = try await context.get("/observatory?city=stockholm")
        _ = try await context.get("/api/v1/stats/incidents?city=stockholm")
        let receivers = try #require(try await context.result("/api/v1/analysis/receivers?\(context.whole)") as? JSON)
        #expect((receivers["accounts"] as? [JSON] ?? []).compactMap { $0["name"] as? String } == [StockholmStream.publicAccount])
    }

    /// No page or JSON holds an author id, a stored pseudonym, the private account or a police record id.
    static func privacy(_ context: Context) async throws {
        struct Row: Decodable { var author_pseudonym: String }
        let pseudonyms = Set(try await context.app.sql.raw("SELECT DISTINCT author_pseudonym FROM online_messages").all(decoding: Row.self).map(\.author_pseudonym))
        #expect(pseudonyms.count > 1_000)
        #expect(context.reads.bodies.count > 60)
        context.reads.expectNone(of: pseudonyms, nor: [StockholmStream.authorPrefix, StockholmStream.privateAccount, StockholmStream.recordPrefix])
    }
}
