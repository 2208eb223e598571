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
/// no author anywhere. `CG_TRIAL_PRINT=1` prints what the classifier made of the Swedish sentences. The checks
/// every outside trial makes are `OutsideTrial`'s.
@Suite(
    "Outside trial 3: a Stockholm stream",
    .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct StockholmTrialTests {
    typealias JSON = [String: Any]

    @Test(
        """
        Stockholm: ingest over the command line (a bad line, a re-ingest), placement, a moving and a city-wide \
        event, the lagged correlation, deletions by id, the authors table and no author anywhere
        """,
        arguments: TestEngine.available)
    func trial(engine: TestEngine) async throws {
        let figures = ["CG_PUBLIC_FIGURES": StockholmStream.publicAccount]
        try await OutsideTrial.with(
            engine, publicFigure: StockholmStream.publicAccount, daysOn: 60, zone: "Europe/Stockholm"
        ) { app, today in
            // CG_TRIAL_SEED=n draws another stream of the same design; CG_TRIAL_VOLUME its messages a day.
            let stream = StockholmStream(
                lastDay: today - 1, seed: OutsideTrial.seed(default: 0x5710_C401),
                volume: OutsideTrial.volume(default: 1_800))
            let folder = app.dataDirectory
            let data = try OutsideTrial.dataArguments(app)

            let file = folder.appendingPathComponent("sthlm-export.jsonl")
            try Data(stream.jsonl.utf8).write(to: file)
            try OutsideTrial.addSource(StockholmStream.source, data: data)
            let count = stream.messages.count
            let started = Date()
            let ingest =
                ["ingest", file.path, "--source", StockholmStream.source, "--city", StockholmStream.city] + data
            let run = try CLI.run(ingest, environment: figures, timeout: 600)
            if OutsideTrial.printing {
                print("stockholm: ingest of \(count) messages \(Int(Date().timeIntervalSince(started))) s")
            }
            #expect(run.status == 0, "\(run.error.prefix(500))")
            #expect(run.output.contains("read \(count), stored \(count), duplicates 0, malformed 1"), "\(run.output)")
            let bad = "\(file.path): line \(stream.malformed.line): \(stream.malformed.field):"
            #expect(run.error.contains(bad), "\(run.error.prefix(600))")
            #expect(run.error.split(separator: "\n").count == 1, "\(run.error.prefix(600))")

            let incidents = folder.appendingPathComponent("polisen.jsonl")
            try Data(stream.incidentFile.utf8).write(to: incidents)
            try OutsideTrial.importIncidents(
                incidents, source: StockholmStream.incidentSource, city: StockholmStream.city, data: data)

            var trial = try await OutsideTrial(
                app: app, name: "stockholm", city: StockholmStream.city, analyst: "analytiker@example.org",
                firstDay: stream.firstDay, lastDay: stream.lastDay, clock: StockholmClock().base, data: data)

            // The same file again stores nothing and changes no figure.
            let before = try await trial.snapshot(linked: "muslims", other: "lgb", area: "SO")
            let again = try CLI.run(ingest, environment: figures, timeout: 600)
            #expect(again.output.contains("read \(count), stored 0, duplicates \(count)"), "\(again.output)")
            OutsideTrial.expectUnchanged(before, try await trial.snapshot(linked: "muslims", other: "lgb", area: "SO"))

            try await trial.placement(stream.messages)
            try await trial.classifier(stream.messages, strip: StockholmSentences.strip)
            try await Self.events(&trial, stream)
            try await Self.onlineOffline(&trial, stream)
            let hidden = try await trial.authors(["all", "muslims", "lgb", "roma"])
            #expect(hidden.reduce(0, +) > 0, "the trial should have small cells to hide")
            try await Self.deletion(&trial, stream)
            try await Self.pages(&trial)
            try await trial.privacy(
                texts: [StockholmStream.authorPrefix, StockholmStream.privateAccount, StockholmStream.recordPrefix],
                bodies: 60)
            try await trial.expectUnreadable(
                [
                    StockholmStream.authorPrefix, StockholmStream.privateAccount, StockholmStream.recordPrefix,
                    "Medborgarplatsen", "Kunsholmen",
                ], engine: engine)
        }
    }

    // MARK: - Events

    /// The mosque event once, against Muslims, in Rinkeby-Kista and Spånga-Tensta on its first days and
    /// Hässelby-Vällingby and Bromma on its later days (±1); the Pride event once, against gay people, city-wide on
    /// its days (±1); no other event; each size the series over its days.
    static func events(_ trial: inout OutsideTrial, _ stream: StockholmStream) async throws {
        let planted: [OutsideTrial.PlantedEvent] = [
            .local("mosque", group: "muslims", areas: StockholmStream.mosque.areas) { $0.hasPrefix("mosk") },
            .cityWide("pride", group: "lgb", days: StockholmStream.prideDays) { $0 == "pride" },
        ]
        if OutsideTrial.printing {
            for code in StockholmStream.mosque.areas.map(\.code) {
                let series = try await trial.hatefulSeries("muslims", area: code)
                let days = series[26...40].map(String.init).joined(separator: " ")
                print("stockholm series muslims \(code) days 26–40: \(days)")
            }
        }
        _ = try await trial.expectEvents(planted)
        // Filters: a later area of the moving event finds it; Östermalm, against Muslims, finds nothing.
        try await trial.expectAreaFilters(group: "muslims", reached: "BR", quiet: "OM")
    }

    // MARK: - Online and offline

    /// Against Muslims the offline incidents follow the online hate by four days: the strongest daily lag is +4
    /// (±1) with r > 0.3 and p ≤ 0.05; against Jewish people no lag is significant after Holm's correction. Every r
    /// is Pearson's r of the series shown, every p the permutation test's within its Monte-Carlo error. Seven whole
    /// weeks put in random orders: the two holding the event's incidents are back in place in 1 order of 42, so p
    /// is about 0.01–0.02 here, and the Holm p over 29 lags is not asserted (0.39 on the default seed).
    static func onlineOffline(_ trial: inout OutsideTrial, _ stream: StockholmStream) async throws {
        let lag = StockholmStream.offlineLag
        try await trial.expectLink("muslims", lags: lag...lag, control: "jews", offline: stream.offline)
    }

    // MARK: - Deletion

    /// Five messages of the mosque event in Bromma on its middle day, deleted by id through `commonground messages
    /// delete`: the map, the series of the city and of Bromma, the event's size and its Bromma size drop by five;
    /// the map page shows the new count; deleting them again deletes nothing.
    static func deletion(_ trial: inout OutsideTrial, _ stream: StockholmStream) async throws {
        let day = stream.firstDay + 34
        struct Row: Decodable { var message_id: String }
        let planted = Set(stream.messages.filter { $0.event == "moske" }.map(\.id))
        let stored = try await trial.app.sql.raw(
            """
            SELECT message_id FROM online_messages WHERE city = 'stockholm' AND hateful = true AND targets = 'muslims'
            AND area = 'BR' AND day = \(bind: day) ORDER BY message_id
            """
        ).all(decoding: Row.self)
        let victims = Array(stored.map(\.message_id).filter { planted.contains($0) }.prefix(5))
        #expect(victims.count == 5)
        let index = day - stream.firstDay

        func counts(_ trial: inout OutsideTrial) async throws -> [String: Int] {
            try await trial.hatefulCounts(group: "muslims", area: "BR", label: "BR", index: index) {
                $0.group == "muslims"
            }
        }
        let before = try await counts(&trial)
        let page = try await trial.get("/analysis/map?group=muslims&\(trial.whole)").text
        let arguments =
            ["messages", "delete", "--source", StockholmStream.source] + victims.flatMap { ["--id", $0] } + trial.data
        let deleted = try CLI.run(arguments)
        #expect(deleted.status == 0, "\(deleted.output) \(deleted.error.prefix(400))")
        let after = try await counts(&trial)
        // Five of Bromma's 15–20 messages may also shorten its run (seeds 2 and 3): the event's sizes are asserted
        // on the default stream, where its days stay.
        OutsideTrial.expectDropped(before, after, by: 5) { OutsideTrial.seeded && $0.hasPrefix("event") }
        #expect(before.count == 12, "\(before)")
        let newPage = try await trial.get("/analysis/map?group=muslims&\(trial.whole)").text
        #expect(page != newPage, "the map page did not change")
        let twice = try CLI.run(arguments)
        let unchanged = try await counts(&trial)
        #expect(unchanged == after, "\(twice.output)")
    }

    // MARK: - Pages

    static func pages(_ trial: inout OutsideTrial) async throws {
        try await trial.visitPages(
            language: "sv",
            queries: [
                "", "?group=muslims&lang=sv", "?group=lgb&area=SO", "?group=muslims&area=RK&\(trial.whole)",
                "?group=jews&\(trial.whole)",
            ])
        let page = try await trial.get("/analysis/events?group=muslims&\(trial.whole)").text
        #expect(page.contains("Rinkeby-Kista") && page.contains("Bromma"))
        try await trial.visitPublic()
        try await trial.expectReceivers(StockholmStream.publicAccount, filters: "?\(trial.whole)")
    }
}
