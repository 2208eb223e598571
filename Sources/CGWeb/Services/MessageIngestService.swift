import CGDomain
import CGGeo
import CGSentiment
import CGStorage
import Fluent
import Foundation
import Vapor

/// Ingest of online messages, shared by `commonground ingest`, `POST /api/v1/messages` and the demo:
/// reader → privacy gate (keyed pseudonyms) → placement → classification → storage with rollups, batch by
/// batch, each batch one audited transaction. Also deletion by (source, id) and the purge of review texts.
public struct MessageIngestService: Sendable {
    /// Who ingests, deletes or purges (written to the audit trail): the staff directory's actor.
    public typealias Actor = StaffDirectory.Actor

    /// What an ingest run did.
    public struct Summary: Sendable, Hashable {
        /// Well-formed messages read.
        public var read = 0
        /// New messages stored.
        public var stored = 0
        /// Messages already stored (same source and id), not stored again.
        public var duplicates = 0
        /// Stored messages that could not be placed (counted as unplaced, never guessed).
        public var unplaced = 0
        /// Malformed records, by line (or item) number; skipped.
        public var errors: [LineError] = []

        /// Creates an empty summary.
        public init() {}

        /// Malformed records.
        public var malformed: Int { errors.count }

        mutating func add(_ result: SentimentStore.StoreResult) {
            stored += result.stored
            duplicates += result.duplicates
            unplaced += result.unplaced
        }
    }

    /// Messages per batch (one transaction each).
    public static let batchSize = 5_000

    let services: AppServices
    let context: SentimentContext
    let database: any Database
    let store: SentimentStore

    /// The service for the application's database.
    public init(app: Application) {
        self.init(services: app.cg, context: app.sentiment, database: app.db)
    }

    /// The service for a request.
    public init(request: Request) {
        self.init(services: request.cg, context: request.application.sentiment, database: request.db)
    }

    init(services: AppServices, context: SentimentContext, database: any Database) {
        self.services = services
        self.context = context
        self.database = database
        self.store = SentimentStore(cipher: services.cipher)
    }

    // MARK: - Sources

    /// The registered source named `name`, or a `FieldErrors` on `source` that says how to register it.
    @discardableResult
    public func requireSource(_ name: String) async throws -> OnlineSourceModel {
        guard let source = try await store.source(named: name, on: database) else {
            throw FieldErrors([
                "source":
                    "no source named '\(name)' is registered; register it first with `commonground source add \(name) --platform … --method … --terms …` or POST /api/v1/sources"
            ])
        }
        return source
    }

    /// Registers a source after checking its fields; audited.
    public func register(_ source: MessageSource, actor: Actor) async throws -> OnlineSourceModel {
        var errors: [String: String] = [:]
        if !MessageSource.isValidName(source.name) { errors["name"] = MessageSource.nameRule }
        for (field, value) in [
            ("platform", source.platform), ("collectionMethod", source.collectionMethod),
            ("termsOfUse", source.termsOfUse),
        ] {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { errors[field] = "required" } else if trimmed.utf8.count > 1_000 { errors[field] = "at most 1,000 bytes" }
        }
        guard errors.isEmpty else { throw FieldErrors(errors) }
        let store = self.store
        let now = services.clock.now()
        do {
            return try await services.audit.transaction(on: database) { tx, audit in
                let model = try await store.register(source, now: now, on: tx)
                try await audit.record(
                    AuditEvent(
                        actorID: actor.id, actorLabel: actor.label, action: .messageSourceRegistered,
                        recordType: "online_source", recordID: source.name))
                return model
            }
        } catch let error as SentimentStoreError {
            throw FieldErrors(["name": error.description])
        }
    }

    /// Every registered source.
    public func sources() async throws -> [SentimentStore.SourceSummary] {
        try await store.sources(on: database)
    }

    /// The first and last message day of every source in every city (see `SentimentStore.sourceDays`).
    public func sourceDays() async throws -> [String: [String: ClosedRange<Int>]] {
        try await store.sourceDays(on: database)
    }

    // MARK: - Analysis

    /// The analyzer of a city: imported boundaries (else centroids) for coordinates, the city's gazetteer,
    /// the installation's pseudonym key, retention window and public-figure list, and the bundled classifier.
    public func analyzer(city: String) async throws -> MessageAnalyzer {
        let placer = try await placer(city: city)
        let gate = PrivacyGate(
            pseudonymizer: services.pseudonymizer, publicFigures: context.publicFigures,
            textRetention: context.textRetention)
        return MessageAnalyzer(classifier: try context.hateClassifier(), placer: placer, gate: gate)
    }

    /// The placer of a city: imported boundaries (else centroids) for coordinates, the city's gazetteer for
    /// names; a `FieldErrors` on `city` when the city is unknown.
    public func placer(city: String) async throws -> MessagePlacer {
        guard let pack = CityPacks.pack(id: city) else {
            throw FieldErrors(["city": "unknown city '\(city)'; use one of \(CityPacks.all.map(\.id).joined(separator: ", "))"])
        }
        let locator = try await services.areas.locator(for: city, on: database) ?? AreaLocator(pack: pack)
        return MessagePlacer(pack: pack, locator: locator, gazetteer: context.gazetteer(for: pack))
    }

