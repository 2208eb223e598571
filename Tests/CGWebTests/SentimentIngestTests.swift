import CGDomain
import CGSentiment
import CGStorage
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// Ingest of online messages: storage with rollups, duplicates, deletion, purge, placement and privacy.
@Suite("Online-message ingest")
struct SentimentIngestTests {
    static let source = "city-forum"
    static let canaryAuthor = "canary-author-7f3a91"
    static let canaryText = "canaryword-q8zx lovely evening by the river"

    /// Six lines: four good ones (coordinates, declared location, nothing to place, hateful with a public
    /// mention and demographics) and two malformed (no UTC offset on line 3, not JSON on line 5).
    static let file = """
        {"id":"m1","timestamp":"2026-09-01T10:15:00Z","text":"\(canaryText)","author_id":"\(canaryAuthor)","latitude":51.5155,"longitude":-0.0361}
        {"id":"m2","timestamp":"2026-09-01T11:00:00+01:00","text":"Great food market this morning","author_id":"u-2","author_location":"Hackney"}
        {"id":"m3","timestamp":"2026-09-31 12:00","text":"no such day","author_id":"u-3"}
        {"id":"m4","timestamp":"2026-09-01T13:00:00Z","text":"See you at the match tonight","author_id":"u-4"}
        not json at all
        {"id":"m5","timestamp":"2026-09-02T09:30:00Z","text":"Muslims are vermin and should all be thrown out of this country","author_id":"u-5","mentions":["@cityhall","@someperson"],"author_age_band":"25-34","author_gender":"male"}

        """

    static let everything = DayRange(from: 0, to: 100_000)

    /// Every non-zero rollup row of london, as comparable text.
    static func rollups(_ app: TestApp) async throws -> [String] {
        let store = SentimentStore(cipher: app.app.cg.cipher)
        let db = app.app.db
        var rows: [String] = []
        rows += try await store.dailyRows(city: "london", period: everything, on: db).map { "d \($0)" }
        rows += try await store.hourlyRows(city: "london", period: everything, on: db).map { "h \($0)" }
        rows += try await store.demographicRows(city: "london", period: everything, on: db).map { "g \($0)" }
        rows += try await store.termRows(city: "london", period: everything, on: db).map { "t \($0)" }
        rows += try await store.mentionRows(city: "london", period: everything, on: db).map { "m \($0)" }
        return rows.sorted()
    }

    static func ingest(_ app: TestApp, _ text: String = file) async throws -> MessageIngestService.Summary {
        let read = MessageFileReader(format: .jsonl, source: source).read(data: Data(text.utf8))
        return try await MessageIngestService(app: app.app).ingest(read, source: source, city: "london", actor: .commandLine)
    }

    static func register(_ app: TestApp) async throws {
        _ = try await MessageIngestService(app: app.app).register(
            MessageSource(name: source, platform: "forum", collectionMethod: "export", termsOfUse: "agreement"),
            actor: .commandLine)
    }

    struct Stored: Decodable {
        var message_id: String
        var area: String
        var placement_method: String
        var hateful: Bool
        var review_text: String?
        var author_pseudonym: String
    }

