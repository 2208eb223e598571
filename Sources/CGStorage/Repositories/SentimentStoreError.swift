import Foundation

/// Storage failures of ``SentimentStore``.
public enum SentimentStoreError: Error, Equatable, CustomStringConvertible {
    /// The database does not speak SQL.
    case notSQL
    /// A source of that name is already registered.
    case sourceExists(String)

    public var description: String {
        switch self {
        case .notSQL: "online messages need an SQL database (SQLite or PostgreSQL)"
        case .sourceExists(let name): "a source named \(name) is already registered"
        }
    }
}
