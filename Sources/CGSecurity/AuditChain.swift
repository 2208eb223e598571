import Crypto
import Foundation

/// What an audit entry says: who did what, when, to which record, and why — never the sensitive content itself.
///
/// Every field is covered by the entry's hash. Store `nil` as SQL `NULL` and `""` as an empty string: the two hash
/// differently. Store ``occurredAtMilliseconds`` (or its ISO form, see ``AuditTimestamp``), not a float.
public struct AuditEntryContent: Sendable, Hashable, Codable {
    /// Position in the chain: 1 for the first entry, then consecutive.
    public var sequence: Int64
    /// When it happened, in whole milliseconds since 1970 (the canonical form the hash covers).
    public var occurredAtMilliseconds: Int64
    /// The acting user's or token's id; `nil` for the system or an anonymous reporter.
    public var actorID: String?
    /// A readable name for the actor at the time (e.g. an email or "system").
    public var actorLabel: String
    /// What was done, e.g. `"record.read"`.
    public var action: String
    /// The kind of record acted on, e.g. `"case"`.
    public var recordType: String?
    /// The record's id.
    public var recordID: String?
    /// The city the action belongs to.
    public var cityID: String?
    /// The reason the actor gave, where one is required (e.g. opening a case).
    public var reason: String?
    /// The outcome or a short non-sensitive detail (e.g. `"denied: not a panel member"`).
    public var detail: String?

    /// An entry's content. `occurredAt` is rounded to the nearest millisecond.
    public init(
        sequence: Int64, occurredAt: Date, actorID: String?, actorLabel: String, action: String,
        recordType: String? = nil, recordID: String? = nil, cityID: String? = nil, reason: String? = nil,
        detail: String? = nil
    ) {
        self.sequence = sequence
        self.occurredAtMilliseconds = AuditTimestamp.milliseconds(from: occurredAt)
        self.actorID = actorID
        self.actorLabel = actorLabel
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.cityID = cityID
        self.reason = reason
        self.detail = detail
    }

    /// When it happened, as a `Date` (setting it rounds to the nearest millisecond).
    public var occurredAt: Date {
        get { AuditTimestamp.date(fromMilliseconds: occurredAtMilliseconds) }
        set { occurredAtMilliseconds = AuditTimestamp.milliseconds(from: newValue) }
    }

    func canonicalBytes(previousHash: String) -> [UInt8] {
        var encoder = CanonicalEncoder(domain: "commonground/audit/v1")
        encoder.append(sequence)
        encoder.append(occurredAtMilliseconds)
        encoder.append(actorID)
        encoder.append(actorLabel)
        encoder.append(action)
        encoder.append(recordType)
        encoder.append(recordID)
        encoder.append(cityID)
        encoder.append(reason)
        encoder.append(detail)
        encoder.append(previousHash)
        return encoder.bytes
    }
}

/// An audit entry as stored: its content, the previous entry's hash, and its own hash.
public struct StoredAuditEntry: Sendable, Hashable, Codable {
    /// What the entry says.
    public var content: AuditEntryContent
    /// The ``hash`` of the entry before it (``AuditChain/genesisHash`` for the first).
    public var previousHash: String
    /// ``AuditChain/hash(_:previousHash:)`` of ``content`` and ``previousHash``.
    public var hash: String

    /// A stored entry from its parts (as read from the database).
    public init(content: AuditEntryContent, previousHash: String, hash: String) {
        self.content = content
        self.previousHash = previousHash
        self.hash = hash
    }

    /// This entry's position, to continue the chain after it.
    public var position: AuditChainPosition { AuditChainPosition(sequence: content.sequence, hash: hash) }
}

/// A point in the chain: a sequence number and the hash of the entry there (the chain's "head").
public struct AuditChainPosition: Sendable, Hashable, Codable {
    /// The sequence of the entry (0 before the first entry).
    public var sequence: Int64
    /// The hash of that entry (``AuditChain/genesisHash`` before the first).
    public var hash: String

    /// A position from its parts.
    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// Before the first entry: sequence 0 and ``AuditChain/genesisHash``.
    public static let genesis = AuditChainPosition(sequence: 0, hash: AuditChain.genesisHash)
}

/// The result of ``AuditChain/verify(_:from:expectedHead:)``.
public enum AuditVerification: Sendable, Hashable, CustomStringConvertible {
    /// Every entry checked out; `count` entries were read and `lastHash` is the last one's hash
    /// (the starting hash if there were none).
    case intact(count: Int, lastHash: String)
    /// The first entry that breaks the chain, and why.
    case broken(sequence: Int64, reason: AuditChainBreak)

