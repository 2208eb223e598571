/// Where a user or token may act: one city (by city pack id) or every city (installation administrators).
public enum CityScope: Sendable, Hashable, Codable {
    case city(String)
    case all

    /// Parses the stored form: a city id, or `*` for every city.
    public init(stored: String) { self = stored == "*" ? .all : .city(stored) }

    /// The stored form.
    public var stored: String {
        switch self {
        case .all: return "*"
        case .city(let id): return id
        }
    }

    /// Whether this scope covers the given city.
    public func covers(_ cityID: String) -> Bool {
        switch self {
        case .all: return true
        case .city(let id): return id == cityID
        }
    }
}
