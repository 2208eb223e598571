import CGWeb
import Foundation
import Testing
import VaporTesting

@Suite("System endpoints")
struct SystemTests {
    @Test("healthz reports the database", arguments: TestEngine.available)
    func health(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let response = try await app.send(.GET, "/healthz")
            #expect(response.status == .ok)
            let json = try response.json()
            #expect(json["status"] as? String == "ok")
            let database = json["database"] as? [String: Any]
            #expect(database?["engine"] as? String == (engine == .sqlite ? "sqlite" : "postgresql"))
            #expect(database?["reachable"] as? Bool == true)
            #expect((database?["migrations"] as? Int ?? 0) >= 7)
        }
    }

    @Test("metrics count requests and their latency")
    func metrics() async throws {
        try await TestApp.with(.sqlite) { app in
            _ = try await app.send(.GET, "/healthz")
            _ = try await app.send(.GET, "/api/v1/cities")
            let text = try await app.send(.GET, "/metrics").text
            #expect(text.contains("http_requests_total"))
            #expect(text.contains("http_request_duration_seconds"))
            #expect(text.contains("/api/v1/cities"))
        }
    }

    @Test("SQLite runs in WAL mode with synchronous=FULL, a 64 MB page cache and in-memory statement journals, whichever event loop asks")
    func sqliteDurability() async throws {
        try await TestApp.with(.sqlite) { app in
            for loop in app.app.eventLoopGroup.makeIterator() {
                let db = app.app.databases.database(.main, logger: app.app.logger, on: loop)
                let sql = try #require(db as? any SQLDatabase)
                struct Mode: Decodable { var journal_mode: String }
                struct Sync: Decodable { var synchronous: Int }
                let mode = try await sql.raw("PRAGMA journal_mode").first(decoding: Mode.self)
                let sync = try await sql.raw("PRAGMA synchronous").first(decoding: Sync.self)
                struct Cache: Decodable { var cache_size: Int }
                struct Temp: Decodable { var temp_store: Int }
                let cache = try await sql.raw("PRAGMA cache_size").first(decoding: Cache.self)
                let temp = try await sql.raw("PRAGMA temp_store").first(decoding: Temp.self)
                #expect(mode?.journal_mode.lowercased() == "wal")
                #expect(sync?.synchronous == 2)
                #expect(cache?.cache_size == -65_536)
                #expect(temp?.temp_store == 2)
            }
        }
    }
}

import SQLKit
