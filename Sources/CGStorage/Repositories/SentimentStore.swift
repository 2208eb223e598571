import CGClassifier
import CGSecurity
import CGSentiment
import FluentKit
import Foundation
import SQLKit

/// Storage of online messages and their rollups, in portable SQL (SQLite and PostgreSQL).
///
/// Writes are designed to run inside a transaction the caller opens (normally an audited one):
/// ``insert(_:now:on:)`` stores a batch and updates every rollup for the rows actually inserted;
/// ``delete(source:messageID:on:)`` subtracts exactly what a message added; ``purgeText(before:limit:on:)`` drops
/// review texts past their retention. There is deliberately no query by author.
public struct SentimentStore: Sendable {
    /// The message table.
    public static let messages = OnlineMessageModel.schema
    static let messageColumns = [
        "source", "message_id", "city", "author_pseudonym", "posted_at", "day", "hour", "area", "placement_method",
        "placement_confidence", "hateful", "score", "hate_type", "targets", "language", "supports_violence",
        "violence_score", "model_version", "terms", "public_mentions", "reply_to", "author_age_band", "author_gender",
        "review_text", "retain_text_until", "ingested_at",
    ]

    /// The separator of list columns (`targets`, `terms`, `public_mentions`).
    public static let listSeparator: Character = "|"

    private let cipher: FieldCipher

    /// Creates the store; `cipher` seals review texts.
    public init(cipher: FieldCipher) {
        self.cipher = cipher
    }

    /// The binding a message's review text is sealed under.
    public static func reviewTextBinding(source: String, messageID: String) -> FieldBinding {
        FieldBinding(table: messages, field: "review_text", recordID: source + "/" + messageID)
    }

    /// A batch ready to store: messages unique on (source, id) within the batch (first occurrence kept) and
    /// their sealed review texts. Sealing is CPU work, done before the transaction.
    public struct SealedBatch: Sendable {
        /// The messages, first occurrence of each (source, id).
        public var messages: [AnalyzedMessage]
        /// The sealed review text of each message (nil when it has none).
        public var sealedTexts: [String?]
        /// Messages dropped because the same (source, id) came earlier in the batch.
        public var repeatsInBatch: Int
        /// The rollup deltas of all `messages`, summed while sealing (off the storage task): used as they are
        /// when every message turns out new, which is the common case.
        public var deltas: AggregateTable
    }

    /// What storing a batch did.
    public struct StoreResult: Sendable, Hashable {
        /// New messages stored.
        public var stored: Int
        /// Messages already stored (or repeated within the batch), not stored again.
        public var duplicates: Int
        /// Stored messages that could not be placed.
        public var unplaced: Int

        /// Creates a result.
        public init(stored: Int = 0, duplicates: Int = 0, unplaced: Int = 0) {
            self.stored = stored
            self.duplicates = duplicates
            self.unplaced = unplaced
        }

        /// Adds another result.
        public static func += (lhs: inout StoreResult, rhs: StoreResult) {
            lhs.stored += rhs.stored
            lhs.duplicates += rhs.duplicates
            lhs.unplaced += rhs.unplaced
        }
    }

    /// Seals the review texts of `messages` and drops repeats of a (source, id) within the batch.
    public func seal(_ messages: [AnalyzedMessage]) throws -> SealedBatch {
        // Messages are read by index, not copied: each holds a dozen strings, and copying them for every
        // message of every batch showed in the ingest profile.
        var seen = Set<MessageKey>(minimumCapacity: messages.count)
        var repeats: [Int] = []
        for index in messages.indices
        where !seen.insert(MessageKey(source: messages[index].source, id: messages[index].id)).inserted {
            repeats.append(index)
        }
        var kept = messages
        if !repeats.isEmpty {
            let drop = Set(repeats)
            kept = messages.indices.filter { !drop.contains($0) }.map { messages[$0] }
        }
        var deltas = AggregateTable()
        var texts: [String?] = []
        texts.reserveCapacity(kept.count)
        for index in kept.indices {
            deltas.add(kept[index])
            if let text = kept[index].reviewText {
                texts.append(
                    try cipher.seal(
                        text, binding: Self.reviewTextBinding(source: kept[index].source, messageID: kept[index].id)))
            } else {
                texts.append(nil)
            }
        }
        return SealedBatch(messages: kept, sealedTexts: texts, repeatsInBatch: repeats.count, deltas: deltas)
    }