    /// Whether the chain is intact.
    public var isIntact: Bool {
        if case .intact = self { return true }
        return false
    }

    /// One line for `commonground audit verify`.
    public var description: String {
        switch self {
        case .intact(let count, let lastHash):
            return "Audit chain intact: \(count) entries, last hash \(lastHash)."
        case .broken(let sequence, let reason):
            return "Audit chain broken at entry \(sequence): \(reason)"
        }
    }
}

/// Why an audit chain is broken.
public enum AuditChainBreak: Sendable, Hashable, CustomStringConvertible {
    /// The entry's content (or its previous-hash field) does not match its hash: it was edited, or forged
    /// without the key.
    case contentMismatch
    /// Entries from `expectedSequence` up to this one are missing: deleted.
    case missingEntries(expectedSequence: Int64)
    /// The first entry present is not the chain's first: entries at the start were deleted.
    case chainStartMissing(expectedSequence: Int64)
    /// A second entry with the same sequence number: inserted (or replayed).
    case duplicateSequence
    /// The entry is not where its sequence says: entries were reordered. `expectedSequence` was due here.
    case outOfOrder(expectedSequence: Int64)
    /// The entry's hash is valid but it names a different previous entry: inserted or spliced from elsewhere.
    case previousHashMismatch
    /// The chain ends before the recorded head: the latest entries were deleted.
    case truncatedAtEnd(expectedHead: AuditChainPosition)
    /// The chain runs past, or ends on a different hash than, the recorded head: the head or the latest entries
    /// were altered.
    case headMismatch(expectedHead: AuditChainPosition)

    /// A sentence explaining the break.
    public var description: String {
        switch self {
        case .contentMismatch:
            return "its content does not match its hash (the entry was edited or forged)."
        case .missingEntries(let expected):
            return "entries from \(expected) onwards are missing before it (entries were deleted)."
        case .chainStartMissing(let expected):
            return "the chain should start at entry \(expected) (entries at the start were deleted)."
        case .duplicateSequence:
            return "its sequence number repeats the previous entry's (an entry was inserted)."
        case .outOfOrder(let expected):
            return "entry \(expected) was due here and appears later (entries were reordered)."
        case .previousHashMismatch:
            return "it does not link to the entry before it (an entry was inserted or replaced)."
        case .truncatedAtEnd(let head):
            return "the chain stops before the recorded head, entry \(head.sequence) (the latest entries were deleted)."
        case .headMismatch(let head):
            return
                "the chain does not end at the recorded head, entry \(head.sequence) (the head or the latest entries were altered)."
        }
    }
}

/// The tamper-evident audit chain: each entry's hash is an HMAC-SHA256, keyed with the ``KeyPurpose/auditChain``
/// subkey, over an unambiguous encoding of every field and the previous entry's hash.
///
/// Someone with only database access can't recompute a consistent chain, so editing, deleting, inserting or
/// reordering entries is detected by ``verify(_:from:expectedHead:)``. Appending, inside the same transaction as
/// the audited change:
///
/// ```swift
/// let head = /* read and lock the stored head */
/// let content = AuditEntryContent(sequence: head.sequence + 1, occurredAt: now, actorID: …, actorLabel: …, action: …)
/// let entry = chain.entry(content, previousHash: head.hash)    // store entry; new head = entry.position
/// ```
public struct AuditChain: Sendable {
    /// The previous hash of the first entry: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    private let key: SymmetricKey

    /// A chain keyed with `masterKey`'s ``KeyPurpose/auditChain`` subkey.
    public init(masterKey: MasterKey) {
        self.key = masterKey.subkey(for: .auditChain)
    }

    /// A chain keyed with an explicit key (tests, or a key held elsewhere).
    public init(key: SymmetricKey) {
        self.key = key
    }

