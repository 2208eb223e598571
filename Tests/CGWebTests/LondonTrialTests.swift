import CGDomain
import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The fourth outside trial: an English London stream (`LondonStream`) delivered as twelve CSV files, each ingested
/// through the real `commonground ingest` process (a BOM, CRLF, quoted commas and line breaks, an empty optional
/// column, one malformed record; then one file again), the Met's verified incidents as CSV through `commonground
/// incidents import`, takedowns through `commonground messages delete`; then read through the JSON endpoints and
/// pages as an analyst of the city and checked against what was planted: placement by coordinates, declared
/// locations (boroughs, abbreviations, neighbourhoods; postcode districts stay unplaced) and places in the text; a
/// moving event against Jewish people and a city-wide one against trans people; the lagged online/offline
/// correlation with and without a link; deletions; the authors table; no author anywhere. `CG_TRIAL_PRINT=1` prints
/// what the classifier made of the English sentences.
@Suite("Outside trial 4: a London stream in CSV files", .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct LondonTrialTests {
    typealias JSON = [String: Any]

    struct Context {
        let app: TestApp
        let stream: LondonStream
        var reads: AnalystReads
        /// The command line's data folder (and database) arguments.
        let data: [String]

        mutating func get(_ path: String) async throws -> ClientResponse { try await reads.get(path) }
        mutating func result(_ path: String) async throws -> Any? { try await reads.result(path) }

        var whole: String { "from=\(LondonTrialTests.clock.date(stream.firstDay))&to=\(LondonTrialTests.clock.date(stream.lastDay))" }
    }

    static let clock = RotterdamClock(zone: TimeZone(identifier: "Europe/London")!)
    static var printing: Bool { ProcessInfo.processInfo.environment["CG_TRIAL_PRINT"] != nil }

    @Test("London: CSV files over the command line (a bad record, a re-ingest), placement, a moving and a city-wide event, the lagged correlation, deletions by id, the authors table and no author anywhere",
          arguments: TestEngine.available)
    func trial(engine: TestEngine) async throws {
        let figures = ["CG_PUBLIC_FIGURES": LondonStream.publicAccount]
        try await TestApp.with(engine, adjust: { $0.environment.merge(figures) { $1 } }) { app in
            // Sixty days on: the stream ends before the real date, which `incidents import` (a process of its own,
            // on the real clock) holds as the city's today.
            app.clock.advance(by: 60 * 86_400)
            let today = CityClock(timeZoneIdentifier: "Europe/London").dayAndHour(app.clock.now).day
            // CG_TRIAL_SEED=n draws another stream of the same design; CG_TRIAL_VOLUME its messages a day.
            let environment = ProcessInfo.processInfo.environment
            let seed = environment["CG_TRIAL_SEED"].flatMap { UInt64($0) } ?? 0x10_4D0E
            let volume = environment["CG_TRIAL_VOLUME"].flatMap { Double($0) } ?? 1_500
            let stream = LondonStream(lastDay: today - 1, seed: seed, volume: volume)
            let folder = app.dataDirectory
            let data = ["--data-dir", folder.path] + (try app.postgresDatabase.map { ["--database-url", try PostgresAdmin.url(database: $0)] } ?? [])

            let add = try CLI.run(["source", "add", LondonStream.source, "--platform", "forum", "--method", "export", "--terms", "data agreement"] + data)
            #expect(add.status == 0, "\(add.error)")
            let count = stream.messages.count
            let started = Date()
            var paths: [URL] = []
            for (index, export) in stream.files.enumerated() {
                let file = folder.appendingPathComponent(export.name)
                try Data(export.contents.utf8).write(to: file)
                paths.append(file)
                let run = try CLI.run(["ingest", file.path, "--source", LondonStream.source, "--city", LondonStream.city] + data, environment: figures, timeout: 600)
                #expect(run.status == 0, "\(run.error.prefix(500))")
                let bad = index == stream.malformed.file ? 1 : 0
                #expect(run.output.contains("read \(export.count), stored \(export.count), duplicates 0, malformed \(bad)"), "\(export.name): \(run.output)")
                if bad == 1 {
                    #expect(run.error.contains("\(file.path): line \(stream.malformed.line): \(stream.malformed.field):"), "\(run.error.prefix(600))")
                    #expect(run.error.split(separator: "\n").count == 1, "\(run.error.prefix(600))")
                } else {
                    #expect(run.error.isEmpty, "\(export.name): \(run.error.prefix(600))")
                }
            }
            #expect(stream.files.reduce(0) { $0 + $1.count } == count)
            if Self.printing { print("london: ingest of \(count) messages in \(stream.files.count) files \(Int(Date().timeIntervalSince(started))) s") }

            let incidents = folder.appendingPathComponent("met-verified.csv")
            try Data(stream.incidentFile.utf8).write(to: incidents)
            let imported = try CLI.run(["incidents", "import", incidents.path, "--source", LondonStream.incidentSource, "--city", LondonStream.city] + data)
            #expect(imported.status == 0 && imported.error.isEmpty, "\(imported.error.prefix(800))")

            try await Fixtures.user(app, email: "analyst@example.org", role: .analyst, city: LondonStream.city)
            let browser = Browser(app)
            _ = try await browser.login("analyst@example.org", Fixtures.password)
            var context = Context(app: app, stream: stream, reads: AnalystReads(browser: browser), data: data)

            // The CRLF file again (as an export re-sent) stores nothing and changes no figure.
            let before = try await Self.snapshot(&context)
            let again = try CLI.run(["ingest", paths[2].path, "--source", LondonStream.source, "--city", LondonStream.city] + data, environment: figures, timeout: 600)
            #expect(again.output.contains("read \(stream.files[2].count), stored 0, duplicates \(stream.files[2].count)"), "\(again.output)")
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
                let readable = try await app.canariesReadableInDatabaseFiles([LondonStream.authorPrefix, LondonStream.privateAccount, LondonStream.recordPrefix, "Stamford Hill", "Camdem", "Sarf London"])
                #expect(readable.isEmpty, "readable in the SQLite files: \(readable)")
            }
        }
    }

    /// The JSON an analyst reads (keys sorted: a dictionary's order is not the same twice), for comparing before and
    /// after a re-ingest.
    static func snapshot(_ context: inout Context) async throws -> [String] {
        var out: [String] = []
        var paths = ["online-offline?group=jews"]
        for kind in ["map", "series", "events", "receivers", "authors", "segments"] {
            paths += ["", "group=jews", "group=trans&area=\(LondonStream.lambeth)"].map { "\(kind)?\($0)" }
        }
        for path in paths {
            let body = try await context.get("/api/v1/analysis/\(path)&\(context.whole)").body
            let json = try JSONSerialization.jsonObject(with: Data(buffer: body ?? ByteBuffer()))
            out.append(String(decoding: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]), as: UTF8.self))
        }
        return out
    }

    // MARK: - Placement

    /// Every message in the area its evidence names (or unplaced), on the London day and hour it was written;
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

    // MARK: - What the classifier made of the English sentences

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
            let base = LondonSentences.strip(message.text)
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
            print("london classifier: planted hateful \(hate.n): flagged for its group \(hate.right), for another group \(hate.other["x"] ?? 0), missed \(hate.missed); friendly naming an identity \(friendly.n): flagged \(friendly.right); ordinary \(benign.n): flagged \(benign.right)")
            for (sentence, tally) in bySentence.sorted(by: { $0.key < $1.key }) where tally.missed > 0 || !tally.other.isEmpty {
                print("london classifier: \"\(sentence)\" written \(tally.n > 0 ? "hateful" : "friendly/ordinary"): right \(tally.right), missed \(tally.missed), flagged as \(tally.other); as written: \(tally.texts.sorted().prefix(6))")
            }
        }
        #expect(Double(hate.right) >= 0.75 * Double(hate.n), "classifier: \(hate.right) of \(hate.n) planted hateful messages flagged for their group")
        #expect(Double(friendly.right) <= 0.2 * Double(friendly.n), "classifier: \(friendly.right) of \(friendly.n) friendly messages flagged")
        #expect(Double(benign.right) <= 0.01 * Double(benign.n), "classifier: \(benign.right) of \(benign.n) ordinary messages flagged")
    }

    // MARK: - Events

    /// The synagogue event once, against Jewish people, in Hackney and Barnet on its first days and Haringey and
    /// Camden on its later days (±1); the march event once, against trans people, city-wide on its days (±1); no
    /// other event; each size the series over its days.
    static func events(_ context: inout Context) async throws {
        let stream = context.stream, first = stream.firstDay
        let found = try RotterdamTrialTests.events(try await context.result("/api/v1/analysis/events?\(context.whole)"))
        let summary = RotterdamTrialTests.describe(found, first)
        func near(_ a: Int, _ b: Int) -> Bool { abs(a - b) <= 1 }
        if Self.printing {
            print("london events (stream days):", summary)
            for code in LondonStream.synagogue.map(\.code) {
                let series = (try await context.result("/api/v1/analysis/series?group=jews&area=\(code)&\(context.whole)") as? JSON)?["series"] as? JSON
                print("london series jews \(code) days 21–35: \((series?["hateful"] as? [Int])?[21...35].map(String.init).joined(separator: " ") ?? "")")
            }
            let trans = (try await context.result("/api/v1/analysis/series?group=trans&\(context.whole)") as? JSON)?["series"] as? JSON
            var written = [Int](repeating: 0, count: 21)
            for message in stream.messages where message.group == "trans" && message.day - first <= 20 { written[message.day - first] += 1 }
            print("london written trans days 0–20: \(written.map(String.init).joined(separator: " "))")
            print("london series trans city days 0–20: \((trans?["hateful"] as? [Int])?[0...20].map(String.init).joined(separator: " ") ?? "")")
        }
        #expect(found.count == 2, "\(summary)")

        let synagogue = found.filter { $0.group == "jews" }
        #expect(synagogue.count == 1, "\(summary)")
        if let event = synagogue.first {
            #expect(Set(event.areas.keys) == Set(LondonStream.synagogue.map(\.code)), "synagogue: \(summary)")
            for (code, days) in LondonStream.synagogue {
                guard let got = event.areas[code]?.days else { continue }
                #expect(near(got.lowerBound, first + days.lowerBound) && near(got.upperBound, first + days.upperBound), "synagogue \(code): \(summary)")
            }
            #expect(near(event.from, first + 25) && near(event.to, first + 30), "synagogue: \(summary)")
            #expect(event.terms.keys.contains { $0.hasPrefix("synagog") }, "synagogue terms: \(summary)")
        }
        let march = found.filter { $0.group == "trans" }
        #expect(march.count == 1, "\(summary)")
        if let event = march.first {
            #expect(event.cityWide && near(event.from, first + LondonStream.marchDays.lowerBound)
                && near(event.to, first + LondonStream.marchDays.upperBound), "march: \(summary)")
            #expect(event.terms.keys.contains { $0.contains("march") }, "march terms: \(summary)")
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
        // Filters: a later borough of the moving event finds it; Lambeth, against Jewish people, finds nothing.
        let camden = try RotterdamTrialTests.events(try await context.result("/api/v1/analysis/events?area=\(LondonStream.camden)&\(context.whole)"))
        #expect(camden.contains { $0.group == "jews" }, "\(RotterdamTrialTests.describe(camden, first))")
        let lambeth = try RotterdamTrialTests.events(try await context.result("/api/v1/analysis/events?area=\(LondonStream.lambeth)&group=jews&\(context.whole)"))
        #expect(lambeth.isEmpty, "\(RotterdamTrialTests.describe(lambeth, first))")
    }

    // MARK: - Online and offline

    /// Against Jewish people the offline incidents follow the online hate by two to three days: the strongest daily
    /// lag is +2 or +3 (±1) with r > 0.3 and p ≤ 0.05; against Muslims (the control) no lag is significant after
    /// Holm's correction. Every r
    /// is Pearson's r of the series shown, every p the permutation test's within its Monte-Carlo error.
    static func onlineOffline(_ context: inout Context) async throws {
        let stream = context.stream
        for (group, linked) in [("jews", true), ("muslims", false)] {
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
                print("london online-offline \(group): strongest \(strongest), least Holm p \(family.min() ?? 1), incidents \(offline.reduce(0, +))")
            }
            if linked {
                let lag = strongest["lag"] as? Int ?? 99
                #expect(lag >= LondonStream.offlineLags.lowerBound - 1 && lag <= LondonStream.offlineLags.upperBound + 1 && (strongest["correlation"] as? Double ?? 0) > 0.3, "\(strongest)")
                // Six whole weeks in random orders: the Holm p over 29 lags is not asserted (as in the Stockholm trial).
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
        for group in ["all", "jews", "trans", "roma"] {
            hidden += try await AuthorsTableCheck.check(&context.reads, app: context.app, city: LondonStream.city, group: group, filters: context.whole)
        }
        #expect(hidden > 0, "the trial should have small cells to hide")
    }

    // MARK: - Deletion

    /// Up to five messages of the synagogue event in Camden on its fullest day (five on the default stream), deleted
    /// by id through `commonground messages delete`: the map, the series of the city and of Camden, the event's size
    /// and its Camden size drop by as many; the map page shows the new count; deleting them again deletes nothing.
    static func deletion(_ context: inout Context) async throws {
        let stream = context.stream
        struct Row: Decodable { var message_id: String; var day: Int }
        let planted = Set(stream.messages.filter { $0.event == "synagogue" }.map(\.id))
        let stored = try await context.app.sql.raw("""
            SELECT message_id, day FROM online_messages WHERE city = 'london' AND hateful = true AND targets = 'jews'
            AND area = \(bind: LondonStream.camden) AND day >= \(bind: stream.firstDay + 28) AND day <= \(bind: stream.firstDay + 30)
            ORDER BY message_id
            """).all(decoding: Row.self).filter { planted.contains($0.message_id) }
        // Placement leaves a third of the planted messages unplaced: on some seeds Camden's middle day holds three.
        let day = Dictionary(grouping: stored, by: \.day).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key ?? stream.firstDay + 29
        let victims = Array(stored.filter { $0.day == day }.map(\.message_id).prefix(5))
        let k = victims.count
        #expect(k >= 3)
        if ProcessInfo.processInfo.environment["CG_TRIAL_SEED"] == nil { #expect(k == 5) }
        let index = day - stream.firstDay

        func counts(_ context: inout Context) async throws -> [String: Int] {
            var out: [String: Int] = [:]
            let whole = context.whole
            for group in ["all", "jews"] {
                let answer = try await context.result("/api/v1/analysis/map?group=\(group)&\(whole)")
                let map = try #require(answer as? JSON)
                let areas = map["areas"] as? [JSON] ?? []
                let camden = areas.first { $0["areaCode"] as? String == LondonStream.camden } ?? [:]
                out["map \(group) Camden hateful"] = camden["hateful"] as? Int
                out["map \(group) Camden messages"] = camden["messages"] as? Int
                out["map \(group) total hateful"] = (map["total"] as? JSON)?["hateful"] as? Int
                for area in ["", "&area=\(LondonStream.camden)"] {
                    let series = try #require((try await context.result("/api/v1/analysis/series?group=\(group)\(area)&\(context.whole)") as? JSON)?["series"] as? JSON)
                    out["series \(group)\(area) day"] = (series["hateful"] as? [Int])?[index]
                }
            }
            let events = try RotterdamTrialTests.events(try await context.result("/api/v1/analysis/events?\(context.whole)"))
            let mosque = events.first { $0.group == "jews" }
            out["event"] = mosque?.observed
            out["event Camden"] = mosque?.areas[LondonStream.camden]?.observed
            return out
        }
        let before = try await counts(&context)
        let page = try await context.get("/analysis/map?group=jews&\(context.whole)").text
        let arguments = ["messages", "delete", "--source", LondonStream.source] + victims.flatMap { ["--id", $0] } + context.data
        let deleted = try CLI.run(arguments)
        #expect(deleted.status == 0, "\(deleted.output) \(deleted.error.prefix(400))")
        let after = try await counts(&context)
        // Five of Camden's 13–20 placed messages may also shorten its run on other seeds: the event's sizes are
        // asserted on the default stream, where its days stay.
        let seeded = ProcessInfo.processInfo.environment["CG_TRIAL_SEED"] != nil
        for (key, value) in before where !(seeded && key.hasPrefix("event")) {
            #expect(after[key] == value - k, "\(key): \(value) → \(after[key].map(String.init) ?? "nil"), expected −\(k)")
        }
        #expect(before.count == 12, "\(before)")
        let newPage = try await context.get("/analysis/map?group=jews&\(context.whole)").text
        #expect(page != newPage, "the map page did not change")
        let twice = try CLI.run(arguments)
        let unchanged = try await counts(&context)
        #expect(unchanged == after, "\(twice.output)")
    }

    // MARK: - Pages and privacy

    static func pages(_ context: inout Context) async throws {
        _ = try await context.get("/analysis")
        for kind in ["map", "series", "events", "online-offline", "receivers", "authors", "segments", "alerts"] {
            for query in ["", "?group=jews", "?group=trans&area=\(LondonStream.lambeth)", "?group=jews&area=\(LondonStream.hackney)&\(context.whole)", "?group=muslims&\(context.whole)"] {
                _ = try await context.get("/analysis/\(kind)\(query)")
            }
        }
        let page = try await context.get("/analysis/events?group=jews&\(context.whole)").text
        #expect(page.contains("Hackney") && page.contains("Camden"))
        _ = try await context.get("/observatory?city=london")
        _ = try await context.get("/api/v1/stats/incidents?city=london")
        let receivers = try #require(try await context.result("/api/v1/analysis/receivers?\(context.whole)") as? JSON)
        #expect((receivers["accounts"] as? [JSON] ?? []).compactMap { $0["name"] as? String } == [LondonStream.publicAccount])
    }

    /// No page or JSON holds an author id, a stored pseudonym, the private account or a police record id.
    static func privacy(_ context: Context) async throws {
        struct Row: Decodable { var author_pseudonym: String }
        let pseudonyms = Set(try await context.app.sql.raw("SELECT DISTINCT author_pseudonym FROM online_messages").all(decoding: Row.self).map(\.author_pseudonym))
        #expect(pseudonyms.count > 1_000)
        #expect(context.reads.bodies.count > 60)
        context.reads.expectNone(of: pseudonyms, nor: [LondonStream.authorPrefix, LondonStream.privateAccount, LondonStream.recordPrefix])
    }
}