    /// A message's unique key, hashed without building a joined string.
    private struct MessageKey: Hashable {
        var source: String
        var id: String
    }

    /// Stores a sealed batch: inserts the messages that are new on (source, id) and adds the rollup deltas of
    /// exactly those, plus the per-source-city counters. Run it inside a transaction.
    public func insert(_ batch: SealedBatch, now: Date, on database: any Database) async throws -> StoreResult {
        guard let sql = database as? any SQLDatabase else { throw SentimentStoreError.notSQL }
        let writer = try BulkWriter(database)
        var values: [BulkValue] = []
        values.reserveCapacity(batch.messages.count * Self.messageColumns.count)
        for index in batch.messages.indices {
            Self.append(batch.messages[index], sealedText: batch.sealedTexts[index], now: now, to: &values)
        }
        let returned = try await writer.insertNew(
            into: Self.messages, columns: Self.messageColumns, values: values, keys: ["source", "message_id"],
            rowID: "id")
        let inserted: [AnalyzedMessage]
        var table: AggregateTable
        if let returned {
            let new = Set(returned.map { MessageKey(source: $0[0], id: $0[1]) })
            inserted = batch.messages.filter { new.contains(MessageKey(source: $0.source, id: $0.id)) }
            table = AggregateTable()
            table.add(inserted)
        } else {
            inserted = batch.messages
            table = batch.deltas
        }
        var perSourceCity: [SourceCity: Int] = [:]
        var unplaced = 0
        for message in inserted {
            perSourceCity[SourceCity(source: message.source, city: message.city), default: 0] += 1
            if !message.placement.isPlaced { unplaced += 1 }
        }
        try await applyRollups(table, on: database)
        try await bumpSourceCities(perSourceCity, now: now, on: sql)
        return StoreResult(
            stored: inserted.count, duplicates: batch.messages.count + batch.repeatsInBatch - inserted.count,
            unplaced: unplaced)
    }