    static func stored(_ app: TestApp) async throws -> [String: Stored] {
        let rows = try await app.sql.raw(
            "SELECT message_id, area, placement_method, hateful, review_text, author_pseudonym FROM online_messages"
        ).all(decoding: Stored.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.message_id, $0) })
    }

    @Test("unknown source is refused; malformed lines reported and skipped; placement by coordinates, declared location, unplaced; re-ingest stores nothing twice", arguments: TestEngine.available)
    func ingestAndDuplicates(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            await #expect(throws: FieldErrors.self) { try await Self.ingest(app) }
            try await Self.register(app)
            let first = try await Self.ingest(app)
            #expect(first.read == 4 && first.stored == 4 && first.duplicates == 0)
            #expect(first.errors.map(\.line) == [3, 5])
            #expect(first.errors.first?.field == "timestamp")
            #expect(first.unplaced == 2)  // m4 and m5 name no place

            let rows = try await Self.stored(app)
            #expect(rows["m1"]?.area == "E09000030" && rows["m1"]?.placement_method == "coordinates")
            #expect(rows["m2"]?.area == "E09000012" && rows["m2"]?.placement_method == "declaredLocation")
            #expect(rows["m4"]?.area == AggregateKey.unplaced && rows["m4"]?.placement_method == "none")
            #expect(rows["m5"]?.hateful == true)
            #expect(rows["m3"] == nil)

            let store = SentimentStore(cipher: app.app.cg.cipher)
            let daily = try await store.dailyRows(city: "london", period: Self.everything, targetGroup: "all", on: app.app.db)
            #expect(daily.reduce(0) { $0 + $1.delta.messages } == 4)
            #expect(daily.filter { $0.key.area == AggregateKey.unplaced }.reduce(0) { $0 + $1.delta.messages } == 2)
            let muslims = try await store.dailyRows(city: "london", period: Self.everything, targetGroup: "muslims", on: app.app.db)
            #expect(muslims.reduce(0) { $0 + $1.delta.hateful } == 1)
            #expect(try await store.mentionRows(city: "london", period: Self.everything, on: app.app.db).map(\.key.account) == ["cityhall"])
            #expect(try await store.demographicRows(city: "london", period: Self.everything, on: app.app.db).isEmpty == false)
            #expect(try await store.lastIngested(city: "london", on: app.app.db) != nil)
            #expect(try await store.hatefulTermBags(city: "london", period: Self.everything, on: app.app.db).count == 1)

            let before = try await Self.rollups(app)
            let again = try await Self.ingest(app)
            #expect(again.stored == 0 && again.duplicates == 4)
            #expect(try await Self.rollups(app) == before)
            #expect(try await Self.stored(app).count == 4)
            #expect(try await store.cityTotals(city: "london", on: app.app.db).messages == 4)
        }
    }

    @Test("deleting a message removes its row and rollups return exactly to the counts without it", arguments: TestEngine.available)
    func deletion(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.register(app)
            let withoutHateful = Self.file.split(separator: "\n").filter { !$0.contains("\"m5\"") }.joined(separator: "\n")
            _ = try await Self.ingest(app, withoutHateful)
            let baseline = try await Self.rollups(app)
            _ = try await Self.ingest(app)
            #expect(try await Self.rollups(app) != baseline)

            let service = MessageIngestService(app: app.app)
            #expect(try await service.delete(source: Self.source, messageID: "m5", actor: .commandLine))
            #expect(try await Self.rollups(app) == baseline)
            #expect(try await Self.stored(app)["m5"] == nil)
            #expect(try await service.delete(source: Self.source, messageID: "m5", actor: .commandLine) == false)
            let store = SentimentStore(cipher: app.app.cg.cipher)
            #expect(try await store.cityTotals(city: "london", on: app.app.db).messages == 3)
            #expect(try await store.hatefulTermBags(city: "london", period: Self.everything, on: app.app.db).isEmpty)
        }
    }

    @Test("messages handed to the service are stored under the source it is given, whatever source they name")
    func sourceStamped() async throws {
        try await TestApp.with(.sqlite) { app in
            try await Self.register(app)
            // Read as if from another source (a source nobody registered).
            let read = MessageFileReader(format: .jsonl, source: "unregistered-elsewhere").read(data: Data(Self.file.utf8))
            #expect(read.messages.allSatisfy { $0.source == "unregistered-elsewhere" })
            let summary = try await MessageIngestService(app: app.app).ingest(
                read, source: Self.source, city: "london", actor: .commandLine)
            #expect(summary.stored == 4)
            let sources = try await app.sql.raw("SELECT DISTINCT source FROM online_messages").all()
                .map { try $0.decode(column: "source", as: String.self) }
            #expect(sources == [Self.source])
        }
    }

    @Test("review texts are sealed, purged after the retention window, labels and rollups kept", arguments: TestEngine.available)
    func purge(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.register(app)
            _ = try await Self.ingest(app)
            let store = SentimentStore(cipher: app.app.cg.cipher)
            let sealed = try #require(try await Self.stored(app)["m1"]?.review_text)
            #expect(sealed.hasPrefix("cg1:"))
            #expect(try await store.reviewText(source: Self.source, messageID: "m1", on: app.app.db) == Self.canaryText)
            let rollups = try await Self.rollups(app)

            let service = MessageIngestService(app: app.app)
            app.clock.advance(by: 29 * 86_400)
            #expect(try await service.purgeTexts(actor: .commandLine) == 0)
            app.clock.advance(by: 2 * 86_400)
            #expect(try await service.purgeTexts(actor: .commandLine) == 4)
            let rows = try await Self.stored(app)
            #expect(rows.values.allSatisfy { $0.review_text == nil })
            #expect(rows["m5"]?.hateful == true && rows["m1"]?.area == "E09000030")
            #expect(try await Self.rollups(app) == rollups)
            #expect(try await store.reviewText(source: Self.source, messageID: "m1", on: app.app.db) == nil)
        }
    }

    @Test("the raw author id and the raw text are nowhere in the SQLite files, before or after purge")
    func canary() async throws {
        try await TestApp.with(.sqlite) { app in
            try await Self.register(app)
            _ = try await Self.ingest(app)
            let pseudonym = try #require(try await Self.stored(app)["m1"]?.author_pseudonym)
            #expect(pseudonym != Self.canaryAuthor && pseudonym.count == 32)
            let canaries = [Self.canaryAuthor, "canaryword-q8zx"]
            let before = try await app.canariesReadableInDatabaseFiles(canaries + [pseudonym])
            #expect(!before.contains { line in canaries.contains { line.hasPrefix($0) } }, "\(before)")
            #expect(before.contains { $0.hasPrefix(pseudonym) }, "the scan must see the stored rows")
            app.clock.advance(by: 31 * 86_400)
            _ = try await MessageIngestService(app: app.app).purgeTexts(actor: .commandLine)
            #expect(try await app.canariesReadableInDatabaseFiles(canaries) == [])
        }
    }
}

