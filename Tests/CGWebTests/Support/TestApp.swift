import CGStorage
import CGWeb
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

/// A real application on a real database of its own, serving real HTTP on a free loopback port.
final class TestApp: Sendable {
    let app: Application
    let port: Int
    let clock: TestClock
    let dataDirectory: URL
    let engine: TestEngine
    let postgresDatabase: String?

    private init(
        app: Application, port: Int, clock: TestClock, dataDirectory: URL, engine: TestEngine, postgresDatabase: String?
    ) {
        self.app = app
        self.port = port
        self.clock = clock
        self.dataDirectory = dataDirectory
        self.engine = engine
        self.postgresDatabase = postgresDatabase
    }

    /// Runs `body` against a fresh application, then tears everything down (and drops the PostgreSQL database).
    static func with(
        _ engine: TestEngine, adjust: (inout AppSettings) -> Void = { _ in },
        _ body: (TestApp) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cg-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let clock = TestClock()
        var postgresName: String?
        let location: DatabaseLocation
        switch engine {
        case .sqlite:
            location = .sqlite(path: directory.appendingPathComponent(DatabaseLocation.sqliteFileName).path)
        case .postgres:
            let name = "cg_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await PostgresAdmin.run("CREATE DATABASE \(name)")
            postgresName = name
            location = .postgres(url: try PostgresAdmin.url(database: name))
        }
        var settings = AppSettings(
            host: "127.0.0.1", port: 0, dataDirectory: directory.path, database: location, environment: [:],
            clock: clock.currentDate)
        // The whole suite runs in parallel on two cores: a burst of audited writes can wait longer for a
        // connection than a server should (the same reason as the 120 s request timeout below).
        settings.databasePoolTimeout = .seconds(180)
        adjust(&settings)
        let app = try await Application.make(.testing)
        // Hundreds of apps start in a run; their start-up notices would bury the test output.
        app.logger.logLevel = .warning
        let harness: TestApp
        do {
            try await configure(app, settings: settings)
            app.http.client.configuration.redirectConfiguration = .disallow
            // Shutting down waits this long for requests still in flight (Vapor's default is 10 s). On a loaded CI
            // run a request can outlive that, and it must never run on after the app's services are gone.
            app.http.server.configuration.shutdownTimeout = .seconds(120)
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            guard let port = app.http.server.shared.localAddress?.port else {
                throw TestAppError("the server did not report its port")
            }
            harness = TestApp(
                app: app, port: port, clock: clock, dataDirectory: directory, engine: engine,
                postgresDatabase: postgresName)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        do {
            try await body(harness)
        } catch {
            await harness.shutdown()
            throw error
        }
        await harness.shutdown()
    }

    func shutdown() async {
        await app.server.shutdown()
        try? await app.asyncShutdown()
        if let postgresDatabase { try? await PostgresAdmin.run("DROP DATABASE IF EXISTS \(postgresDatabase) WITH (FORCE)") }
        try? FileManager.default.removeItem(at: dataDirectory)
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Sends a request over HTTP.
    func send(
        _ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], body: ByteBuffer? = nil
    ) async throws -> ClientResponse {
        var request = ClientRequest(method: method, url: URI(string: baseURL + path), headers: headers, body: body)
        // Generous: a test asserts answers, not speed, and the whole suite runs in parallel on two cores next to
        // password hashing; 30 s once expired under a loaded CI run.
        request.timeout = .seconds(120)
        return try await app.client.send(request)
    }

    /// Sends JSON.
    func sendJSON(_ method: HTTPMethod, _ path: String, json: String, headers: HTTPHeaders = [:]) async throws
        -> ClientResponse
    {
        var all = headers
        all.replaceOrAdd(name: .contentType, value: "application/json")
        return try await send(method, path, headers: all, body: ByteBuffer(string: json))
    }

    /// The SQL interface of the test's database.
    var sql: any SQLDatabase {
        get throws {
            guard let sql = app.db as? any SQLDatabase else { throw TestAppError("not an SQL database") }
            return sql
        }
    }

    /// The staff directory, for setting up accounts.
    var directory: StaffDirectory { StaffDirectory(services: app.cg, database: app.db) }
}

struct TestAppError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Creates and drops per-test PostgreSQL databases through the admin URL.
enum PostgresAdmin {
    static func url(database: String) throws -> String {
        guard let admin = TestEngine.postgresAdminURL, var components = URLComponents(string: admin) else {
            throw TestAppError("CG_TEST_POSTGRES_URL is not set")
        }
        components.path = "/" + database
        guard let url = components.string else { throw TestAppError("bad CG_TEST_POSTGRES_URL") }
        return url
    }

    static func run(_ statement: String) async throws {
        guard let admin = TestEngine.postgresAdminURL else { throw TestAppError("CG_TEST_POSTGRES_URL is not set") }
        let app = try await Application.make(.testing)
        do {
            app.databases.use(try .postgres(url: admin), as: .psql)
            guard let sql = app.db(.psql) as? any SQLDatabase else { throw TestAppError("no SQL") }
            try await sql.raw(SQLQueryString(statement)).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