    /// Deletes one message (a platform deletion or a takedown) and subtracts what it added from every rollup.
    /// Returns false when no such message is stored. Run it inside a transaction.
    public func delete(source: String, messageID: String, on database: any Database) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { throw SentimentStoreError.notSQL }
        guard
            let row = try await OnlineMessageModel.query(on: database)
                .filter(\.$source == source).filter(\.$messageID == messageID).first()
        else { return false }
        let message = try Self.labels(of: row)
        var table = AggregateTable()
        table.remove(message)
        try await applyRollups(table, on: database)
        try await bumpSourceCities([SourceCity(source: source, city: message.city): -1], now: nil, on: sql)
        try await sql.delete(from: Self.messages)
            .where("source", .equal, source).where("message_id", .equal, messageID).run()
        return true
    }

    /// Nulls the review text of up to `limit` messages whose retention ended before `now`; returns how many.
    /// Call repeatedly (each call in its own short transaction) until it returns less than `limit`.
    public func purgeText(before now: Date, limit: Int = 5_000, on database: any Database) async throws -> Int {
        guard let sql = database as? any SQLDatabase else { throw SentimentStoreError.notSQL }
        let ids = try await sql.select().column("id").from(Self.messages)
            .where("retain_text_until", .lessThan, now).where("review_text", .isNot, SQLLiteral.null)
            .limit(limit).all().map { try $0.decode(column: "id", as: Int64.self) }
        guard !ids.isEmpty else { return 0 }
        try await sql.update(Self.messages).set("review_text", to: SQLLiteral.null)
            .where("id", .in, ids).run()
        return ids.count
    }

    /// The city of a stored message, nil when not stored.
    public func city(source: String, messageID: String, on database: any Database) async throws -> String? {
        try await OnlineMessageModel.query(on: database)
            .filter(\.$source == source).filter(\.$messageID == messageID).field(\.$city).first()?.city
    }

    /// The review text of a stored message, opened (nil after purge or for an unknown message). Audit the read.
    public func reviewText(source: String, messageID: String, on database: any Database) async throws -> String? {
        guard
            let row = try await OnlineMessageModel.query(on: database)
                .filter(\.$source == source).filter(\.$messageID == messageID).first(),
            let sealed = row.reviewText
        else { return nil }
        return try cipher.open(sealed, binding: Self.reviewTextBinding(source: source, messageID: messageID))
    }

    /// Appends the row of `message` (one value per ``messageColumns`` entry) to `values`.
    static func append(_ message: AnalyzedMessage, sealedText: String?, now: Date, to values: inout [BulkValue]) {
        let separator = String(listSeparator)
        values.append(.text(message.source))
        values.append(.text(message.id))
        values.append(.text(message.city))
        values.append(.text(message.authorPseudonym))
        values.append(.date(message.timestamp))
        values.append(.int(message.day))
        values.append(.int(message.hour))
        values.append(.text(message.areaKey))
        values.append(.text(message.placement.method.rawValue))
        values.append(.double(message.placement.confidence))
        values.append(.bool(message.hateful))
        values.append(.double(message.score))
        values.append(.text(message.type?.rawValue))
        values.append(.text(message.targets.map(\.rawValue).joined(separator: separator)))
        values.append(.text(message.language.rawValue))
        values.append(.bool(message.supportsViolence))
        values.append(.double(message.violenceScore))
        values.append(.text(message.modelVersion))
        values.append(.text(message.terms.joined(separator: separator)))
        values.append(.text(message.publicMentions.joined(separator: separator)))
        values.append(.text(message.replyTo))
        values.append(.text(message.authorAgeBand?.rawValue))
        values.append(.text(message.authorGender?.rawValue))
        values.append(.text(sealedText))
        values.append(.date(message.retainTextUntil))
        values.append(.date(now))
    }

    /// Rebuilds the labels of a stored message (without its text) so a deletion subtracts exactly what it added.
    static func labels(of row: OnlineMessageModel) throws -> AnalyzedMessage {
        func list(_ text: String) -> [String] {
            text.split(separator: listSeparator, omittingEmptySubsequences: true).map(String.init)
        }
        let area = row.area == AggregateKey.unplaced ? nil : row.area
        let method = Placement.Method(rawValue: row.placementMethod) ?? .none
        return AnalyzedMessage(
            id: row.messageID, source: row.source, city: row.city, authorPseudonym: row.authorPseudonym,
            timestamp: row.postedAt, day: row.day, hour: row.hour,
            placement: Placement(areaCode: area, method: method, confidence: row.placementConfidence),
            hateful: row.hateful, score: row.score, type: row.hateType.flatMap(HateType.init(rawValue:)),
            targets: list(row.targets).compactMap(TargetGroup.init(rawValue:)),
            language: Language(rawValue: row.language) ?? .other, supportsViolence: row.supportsViolence,
            violenceScore: row.violenceScore, modelVersion: row.modelVersion, terms: list(row.terms),
            publicMentions: list(row.publicMentions), replyTo: row.replyTo,
            authorAgeBand: row.authorAgeBand.flatMap(AgeBand.init(rawValue:)),
            authorGender: row.authorGender.flatMap(AuthorGender.init(rawValue:)), reviewText: nil,
            retainTextUntil: row.retainTextUntil)
    }
}