/// The `ingest`, `source` and `messages` commands of the real binary.
@Suite("Ingest command line", .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct IngestCLITests {
    @Test("source add, ingest with malformed lines reported by line number, re-ingest stores nothing, delete, exit codes")
    func ingestFile() async throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("messages.jsonl")
        try Data(SentimentIngestTests.file.utf8).write(to: file)
        let data = ["--data-dir", folder.path]

        let unregistered = try CLI.run(["ingest", file.path, "--source", "city-forum", "--city", "london"] + data)
        #expect(unregistered.status != 0)
        #expect(unregistered.error.contains("commonground source add city-forum"))

        let add = try CLI.run(
            ["source", "add", "city-forum", "--platform", "forum", "--method", "export", "--terms", "agreement"] + data)
        #expect(add.status == 0, "\(add.error)")

        let first = try CLI.run(["ingest", file.path, "--source", "city-forum", "--city", "london"] + data)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.error.contains("\(file.path): line 3: timestamp:"))
        #expect(first.error.contains("\(file.path): line 5:"))
        #expect(first.output.contains("read 4, stored 4, duplicates 0, malformed 2, unplaced 2"), "\(first.output)")

        let again = try CLI.run(["ingest", file.path, "--source", "city-forum", "--city", "london"] + data)
        #expect(again.output.contains("read 4, stored 0, duplicates 4"), "\(again.output)")

        let list = try CLI.run(["source", "list"] + data)
        #expect(list.output.contains("london=4"))

        let delete = try CLI.run(["messages", "delete", "--source", "city-forum", "--id", "m5", "--id", "nope"] + data)
        #expect(delete.output.contains("Deleted 1 of 2"))
        #expect(delete.error.contains("not stored: city-forum/nope"))
        #expect(try CLI.run(["source", "list"] + data).output.contains("london=3"))

        let bad = folder.appendingPathComponent("bad.jsonl")
        try Data("not json\n{\"id\":1}\n".utf8).write(to: bad)
        let none = try CLI.run(["ingest", bad.path, "--source", "city-forum", "--city", "london"] + data)
        #expect(none.status != 0)
        #expect(none.output.contains("read 0"))
    }
}
