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

    /// Inserts rows into `table`: `values` holds them one after another (row-major), one value per column.
    /// Statements hold at most ``maximumBinds`` values; conflicts on `keys` are resolved as `conflict` says.
    /// Returns, for every row that was inserted (not a conflict), the text values of the `returning` columns;
    /// empty when `returning` is. One flat array rather than an array per row: the ingest writes tens of
    /// thousands of rows a second, and an allocation per row showed in its profile.
    @discardableResult
    func insert(
        into table: String, columns: [String], values: [BulkValue], keys: [String], conflict: Conflict,
        returning: [String] = []
    ) async throws -> [[String]] {
        precondition(values.count % columns.count == 0, "a bulk insert has one value per column of every row")
        var returned: [[String]] = []
        for chunk in chunks(values, columns: columns.count) {
            if let sqlite {
                returned += try await Self.insert(
                    chunk, into: table, columns: columns, keys: keys, conflict: conflict, returning: returning,
                    on: sqlite)
            } else {
                returned += try await insert(
                    chunk, into: table, columns: columns, keys: keys, conflict: conflict, returning: returning)
            }
        }
        return returned
    }

    /// Inserts rows as ``insert(into:columns:values:keys:conflict:returning:)`` does, ignoring those whose
    /// `keys` are stored already, and says which were new: `nil` when every row was, else the `keys` values
    /// of the new rows (empty when none was).
    ///
    /// On SQLite no row is returned in the common case where every row is new: after each statement,
    /// `changes()` counts the rows it inserted and `last_insert_rowid()` names the last of them. With the
    /// write lock held, SQLite gives each new row the largest `rowID` so far plus one, so a statement's rows
    /// are the `changes()` ids ending at the last one, and only when some rows were ignored are the new ones
    /// read back (every `rowID` from the first new one on). `RETURNING` handed each inserted row to an event
    /// loop on its own, a measurable share of the ingest. The first statement is a write, so the transaction
    /// takes the write lock at once (a read first could not be upgraded after another process's commit).
    /// Run it inside a transaction. Other engines use `RETURNING`.
    func insertNew(
        into table: String, columns: [String], values: [BulkValue], keys: [String], rowID: String
    ) async throws -> [[String]]? {
        let rows = values.count / columns.count
        guard let sqlite else {
            let returned = try await insert(
                into: table, columns: columns, values: values, keys: keys, conflict: .ignore, returning: keys)
            return returned.count == rows ? nil : returned
        }
        var stored = 0
        var firstNew: Int?
        for chunk in chunks(values, columns: columns.count) {
            try await Self.insert(
                chunk, into: table, columns: columns, keys: keys, conflict: .ignore, returning: [], on: sqlite)
            let row = try await sqlite.query("SELECT changes() AS n, last_insert_rowid() AS last", []).first
            let count = row?.column("n")?.integer ?? 0
            if count > 0, let last = row?.column("last")?.integer {
                stored += count
                firstNew = min(firstNew ?? last, last - count + 1)
            }
        }
        if stored == rows { return nil }
        guard let firstNew else { return [] }
        func quoted(_ name: String) -> String { "\"" + name + "\"" }
        let new = try await sqlite.query(
            "SELECT \(keys.map(quoted).joined(separator: ", ")) FROM \(quoted(table)) WHERE \(quoted(rowID)) >= ?",
            [.integer(firstNew)])
        return new.map { row in keys.map { row.column($0)?.string ?? "" } }
    }

    /// `values` cut into statements of at most ``maximumBinds`` values, whole rows each.
    private func chunks(_ values: [BulkValue], columns: Int) -> [ArraySlice<BulkValue>] {
        let perStatement = max(1, Self.maximumBinds / columns) * columns
        return stride(from: 0, to: values.count, by: perStatement).map {
            values[$0..<min(values.count, $0 + perStatement)]
        }
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

    @discardableResult
    private static func insert(
        _ values: ArraySlice<BulkValue>, into table: String, columns: [String], keys: [String], conflict: Conflict,
        returning: [String], on sqlite: any SQLiteDatabase
    ) async throws -> [[String]] {
        let binds = values.map(\.sqlite)
        let text = sqliteStatement(
            table: table, columns: columns, count: values.count / columns.count, keys: keys, conflict: conflict,
            returning: returning)
        let result = try await sqlite.query(text, binds)
        return result.map { row in returning.map { row.column($0)?.string ?? "" } }
    }

    private func insert(
        _ values: ArraySlice<BulkValue>, into table: String, columns: [String], keys: [String], conflict: Conflict,
        returning: [String]
    ) async throws -> [[String]] {
        let insert = sql.insert(into: table).columns(columns)
        var row = values.startIndex
        while row < values.endIndex {
            insert.values(values[row..<row + columns.count].map(\.encodable))
            row += columns.count
        }
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
