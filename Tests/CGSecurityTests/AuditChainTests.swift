import Crypto
import Foundation
import Testing

@testable import CGSecurity

@Suite("Audit chain")
struct AuditChainTests {
    let chain: AuditChain

    init() throws {
        chain = AuditChain(masterKey: try fixedMasterKey())
    }

    /// A valid chain of `count` entries, one second apart.
    func makeChain(_ count: Int) -> [StoredAuditEntry] {
        var entries: [StoredAuditEntry] = []
        var head = AuditChainPosition.genesis
        let start = Date(timeIntervalSince1970: 1_780_000_000.123)
        for index in 0..<count {
            let content = AuditEntryContent(
                sequence: head.sequence + 1, occurredAt: start.addingTimeInterval(Double(index)),
                actorID: index % 3 == 0 ? nil : "user-\(index % 7)",
                actorLabel: index % 3 == 0 ? "system" : "analyst@example.org",
                action: index % 2 == 0 ? "record.read" : "record.written", recordType: "case",
                recordID: "case-\(index % 11)",
                cityID: "london", reason: index % 2 == 0 ? "panel review" : nil, detail: nil)
            let entry = chain.entry(content, previousHash: head.hash)
            entries.append(entry)
            head = entry.position
        }
        return entries
    }

    @Test("an intact chain of 5,000 entries verifies, and so does its tail from a verified position")
    func intactChain() throws {
        let entries = makeChain(5000)
        let last = try #require(entries.last)
        #expect(chain.verify(entries) == .intact(count: 5000, lastHash: last.hash))
        #expect(chain.verify(entries, expectedHead: last.position).isIntact)
        #expect(
            chain.verify(entries.dropFirst(4000), from: entries[3999].position)
                == .intact(count: 1000, lastHash: last.hash))
        #expect(chain.verify([StoredAuditEntry]()) == .intact(count: 0, lastHash: AuditChain.genesisHash))
        #expect(entries[0].previousHash == AuditChain.genesisHash)
        #expect(AuditChain.genesisHash == String(repeating: "0", count: 64))
    }

    @Test("editing any field of an entry is detected at that entry")
    func editDetected() {
        let entries = makeChain(50)
        let edits: [(inout AuditEntryContent) -> Void] = [
            { $0.occurredAtMilliseconds += 1 }, { $0.actorID = "someone-else" }, { $0.actorID = nil },
            { $0.actorLabel = "admin" }, { $0.action = "record.deleted" }, { $0.recordType = "report" },
            { $0.recordID = nil }, { $0.cityID = "paris" }, { $0.reason = "" }, { $0.detail = "x" },
        ]
        for edit in edits {
            var tampered = entries
            edit(&tampered[20].content)
            #expect(chain.verify(tampered) == .broken(sequence: 21, reason: .contentMismatch))
        }
        var forgedHash = entries
        forgedHash[20].hash = String(repeating: "a", count: 64)
        #expect(chain.verify(forgedHash) == .broken(sequence: 21, reason: .contentMismatch))
    }

    @Test("an edit re-hashed without the key (plain SHA-256, or another key) is still detected")
    func rehashWithoutKeyDetected() {
        var tampered = makeChain(10)
        tampered[4].content.reason = "innocent reason"
        let otherKey = AuditChain(key: SymmetricKey(size: .bits256))
        tampered[4].hash = otherKey.hash(tampered[4].content, previousHash: tampered[4].previousHash)
        #expect(chain.verify(tampered) == .broken(sequence: 5, reason: .contentMismatch))
    }

    @Test("deleting an entry is detected as a gap at the next entry")
    func deleteDetected() {
        var tampered = makeChain(50)
        tampered.remove(at: 30)  // sequence 31
        #expect(chain.verify(tampered) == .broken(sequence: 32, reason: .missingEntries(expectedSequence: 31)))
        var several = makeChain(50)
        several.removeSubrange(10..<15)
        #expect(chain.verify(several) == .broken(sequence: 16, reason: .missingEntries(expectedSequence: 11)))
    }

    @Test("deleting entries at the start (truncation) is detected")
    func truncateAtStartDetected() {
        let entries = makeChain(50)
        #expect(
            chain.verify(entries.dropFirst()) == .broken(sequence: 2, reason: .chainStartMissing(expectedSequence: 1)))
        #expect(
            chain.verify(entries.dropFirst(10))
                == .broken(sequence: 11, reason: .chainStartMissing(expectedSequence: 1)))
    }

    @Test("deleting the latest entries is detected against the stored head")
    func truncateAtEndDetected() {
        let entries = makeChain(50)
        let head = entries[49].position
        #expect(
            chain.verify(entries.dropLast(3), expectedHead: head)
                == .broken(sequence: 48, reason: .truncatedAtEnd(expectedHead: head)))
        #expect(
            chain.verify([StoredAuditEntry](), expectedHead: head)
                == .broken(sequence: 1, reason: .truncatedAtEnd(expectedHead: head)))
        let staleHead = entries[40].position
        #expect(
            chain.verify(entries, expectedHead: staleHead)
                == .broken(sequence: 50, reason: .headMismatch(expectedHead: staleHead)))
    }

    @Test("inserting an entry is detected")
    func insertDetected() {
        let entries = makeChain(50)
        // A forged entry with the next sequence number, renumbering nothing: duplicate.
        var duplicate = entries
        var forged = entries[20]
        forged.content.action = "record.read"
        forged.content.reason = "forged"
        duplicate.insert(forged, at: 21)
        #expect(chain.verify(duplicate) == .broken(sequence: 21, reason: .duplicateSequence))
        // The same when verification resumes from the position just before the copy.
        #expect(
            chain.verify(duplicate[21...], from: entries[20].position)
                == .broken(sequence: 21, reason: .duplicateSequence))

        // A forged entry that takes sequence 22 and shifts the rest up: its hash can't be right.
        var shifted = entries
        var inserted = entries[21]
        inserted.content.reason = "forged"
        inserted.previousHash = entries[20].hash
        shifted.insert(inserted, at: 21)
        for index in 22..<shifted.count { shifted[index].content.sequence += 1 }
        #expect(chain.verify(shifted) == .broken(sequence: 22, reason: .contentMismatch))

        // A genuine entry from another chain with the same key, spliced in place of entry 22.
        let otherChain = makeChainWithDifferentContent(30)
        var spliced = entries
        spliced[21] = otherChain[21]
        #expect(chain.verify(spliced) == .broken(sequence: 22, reason: .previousHashMismatch))
    }

    /// A valid chain under the same key whose entries differ from ``makeChain(_:)``.
    func makeChainWithDifferentContent(_ count: Int) -> [StoredAuditEntry] {
        var head = AuditChainPosition.genesis
        return (0..<count).map { index in
            let content = AuditEntryContent(
                sequence: head.sequence + 1, occurredAt: Date(timeIntervalSince1970: Double(index)), actorID: nil,
                actorLabel: "other", action: "login.failed")
            let entry = chain.entry(content, previousHash: head.hash)
            head = entry.position
            return entry
        }
    }

    @Test("reordering entries is detected, whether rows or sequence numbers are swapped")
    func reorderDetected() {
        let entries = makeChain(50)
        var swappedRows = entries
        swappedRows.swapAt(10, 11)
        #expect(chain.verify(swappedRows) == .broken(sequence: 12, reason: .outOfOrder(expectedSequence: 11)))
        var movedFar = entries
        let moved = movedFar.remove(at: 5)
        movedFar.append(moved)
        #expect(chain.verify(movedFar) == .broken(sequence: 7, reason: .outOfOrder(expectedSequence: 6)))
        var movedBack = entries
        let late = movedBack.remove(at: 40)
        movedBack.insert(late, at: 3)
        #expect(chain.verify(movedBack) == .broken(sequence: 41, reason: .outOfOrder(expectedSequence: 4)))

        // Swapping the sequence numbers of two rows (so ORDER BY sequence swaps them) breaks their hashes.
        var swappedNumbers = entries
        swappedNumbers[10].content.sequence = 12
        swappedNumbers[11].content.sequence = 11
        swappedNumbers.sort { $0.content.sequence < $1.content.sequence }
        #expect(chain.verify(swappedNumbers) == .broken(sequence: 11, reason: .contentMismatch))
    }

    @Test("the encoding is unambiguous: moving characters between fields, or nil to empty, changes the hash")
    func unambiguousEncoding() {
        let base = AuditEntryContent(
            sequence: 1, occurredAt: Date(timeIntervalSince1970: 0), actorID: "ab", actorLabel: "c", action: "x")
        var moved = base
        moved.actorID = "a"
        moved.actorLabel = "bc"
        var empty = base
        empty.reason = ""
        let hashes = [base, moved, empty].map { chain.hash($0, previousHash: AuditChain.genesisHash) }
        #expect(Set(hashes).count == 3)
        #expect(hashes.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        #expect(
            chain.hash(base, previousHash: AuditChain.genesisHash)
                == chain.hash(base, previousHash: AuditChain.genesisHash))
    }

    @Test("the hash depends on the key")
    func keyed() throws {
        let content = makeChain(1)[0].content
        let other = AuditChain(masterKey: try fixedMasterKey(9))
        #expect(
            chain.hash(content, previousHash: AuditChain.genesisHash)
                != other.hash(content, previousHash: AuditChain.genesisHash))
    }

    @Test("timestamps survive a round trip through integer milliseconds and ISO 8601 text")
    func timestampRoundTrip() {
        let date = Date(timeIntervalSince1970: 1_780_000_000.123_456)
        let content = AuditEntryContent(sequence: 1, occurredAt: date, actorID: nil, actorLabel: "system", action: "x")
        #expect(content.occurredAtMilliseconds == 1_780_000_000_123)
        let iso = AuditTimestamp.iso8601(fromMilliseconds: content.occurredAtMilliseconds)
        #expect(iso == "2026-05-28T20:26:40.123Z")
        #expect(AuditTimestamp.milliseconds(fromISO8601: iso) == content.occurredAtMilliseconds)

        var fromDatabase = content
        fromDatabase.occurredAt = AuditTimestamp.date(fromMilliseconds: content.occurredAtMilliseconds)
        #expect(fromDatabase == content)
        let hash = chain.hash(content, previousHash: AuditChain.genesisHash)
        #expect(chain.hash(fromDatabase, previousHash: AuditChain.genesisHash) == hash)

        // Every millisecond value converts to a Date and back exactly.
        for milliseconds: Int64 in [0, 1, 999, -1, -1001, 1_780_000_000_999, 253_402_300_799_999, -62_135_596_800_000] {
            #expect(
                AuditTimestamp.milliseconds(from: AuditTimestamp.date(fromMilliseconds: milliseconds)) == milliseconds)
            let text = AuditTimestamp.iso8601(fromMilliseconds: milliseconds)
            #expect(AuditTimestamp.milliseconds(fromISO8601: text) == milliseconds, "\(text)")
        }
        #expect(AuditTimestamp.iso8601(fromMilliseconds: 0) == "1970-01-01T00:00:00.000Z")
        #expect(AuditTimestamp.iso8601(fromMilliseconds: -1) == "1969-12-31T23:59:59.999Z")
        #expect(AuditTimestamp.iso8601(fromMilliseconds: 951_782_400_000) == "2000-02-29T00:00:00.000Z")
    }

    @Test("ISO 8601 parsing accepts common variants and rejects junk")
    func isoParsing() {
        #expect(AuditTimestamp.milliseconds(fromISO8601: "1970-01-01T00:00:01Z") == 1000)
        #expect(AuditTimestamp.milliseconds(fromISO8601: "1970-01-01 00:00:01.5Z") == 1500)
        #expect(AuditTimestamp.milliseconds(fromISO8601: "1970-01-01T00:00:01.123456Z") == 1123)
        #expect(AuditTimestamp.milliseconds(fromISO8601: "1970-01-01T00:00:01.12351234567890123456789Z") == 1124)
        for junk in [
            "", "1970-01-01", "1970-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "1970-01-01T24:00:00Z",
            "1970-01-01T00:00:00.Z", "1970-01-01T00:00:00+01:00", "1970-01-01T00:00:0xZ", "1970-01-01T00:00:00.1aZ",
        ] {
            #expect(AuditTimestamp.milliseconds(fromISO8601: junk) == nil, "\(junk)")
        }
    }

    @Test("verifying page by page gives the same verdicts as verifying all at once")
    func pagedVerifier() {
        var reordered = makeChain(300)
        let moved = reordered.remove(at: 10)
        reordered.insert(moved, at: 250)  // found again on a later page
        var edited = makeChain(300)
        edited[120].content.detail = "edited"
        for entries in [makeChain(300), reordered, edited, Array(makeChain(300).dropLast(5))] {
            var verifier = AuditChainVerifier(chain: chain)
            var pagesRead = 0
            for page in stride(from: 0, to: entries.count, by: 100) {
                for entry in entries[page..<min(page + 100, entries.count)] { verifier.consume(entry) }
                pagesRead += 1
                if verifier.isSettled { break }
            }
            #expect(verifier.finish() == chain.verify(entries))
            if entries == edited { #expect(pagesRead == 2) }
        }
        #expect(chain.verify(reordered) == .broken(sequence: 12, reason: .outOfOrder(expectedSequence: 11)))
    }

    @Test("verification results read well")
    func descriptions() {
        let reasons: [AuditChainBreak] = [
            .contentMismatch, .missingEntries(expectedSequence: 3), .chainStartMissing(expectedSequence: 1),
            .duplicateSequence, .outOfOrder(expectedSequence: 4), .previousHashMismatch,
            .truncatedAtEnd(expectedHead: .genesis), .headMismatch(expectedHead: .genesis),
        ]
        #expect(Set(reasons.map(\.description)).count == reasons.count)
        #expect(AuditVerification.broken(sequence: 7, reason: .contentMismatch).description.contains("entry 7"))
        #expect(AuditVerification.intact(count: 3, lastHash: "ab").description.contains("intact"))
    }
}
