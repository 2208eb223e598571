import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Multi-row `INSERT … ON CONFLICT` statements for the ingest path, on SQLite and PostgreSQL.
///
/// On SQLite the statement text is written here and the values are bound natively (``BulkValue/sqlite``):
/// measured on the ingest benchmark, SQLKit's per-value `Encodable` path (a dynamic cast and often an encoder
/// object per value, tens of values per message) cost several times what SQLite spent storing the rows. Every
/// other engine goes through SQLKit with the same statement shape. Both run on the caller's connection, so
/// inside its transaction.
struct BulkWriter: Sendable {
    /// What a row whose key is already stored does.
    enum Conflict: Sendable {
        /// Nothing: the stored row stays (`DO NOTHING`).
        case ignore
        /// The listed count columns are added to the stored row's (`DO UPDATE SET c = t.c + excluded.c`).
        case add([String])
    }

    /// Bound values per statement: below SQLite's default limit of 32,766 host parameters (and PostgreSQL's
    /// 65,535).
    static let maximumBinds = 30_000

    private let sql: any SQLDatabase
    private let sqlite: (any SQLiteDatabase)?

    /// Whether concurrent writers can interleave, so rows must be written in key order to take row locks in
    /// the same order (PostgreSQL). SQLite has one writer at a time: sorting there is wasted work.
    var needsKeyOrder: Bool { sqlite == nil }

    /// A writer on `database` (a transaction's database, normally).
    init(_ database: any Database) throws {
        guard let sql = database as? any SQLDatabase else { throw SentimentStoreError.notSQL }
        self.sql = sql
        self.sqlite = sql.dialect.name == "sqlite" ? database as? any SQLiteDatabase : nil
    }

    /// Inserts `rows` (each with one value per column) into `table`, in statements of at most
    /// ``maximumBinds`` values, resolving conflicts on `keys` as `conflict` says. Returns, for every row that
    /// was inserted (not a conflict), the text values of the `returning` columns; empty when `returning` is.
    @discardableResult
    func insert(
        into table: String, columns: [String], rows: [[BulkValue]], keys: [String], conflict: Conflict,
        returning: [String] = []
    ) async throws -> [[String]] {
        guard !rows.isEmpty else { return [] }
        let perStatement = max(1, Self.maximumBinds / columns.count)
        var returned: [[String]] = []
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            if let sqlite {
                returned += try await Self.insert(
                    chunk, into: table, columns: columns, keys: keys, conflict: conflict, returning: returning,
                    on: sqlite)
            } else {
                returned += try await insert(
                    chunk, into: table, columns: columns, keys: keys, conflict: conflict, returning: returning)
            }
            start += chunk.count
        }
        return returned
    }

    /// The SQLite statement text for `count` rows.
    static func sqliteStatement(
        table: String, columns: [String], count: Int, keys: [String], conflict: Conflict, returning: [String]
    ) -> String {
        func quoted(_ name: String) -> String { "\"" + name + "\"" }
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        var text = "INSERT INTO \(quoted(table)) (\(columns.map(quoted).joined(separator: ", "))) VALUES "
        text.reserveCapacity(text.utf8.count + count * (tuple.utf8.count + 2) + 200)
        for index in 0..<count {
            if index > 0 { text += ", " }
            text += tuple
        }
        text += " ON CONFLICT (\(keys.map(quoted).joined(separator: ", "))) "
        switch conflict {
        case .ignore:
            text += "DO NOTHING"
        case .add(let counts):
            text += "DO UPDATE SET "
                + counts.map { "\(quoted($0)) = \(quoted(table)).\(quoted($0)) + excluded.\(quoted($0))" }
                .joined(separator: ", ")
        }
        if !returning.isEmpty { text += " RETURNING " + returning.map(quoted).joined(separator: ", ") }
        return text
    }

    private static func insert(
        _ rows: ArraySlice<[BulkValue]>, into table: String, columns: [String], keys: [String], conflict: Conflict,
        returning: [String], on sqlite: any SQLiteDatabase
    ) async throws -> [[String]] {
        var binds: [SQLiteData] = []
        binds.reserveCapacity(rows.count * columns.count)
        for row in rows {
            precondition(row.count == columns.count, "a bulk row has one value per column")
            for value in row { binds.append(value.sqlite) }
        }
        let text = sqliteStatement(
            table: table, columns: columns, count: rows.count, keys: keys, conflict: conflict, returning: returning)
        let result = try await sqlite.query(text, binds)
        return result.map { row in returning.map { row.column($0)?.string ?? "" } }
    }

    private func insert(
        _ rows: ArraySlice<[BulkValue]>, into table: String, columns: [String], keys: [String], conflict: Conflict,
        returning: [String]
    ) async throws -> [[String]] {
        let insert = sql.insert(into: table).columns(columns)
        for row in rows { insert.values(row.map(\.encodable)) }
        switch conflict {
        case .ignore:
            insert.ignoringConflicts(with: keys)
        case .add(let counts):
            insert.onConflict(with: keys) { update in
                for column in counts { update.set(column, to: SQLRaw("\(table).\(column) + excluded.\(column)")) }
                return update
            }
        }
        guard !returning.isEmpty else {
            try await insert.run()
            return []
        }
        let result = try await insert.returning(returning.map { SQLIdentifier($0) }).all()
        return try result.map { row in try returning.map { try row.decode(column: $0, as: String.self) } }
    }
}
