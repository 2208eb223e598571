import FluentSQLiteDriver
import Foundation

/// One bound value of a bulk statement (``BulkWriter``), kept engine-neutral so SQLite can bind it directly
/// and PostgreSQL can take it through SQLKit's encoder. The ingest path binds tens of values per message; going
/// through `Encodable` and a dynamic cast for each of them cost more than SQLite's own work.
enum BulkValue: Sendable, Hashable {
    case int(Int)
    case double(Double)
    case text(String)
    case bool(Bool)
    case date(Date)
    case null

    /// An optional text: `.null` for nil.
    static func text(_ value: String?) -> BulkValue { value.map(BulkValue.text) ?? .null }

    /// The value as SQLite binds it. Same representation as SQLiteKit's encoder (booleans as 0/1, dates as
    /// seconds since 1970), so rows written here read back through Fluent and SQLKit unchanged.
    var sqlite: SQLiteData {
        switch self {
        case .int(let value): .integer(value)
        case .double(let value): .float(value)
        case .text(let value): .text(value)
        case .bool(let value): .integer(value ? 1 : 0)
        case .date(let value): .float(value.timeIntervalSince1970)
        case .null: .null
        }
    }

    /// The value as an SQLKit bind (any other engine).
    var encodable: any Encodable & Sendable {
        switch self {
        case .int(let value): value
        case .double(let value): value
        case .text(let value): value
        case .bool(let value): value
        case .date(let value): value
        case .null: String?.none
        }
    }
}