    /// The entry's hash: lowercase hex of HMAC-SHA256 over the canonical encoding of `content` and `previousHash`.
    public func hash(_ content: AuditEntryContent, previousHash: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: content.canonicalBytes(previousHash: previousHash), using: key)
        return Hex.encode(mac)
    }

    /// The stored form of `content` appended after the entry whose hash is `previousHash`.
    public func entry(_ content: AuditEntryContent, previousHash: String) -> StoredAuditEntry {
        StoredAuditEntry(content: content, previousHash: previousHash, hash: hash(content, previousHash: previousHash))
    }

    /// Walks `entries` in the order given (read them ordered by sequence) and names the first broken entry.
    ///
    /// Keeps only the previous entry in memory, so it verifies millions of entries in constant space. After a gap
    /// it reads on to tell deleted entries from reordered ones. To verify page by page from an async source, use
    /// ``AuditChainVerifier`` directly.
    ///
    /// - Parameters:
    ///   - start: where `entries` continue from: ``AuditChainPosition/genesis`` for the whole chain, or a
    ///     previously verified position to check only what came after it.
    ///   - expectedHead: the separately stored head, if any. Without it, deleting the latest entries (or all of
    ///     them) is undetectable: an empty chain verifies as intact with count 0.
    public func verify(
        _ entries: some Sequence<StoredAuditEntry>, from start: AuditChainPosition = .genesis,
        expectedHead: AuditChainPosition? = nil
    ) -> AuditVerification {
        var verifier = AuditChainVerifier(chain: self, from: start)
        for entry in entries {
            verifier.consume(entry)
            if verifier.isSettled { break }
        }
        return verifier.finish(expectedHead: expectedHead)
    }
}

/// Verifies an audit chain one entry at a time, for callers that read it in pages (e.g. from a database, with
/// `await` between pages) and want constant memory.
///
/// ```swift
/// var verifier = AuditChainVerifier(chain: chain)
/// for page in pages {                       // ordered by sequence
///     for entry in page { verifier.consume(entry) }
///     if verifier.isSettled { break }
/// }
/// let result = verifier.finish(expectedHead: storedHead)
/// ```
public struct AuditChainVerifier: Sendable {
    private let chain: AuditChain
    private let start: AuditChainPosition
    private var previous: AuditChainPosition
    private var count = 0
    private var broken: (sequence: Int64, reason: AuditChainBreak)?
    /// A gap seen but not yet classified: if `expected` turns up later, entries were reordered, else deleted.
    private var gap: (sequence: Int64, expected: Int64, atStart: Bool)?

    /// A verifier for entries that continue the chain from `start` (``AuditChainPosition/genesis`` for all of it).
    public init(chain: AuditChain, from start: AuditChainPosition = .genesis) {
        self.chain = chain
        self.start = start
        self.previous = start
    }

    /// Whether a break has been found that further entries can't change: stop reading and call ``finish(expectedHead:)``.
    /// (After a gap, it stays `false` while the rest is read to tell deletion from reordering.)
    public var isSettled: Bool { broken != nil }

    /// Checks the next entry (in the order read, which should be ascending sequence).
    public mutating func consume(_ entry: StoredAuditEntry) {
        guard broken == nil else { return }
        let sequence = entry.content.sequence
        if let gap {
            if sequence == gap.expected {
                broken = (gap.sequence, .outOfOrder(expectedSequence: gap.expected))
            }
            return
        }
        let expected = previous.sequence &+ 1
        if sequence == previous.sequence, previous != .genesis {
            broken = (sequence, .duplicateSequence)
        } else if sequence < expected {
            broken = (sequence, .outOfOrder(expectedSequence: expected))
        } else if sequence > expected {
            gap = (sequence, expected, count == 0 && start == .genesis)
        } else if !constantTimeBytesEqual(
            Array(chain.hash(entry.content, previousHash: entry.previousHash).utf8), Array(entry.hash.utf8))
        {
            broken = (sequence, .contentMismatch)
        } else if !constantTimeBytesEqual(Array(entry.previousHash.utf8), Array(previous.hash.utf8)) {
            broken = (sequence, .previousHashMismatch)
        } else {
            previous = entry.position
            count += 1
        }
    }

    /// The verdict on everything consumed, checked against the separately stored head if given.
    public func finish(expectedHead: AuditChainPosition? = nil) -> AuditVerification {
        if let broken {
            return .broken(sequence: broken.sequence, reason: broken.reason)
        }
        if let gap {
            let reason: AuditChainBreak =
                gap.atStart
                ? .chainStartMissing(expectedSequence: gap.expected) : .missingEntries(expectedSequence: gap.expected)
            return .broken(sequence: gap.sequence, reason: reason)
        }
        if let expectedHead, expectedHead != previous {
            if previous.sequence < expectedHead.sequence {
                return .broken(sequence: previous.sequence &+ 1, reason: .truncatedAtEnd(expectedHead: expectedHead))
            }
            return .broken(sequence: previous.sequence, reason: .headMismatch(expectedHead: expectedHead))
        }
        return .intact(count: count, lastHash: previous.hash)
    }
}
