import CGDomain
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Where the data lives: an embedded SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable {
    /// An SQLite database file.
    case sqlite(path: String)
    /// A PostgreSQL connection URL (`postgres://user:password@host:port/database`).
    case postgres(url: String)

    /// The file name of the embedded database inside the data folder.
    public static let sqliteFileName = "commonground.sqlite"

    /// Chooses the database from an explicit URL (flag or `DATABASE_URL`) or else the data folder.
    ///
    /// Accepts `postgres://`, `postgresql://` and `sqlite:PATH` URLs; anything else is a `FieldErrors` naming
    /// `database-url` with the reason.
    public static func resolve(databaseURL: String?, dataDirectory: String) throws -> DatabaseLocation {
        guard let raw = databaseURL?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            return .sqlite(path: URL(fileURLWithPath: dataDirectory).appendingPathComponent(sqliteFileName).path)
        }
        if raw.hasPrefix("sqlite:") {
            var path = String(raw.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            guard !path.isEmpty else {
                throw FieldErrors(["database-url": "an sqlite: URL needs a file path, e.g. sqlite:./data/cg.sqlite"])
            }
            return .sqlite(path: path)
        }
        guard raw.hasPrefix("postgres://") || raw.hasPrefix("postgresql://") else {
            throw FieldErrors([
                "database-url": "unsupported scheme; use postgres://user:password@host:5432/database or sqlite:PATH"
            ])
        }
        guard let components = URLComponents(string: raw), let host = components.host, !host.isEmpty,
            components.user != nil
        else {
            throw FieldErrors(["database-url": "not a valid URL: expected postgres://user:password@host:5432/database"])
        }
        guard components.path.count > 1 else {
            throw FieldErrors(["database-url": "the URL names no database: add /DATABASE after the host"])
        }
        return .postgres(url: raw)
    }

    /// A description for logs and messages that never shows a password.
    public var redacted: String {
        switch self {
        case .sqlite(let path): return "SQLite at \(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            if components.password != nil { components.password = "***" }
            return "PostgreSQL at \(components.string ?? "?")"
        }
    }

    /// Whether this is the embedded engine.
    public var isSQLite: Bool {
        if case .sqlite = self { return true }
        return false
    }

    /// Fluent's configuration for this location. Creates the SQLite file's folder when needed. `poolTimeout`
    /// is how long a query waits for a connection (default 60 s for SQLite's one connection, 30 s for
    /// PostgreSQL's pool).
    public func configurationFactory(poolTimeout: TimeAmount? = nil) throws -> DatabaseConfigurationFactory {
        switch self {
        case .sqlite(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Requests queue for the one connection (see SingleConnectionConfiguration); allow for a burst.
            let factory = DatabaseConfigurationFactory.sqlite(
                .file(path), connectionPoolTimeout: poolTimeout ?? .seconds(60), dataEncoder: .init(), dataDecoder: .init(),
                sqlLogLevel: .trace)
            return DatabaseConfigurationFactory { SingleConnectionConfiguration(inner: factory.make()) }
        case .postgres(let url):
            do {
                // PostgreSQL has real concurrency: a few connections per event loop, and a patient queue for bursts.
                return try .postgres(
                    url: url, maxConnectionsPerEventLoop: 4, connectionPoolTimeout: poolTimeout ?? .seconds(30), sqlLogLevel: .trace)
            } catch {
                throw FieldErrors(["database-url": "not a usable PostgreSQL URL (\(error))"])
            }
        }
    }
}
