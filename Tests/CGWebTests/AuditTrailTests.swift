import CGDomain
import CGSecurity
import CGStorage
import CGWeb
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Tamper-evident audit trail")
struct AuditTrailTests {
    /// Logins, failures, user creation and a token leave a chain of entries.
    static func populate(_ app: TestApp) async throws {
        let browser = try await Fixtures.signedIn(app)
        _ = try await Browser(app).login("admin@example.org", "not the password")
        try await browser.get("/admin")
        _ = try await browser.post("/admin/agencies", ["name": "Housing Dept", "kind": "housing", "city": "london"])
        try await browser.get("/admin")
        _ = try await browser.post("/admin/tokens", ["name": "feed", "city": "london", "permissions": "stats:read"])
    }

    static func verify(_ app: TestApp) async throws -> AuditVerification {
        try await app.app.cg.audit.verify(on: app.app.db)
    }

    /// Expects verification to name `sequence` as the first broken entry.
    static func expectBroken(_ app: TestApp, at sequence: Int64, _ what: String) async throws {
        guard case .broken(let broken, _) = try await verify(app) else {
            Issue.record("\(what) not detected")
            return
        }
        #expect(broken == sequence, "\(what)")
    }

    @Test("writes, logins and permission changes are chained and verify intact", arguments: TestEngine.available)
    func intact(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.populate(app)
            let actions = try await AuditEntryModel.query(on: app.app.db).sort(\.$id).all().map(\.action)
            #expect(actions.contains("user.created"))
            #expect(actions.contains("login.succeeded"))
            #expect(actions.contains("login.failed"))
            #expect(actions.contains("agency.created"))
            #expect(actions.contains("api_token.created"))
            #expect(actions.contains("record.read"), "opening the staff list (sealed personal data) is a sensitive read")
            let result = try await Self.verify(app)
            #expect(result.isIntact, "\(result)")
            // No personal data in the trail.
            let all = try await AuditEntryModel.query(on: app.app.db).all()
            #expect(!all.contains { ($0.detail ?? "").contains("@") || $0.actorLabel.contains("@") })
        }
    }

    @Test("an edited entry is detected", arguments: TestEngine.available)
    func edit(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.populate(app)
            try await app.sql.raw("UPDATE audit_entries SET reason = 'nothing to see' WHERE sequence = 3").run()
            try await Self.expectBroken(app, at: 3, "edit")
        }
    }

    @Test("a deleted entry is detected", arguments: TestEngine.available)
    func delete(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.populate(app)
            try await app.sql.raw("DELETE FROM audit_entries WHERE sequence = 4").run()
            try await Self.expectBroken(app, at: 5, "deletion")
        }
    }

    @Test("deleting the newest entries is detected through the head", arguments: TestEngine.available)
    func truncate(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.populate(app)
            let count = try await AuditEntryModel.query(on: app.app.db).count()
            try await app.sql.raw("DELETE FROM audit_entries WHERE sequence = \(bind: count)").run()
            #expect(!(try await Self.verify(app)).isIntact)
        }
    }

    @Test("an inserted entry is detected", arguments: TestEngine.available)
    func insert(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.populate(app)
            // Make room by shifting later entries up by one, then slip a forged entry in at 3.
            let rows = try await AuditEntryModel.query(on: app.app.db).filter(\.$id >= 3).sort(\.$id, .descending).all()
            for row in rows {
                try await app.sql.raw("UPDATE audit_entries SET sequence = \(bind: (row.id ?? 0) + 1) WHERE sequence = \(bind: row.id ?? 0)").run()
            }
            let second = try #require(try await AuditEntryModel.find(2, on: app.app.db))
            try await app.sql.raw("""
                INSERT INTO audit_entries (sequence, occurred_at_ms, actor_label, action, previous_hash, hash)
                VALUES (3, \(bind: second.occurredAtMilliseconds), 'forger', 'record.read', \(bind: second.hash), \(bind: String(repeating: "a", count: 64)))
                """).run()
            try await Self.expectBroken(app, at: 3, "insertion")
        }
    }

    @Test("reordered entries are detected", arguments: TestEngine.available)
    func reorder(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.populate(app)
            try await app.sql.raw("UPDATE audit_entries SET sequence = -1 WHERE sequence = 3").run()
            try await app.sql.raw("UPDATE audit_entries SET sequence = 3 WHERE sequence = 4").run()
            try await app.sql.raw("UPDATE audit_entries SET sequence = 4 WHERE sequence = -1").run()
            try await Self.expectBroken(app, at: 3, "reordering")
        }
    }

    @Test("concurrent audited writes keep one unbroken chain", arguments: TestEngine.available)
    func concurrency(engine: TestEngine) async throws {
        // Every writer queues for SQLite's one connection, and each commit waits for an fsync; while the whole
        // suite loads the disk and both cores the last of the writers has waited past the harness's 180 s (one CI
        // run in about ten). Twenty writers still race for the chain's head; this test alone may wait longer.
        try await TestApp.with(engine, adjust: { $0.databasePoolTimeout = .seconds(900) }) { app in
            let audit = app.app.cg.audit
            let db = app.app.db
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<Self.concurrentWriters {
                    group.addTask {
                        try await audit.record(
                            AuditEvent(actorID: "test", actorLabel: "test", action: .recordRead, recordType: "x", recordID: "\(index)"),
                            on: db)
                    }
                }
                try await group.waitForAll()
            }
            let result = try await Self.verify(app)
            guard case .intact(let count, _) = result else {
                Issue.record("\(result)")
                return
            }
            #expect(count == Self.concurrentWriters)
        }
    }

    static let concurrentWriters = 20
}