    // MARK: - Ingest

    /// The city's time zone, in which timestamps without an offset are read.
    public static func timeZone(city: String) -> TimeZone? {
        CityPacks.pack(id: city).flatMap { TimeZone(identifier: $0.timeZone) }
    }

    /// Ingests messages already read (an API batch): analyses them and stores them in one audited transaction.
    public func ingest(_ read: MessageReadResult, source: String, city: String, actor: Actor) async throws -> Summary {
        try await requireSource(source)
        let analyzer = try await analyzer(city: city)
        var summary = Summary()
        summary.read = read.messages.count
        summary.errors = read.errors
        guard !read.messages.isEmpty else { return summary }
        // Every message is the named source's: a message naming another would be stored under a source nobody
        // registered (the file and HTTP readers stamp it already; a caller handing messages in directly may not).
        let messages = read.messages.map { message in
            var message = message
            message.source = source
            return message
        }
        let analyzed = analyzer.analyze(messages, receivedAt: services.clock.now())
        summary.add(try await store(try store.seal(analyzed), source: source, city: city, actor: actor))
        return summary
    }

    /// Ingests a JSONL, CSV or JSON file, streamed: one thread reads, analyses and seals the next batches while
    /// this task stores the previous one (at most `depth` batches ahead).
    public func ingest(
        file url: URL, format: MessageFileReader.Format, source: String, city: String, actor: Actor,
        batchSize: Int = MessageIngestService.batchSize, depth: Int = 2
    ) async throws -> Summary {
        try await requireSource(source)
        let analyzer = try await analyzer(city: city)
        let reader = MessageFileReader(format: format, source: source, localTimeZone: Self.timeZone(city: city))
        let receivedAt = services.clock.now()
        let store = self.store
        let pipe = BatchPipe<PreparedBatch>(depth: depth)
        let thread = Thread {
            do {
                let session = analyzer.makeSession()
                try reader.forEachBatch(contentsOf: url, batchSize: batchSize) { read in
                    try pipe.waitForRoom()
                    let sealed = try store.seal(session.analyze(read.messages, receivedAt: receivedAt))
                    pipe.send(PreparedBatch(read: read.messages.count, errors: read.errors, batch: sealed))
                }
                pipe.finish(throwing: nil)
            } catch {
                pipe.finish(throwing: error)
            }
        }
        thread.start()
        var summary = Summary()
        do {
            for try await prepared in pipe.stream {
                summary.read += prepared.read
                summary.errors += prepared.errors
                if !prepared.batch.messages.isEmpty {
                    summary.add(try await self.store(prepared.batch, source: source, city: city, actor: actor))
                }
                pipe.release()
            }
        } catch {
            pipe.cancel()
            throw error
        }
        return summary
    }

    /// A batch read, analysed and sealed, waiting to be stored.
    struct PreparedBatch: Sendable {
        var read: Int
        var errors: [LineError]
        var batch: SentimentStore.SealedBatch
    }

    /// Stores one sealed batch in an audited transaction (an audit entry only when something was stored).
    func store(_ batch: SentimentStore.SealedBatch, source: String, city: String, actor: Actor) async throws
        -> SentimentStore.StoreResult
    {
        let store = self.store
        let now = services.clock.now()
        return try await services.audit.transaction(on: database) { tx, audit in
            let result = try await store.insert(batch, now: now, on: tx)
            if result.stored > 0 {
                try await audit.record(
                    AuditEvent(
                        actorID: actor.id, actorLabel: actor.label, action: .messagesIngested,
                        recordType: "online_source", recordID: source, cityID: city,
                        detail: "stored \(result.stored), duplicates \(result.duplicates), unplaced \(result.unplaced)"))
            }
            return result
        }
    }

    // MARK: - Deletion and purge

    /// The city of a stored message (for permission checks before a deletion), nil when not stored.
    public func city(source: String, messageID: String) async throws -> String? {
        try await store.city(source: source, messageID: messageID, on: database)
    }

    /// Deletes a message everywhere (row and every rollup it counted in); audited. False when not stored.
    public func delete(source: String, messageID: String, actor: Actor) async throws -> Bool {
        let store = self.store
        return try await services.audit.transaction(on: database) { tx, audit in
            guard try await store.delete(source: source, messageID: messageID, on: tx) else { return false }
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .messageDeleted, recordType: "online_message",
                    recordID: source + "/" + messageID))
            return true
        }
    }

    /// Nulls every review text past its retention, in short transactions; records one summary audit entry
    /// when anything was purged. Returns how many texts were purged.
    @discardableResult
    public func purgeTexts(actor: Actor, chunk: Int = 5_000) async throws -> Int {
        let store = self.store
        let now = services.clock.now()
        var total = 0
        while true {
            let purged = try await database.transaction { tx in try await store.purgeText(before: now, limit: chunk, on: tx) }
            total += purged
            if purged < chunk { break }
        }
        if total > 0 {
            try await services.audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .messageTextsPurged,
                    recordType: "online_message", detail: "\(total) review texts past their retention purged"),
                on: database)
        }
        return total
    }
}

extension StaffDirectory.Actor {
    /// The server's own periodic jobs.
    public static let system = StaffDirectory.Actor(id: nil, label: "system job")
}
