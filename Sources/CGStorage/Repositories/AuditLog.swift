import CGDomain
import CGSecurity
import FluentKit
import Foundation
import SQLKit

/// Appends to and verifies the tamper-evident audit chain.
///
/// Audited changes run inside ``transaction(on:_:)``, whose first statement writes the chain's head row. That
/// write takes SQLite's write lock (or a PostgreSQL row lock) before anything is read, so concurrent
/// appenders queue instead of forking the chain, and an SQLite transaction never has to upgrade a stale read
/// snapshot (which would fail at once rather than wait).
public struct AuditLog: Sendable {
    private let chain: AuditChain
    private let clock: CurrentDate

    /// Creates the log with the chain's keyed hash and the clock.
    public init(chain: AuditChain, clock: CurrentDate) {
        self.chain = chain
        self.clock = clock
    }

    /// Runs `body` in one database transaction together with the audit entries it records.
    public func transaction<T: Sendable>(
        on database: any Database,
        _ body: @escaping @Sendable (any Database, AuditRecorder) async throws -> T
    ) async throws -> T {
        try await database.transaction { tx in
            try await Self.lockHead(on: tx)
            return try await body(tx, AuditRecorder(chain: chain, clock: clock, database: tx))
        }
    }

    /// Records one event in a transaction of its own.
    public func record(_ event: AuditEvent, on database: any Database) async throws {
        try await transaction(on: database) { _, recorder in try await recorder.record(event) }
    }

    /// Walks the whole chain in sequence order, page by page in constant memory, and checks every link and
    /// the head.
    public func verify(on database: any Database, batchSize: Int = 2_000) async throws -> AuditVerification {
        var verifier = AuditChainVerifier(chain: chain)
        var after: Int64 = .min
        while !verifier.isSettled {
            let page = try await AuditEntryModel.query(on: database)
                .filter(\.$id > after)
                .sort(\.$id)
                .limit(batchSize)
                .all()
            guard let last = page.last?.id else { break }
            for row in page { verifier.consume(row.stored) }
            after = last
        }
        // Deleting the newest entries leaves a valid prefix; the head row remembers how long the chain was.
        let head = try await AuditHeadModel.find(1, on: database)
        return verifier.finish(
            expectedHead: head.map { AuditChainPosition(sequence: $0.sequence, hash: $0.lastHash) })
    }

    static func lockHead(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.update(AuditHeadModel.schema)
            .set("sequence", to: SQLIdentifier("sequence"))
            .where("id", .equal, 1)
            .run()
    }
}

/// Appends entries within one audited transaction. Only ``AuditLog/transaction(on:_:)`` creates it.
public struct AuditRecorder: Sendable {
    let chain: AuditChain
    let clock: CurrentDate
    let database: any Database

    /// Appends `event` to the chain in the current transaction.
    public func record(_ event: AuditEvent) async throws {
        guard let head = try await AuditHeadModel.find(1, on: database) else {
            throw AuditStorageError.headMissing
        }
        let content = AuditEntryContent(
            sequence: head.sequence + 1,
            occurredAt: clock.now(),
            actorID: event.actorID,
            actorLabel: event.actorLabel,
            action: event.action,
            recordType: event.recordType,
            recordID: event.recordID,
            cityID: event.cityID,
            reason: event.reason,
            detail: event.detail)
        let hash = chain.hash(content, previousHash: head.lastHash)
        let entry = AuditEntryModel(content: content, previousHash: head.lastHash, hash: hash)
        try await entry.create(on: database)
        head.sequence = content.sequence
        head.lastHash = hash
        try await head.update(on: database)
    }
}

/// Storage-level audit failures.
public enum AuditStorageError: Error, CustomStringConvertible {
    case headMissing

    public var description: String { "the audit head row is missing: run the migrations" }
}

extension AuditEntryModel {
    convenience init(content: AuditEntryContent, previousHash: String, hash: String) {
        self.init()
        self.id = content.sequence
        self.occurredAtMilliseconds = content.occurredAtMilliseconds
        self.actorID = content.actorID
        self.actorLabel = content.actorLabel
        self.action = content.action
        self.recordType = content.recordType
        self.recordID = content.recordID
        self.cityID = content.cityID
        self.reason = content.reason
        self.detail = content.detail
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The entry in the chain's own terms.
    public var stored: StoredAuditEntry {
        StoredAuditEntry(
            content: AuditEntryContent(
                sequence: id ?? 0,
                occurredAt: AuditTimestamp.date(fromMilliseconds: occurredAtMilliseconds),
                actorID: actorID,
                actorLabel: actorLabel,
                action: action,
                recordType: recordType,
                recordID: recordID,
                cityID: cityID,
                reason: reason,
                detail: detail),
            previousHash: previousHash,
            hash: hash)
    }
}
