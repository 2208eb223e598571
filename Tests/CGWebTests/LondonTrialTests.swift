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
/// what the classifier made of the English sentences. The checks every outside trial makes are `OutsideTrial`'s.
@Suite(
    "Outside trial 4: a London stream in CSV files",
    .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct LondonTrialTests {
    typealias JSON = [String: Any]

    static let clock = RotterdamClock(zone: TimeZone(identifier: "Europe/London")!)

    @Test(
        """
        London: CSV files over the command line (a bad record, a re-ingest), placement, a moving and a city-wide \
        event, the lagged correlation, deletions by id, the authors table and no author anywhere
        """,
        arguments: TestEngine.available)
    func trial(engine: TestEngine) async throws {
        let figures = ["CG_PUBLIC_FIGURES": LondonStream.publicAccount]
        try await OutsideTrial.with(
            engine, publicFigure: LondonStream.publicAccount, daysOn: 60, zone: "Europe/London"
        ) { app, today in
            // CG_TRIAL_SEED=n draws another stream of the same design; CG_TRIAL_VOLUME its messages a day.
            let stream = LondonStream(
                lastDay: today - 1, seed: OutsideTrial.seed(default: 0x10_4D0E),
                volume: OutsideTrial.volume(default: 1_500))
            let folder = app.dataDirectory
            let data = try OutsideTrial.dataArguments(app)

            try OutsideTrial.addSource(LondonStream.source, data: data)
            let count = stream.messages.count
            let started = Date()
            var paths: [URL] = []
            func ingest(_ file: URL) throws -> CLI.Result {
                let arguments = ["ingest", file.path, "--source", LondonStream.source, "--city", LondonStream.city]
                return try CLI.run(arguments + data, environment: figures, timeout: 600)
            }
            for (index, export) in stream.files.enumerated() {
                let file = folder.appendingPathComponent(export.name)
                try Data(export.contents.utf8).write(to: file)
                paths.append(file)
                let run = try ingest(file)
                #expect(run.status == 0, "\(run.error.prefix(500))")
                let bad = index == stream.malformed.file ? 1 : 0
                #expect(
                    run.output.contains("read \(export.count), stored \(export.count), duplicates 0, malformed \(bad)"),
                    "\(export.name): \(run.output)")
                if bad == 1 {
                    let line = "\(file.path): line \(stream.malformed.line): \(stream.malformed.field):"
                    #expect(run.error.contains(line), "\(run.error.prefix(600))")
                    #expect(run.error.split(separator: "\n").count == 1, "\(run.error.prefix(600))")
                } else {
                    #expect(run.error.isEmpty, "\(export.name): \(run.error.prefix(600))")
                }
            }
            #expect(stream.files.reduce(0) { $0 + $1.count } == count)
            if OutsideTrial.printing {
                let seconds = Int(Date().timeIntervalSince(started))
                print("london: ingest of \(count) messages in \(stream.files.count) files \(seconds) s")
            }

            let incidents = folder.appendingPathComponent("met-verified.csv")
            try Data(stream.incidentFile.utf8).write(to: incidents)
            try OutsideTrial.importIncidents(
                incidents, source: LondonStream.incidentSource, city: LondonStream.city, data: data)

            var trial = try await OutsideTrial(
                app: app, name: "london", city: LondonStream.city, analyst: "analyst@example.org",
                firstDay: stream.firstDay, lastDay: stream.lastDay, clock: Self.clock, data: data)

            // The CRLF file again (as an export re-sent) stores nothing and changes no figure.
            let lambeth = LondonStream.lambeth
            let before = try await trial.snapshot(linked: "jews", other: "trans", area: lambeth)
            let again = try ingest(paths[2])
            let resent = stream.files[2].count
            #expect(again.output.contains("read \(resent), stored 0, duplicates \(resent)"), "\(again.output)")
            let after = try await trial.snapshot(linked: "jews", other: "trans", area: lambeth)
            OutsideTrial.expectUnchanged(before, after)

            try await trial.placement(stream.messages)
            try await trial.classifier(stream.messages, strip: LondonSentences.strip)
            try await Self.events(&trial, stream)
            try await Self.onlineOffline(&trial, stream)
            let hidden = try await trial.authors(["all", "jews", "trans", "roma"])
            #expect(hidden.reduce(0, +) > 0, "the trial should have small cells to hide")
            try await Self.deletion(&trial, stream)
            try await Self.pages(&trial)
            try await trial.privacy(
                texts: [LondonStream.authorPrefix, LondonStream.privateAccount, LondonStream.recordPrefix], bodies: 60)
            try await trial.expectUnreadable(
                [
                    LondonStream.authorPrefix, LondonStream.privateAccount, LondonStream.recordPrefix, "Stamford Hill",
                    "Camdem", "Sarf London",
                ], engine: engine)
        }
    }

    // MARK: - Events

    /// The synagogue event once, against Jewish people, in Hackney and Barnet on its first days and Haringey and
    /// Camden on its later days (±1); the march event once, against trans people, city-wide on its days (±1); no
    /// other event; each size the series over its days.
    static func events(_ trial: inout OutsideTrial, _ stream: LondonStream) async throws {
        let first = stream.firstDay
        let planted: [OutsideTrial.PlantedEvent] = [
            .local("synagogue", group: "jews", areas: LondonStream.synagogue) { $0.hasPrefix("synagog") },
            .cityWide("march", group: "trans", days: LondonStream.marchDays) { $0.contains("march") },
        ]
        if OutsideTrial.printing {
            for code in LondonStream.synagogue.map(\.code) {
                let series = try await trial.hatefulSeries("jews", area: code)
                let days = series[21...35].map(String.init).joined(separator: " ")
                print("london series jews \(code) days 21–35: \(days)")
            }
            let trans = try await trial.hatefulSeries("trans")
            var written = [Int](repeating: 0, count: 21)
            for message in stream.messages where message.group == "trans" && message.day - first <= 20 {
                written[message.day - first] += 1
            }
            print("london written trans days 0–20: \(written.map(String.init).joined(separator: " "))")
            print("london series trans city days 0–20: \(trans[0...20].map(String.init).joined(separator: " "))")
        }
        _ = try await trial.expectEvents(planted)
        // Filters: a later borough of the moving event finds it; Lambeth, against Jewish people, finds nothing.
        try await trial.expectAreaFilters(group: "jews", reached: LondonStream.camden, quiet: LondonStream.lambeth)
    }

    // MARK: - Online and offline

    /// Against Jewish people the offline incidents follow the online hate by two to three days: the strongest daily
    /// lag is +2 or +3 (±1) with r > 0.3 and p ≤ 0.05; against Muslims (the control) no lag is significant after
    /// Holm's correction. Every r is Pearson's r of the series shown, every p the permutation test's within its
    /// Monte-Carlo error. Six whole weeks in random orders: the Holm p over 29 lags is not asserted (as in the
    /// Stockholm trial).
    static func onlineOffline(_ trial: inout OutsideTrial, _ stream: LondonStream) async throws {
        try await trial.expectLink("jews", lags: LondonStream.offlineLags, control: "muslims", offline: stream.offline)
    }

    // MARK: - Deletion

    /// Up to five messages of the synagogue event in Camden on its fullest day (five on the default stream), deleted
    /// by id through `commonground messages delete`: the map, the series of the city and of Camden, the event's size
    /// and its Camden size drop by as many; the map page shows the new count; deleting them again deletes nothing.
    static func deletion(_ trial: inout OutsideTrial, _ stream: LondonStream) async throws {
        struct Row: Decodable {
            var message_id: String
            var day: Int
        }
        let planted = Set(stream.messages.filter { $0.event == "synagogue" }.map(\.id))
        let stored = try await trial.app.sql.raw(
            """
            SELECT message_id, day FROM online_messages WHERE city = 'london' AND hateful = true AND targets = 'jews'
            AND area = \(bind: LondonStream.camden) AND day >= \(bind: stream.firstDay + 28)
            AND day <= \(bind: stream.firstDay + 30) ORDER BY message_id
            """
        ).all(decoding: Row.self).filter { planted.contains($0.message_id) }
        // Placement leaves a third of the planted messages unplaced: on some seeds Camden's middle day holds three.
        let fullest = Dictionary(grouping: stored, by: \.day)
            .max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }
        let day = fullest?.key ?? stream.firstDay + 29
        let victims = Array(stored.filter { $0.day == day }.map(\.message_id).prefix(5))
        let k = victims.count
        #expect(k >= 3)
        if !OutsideTrial.seeded { #expect(k == 5) }
        let index = day - stream.firstDay

        func counts(_ trial: inout OutsideTrial) async throws -> [String: Int] {
            try await trial.hatefulCounts(group: "jews", area: LondonStream.camden, label: "Camden", index: index) {
                $0.group == "jews"
            }
        }
        let before = try await counts(&trial)
        let page = try await trial.get("/analysis/map?group=jews&\(trial.whole)").text
        let arguments =
            ["messages", "delete", "--source", LondonStream.source] + victims.flatMap { ["--id", $0] } + trial.data
        let deleted = try CLI.run(arguments)
        #expect(deleted.status == 0, "\(deleted.output) \(deleted.error.prefix(400))")
        let after = try await counts(&trial)
        // Five of Camden's 13–20 placed messages may also shorten its run on other seeds: the event's sizes are
        // asserted on the default stream, where its days stay.
        OutsideTrial.expectDropped(before, after, by: k) { OutsideTrial.seeded && $0.hasPrefix("event") }
        #expect(before.count == 12, "\(before)")
        let newPage = try await trial.get("/analysis/map?group=jews&\(trial.whole)").text
        #expect(page != newPage, "the map page did not change")
        let twice = try CLI.run(arguments)
        let unchanged = try await counts(&trial)
        #expect(unchanged == after, "\(twice.output)")
    }

    // MARK: - Pages

    static func pages(_ trial: inout OutsideTrial) async throws {
        try await trial.visitPages(
            language: nil,
            queries: [
                "", "?group=jews", "?group=trans&area=\(LondonStream.lambeth)",
                "?group=jews&area=\(LondonStream.hackney)&\(trial.whole)", "?group=muslims&\(trial.whole)",
            ])
        let page = try await trial.get("/analysis/events?group=jews&\(trial.whole)").text
        #expect(page.contains("Hackney") && page.contains("Camden"))
        try await trial.visitPublic()
        try await trial.expectReceivers(LondonStream.publicAccount, filters: "?\(trial.whole)")
    }
}
