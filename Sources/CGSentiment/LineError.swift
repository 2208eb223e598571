/// A line (or record) of an input that could not be read: it is skipped and the rest goes in.
public struct LineError: Error, Sendable, Codable, Hashable, CustomStringConvertible {
    /// The 1-based line number where the record starts (for a JSON array body, the 1-based item number).
    public var line: Int
    /// The schema field at fault (`"timestamp"`, `"latitude"`, …), or `nil` when the record as a whole is bad.
    public var field: String?
    /// A sentence saying what is wrong.
    public var reason: String

    /// Creates a line error.
    public init(line: Int, field: String?, reason: String) {
        self.line = line
        self.field = field
        self.reason = reason
    }

    /// `line 7: timestamp: needs a UTC offset`.
    public var description: String {
        if let field { return "line \(line): \(field): \(reason)" }
        return "line \(line): \(reason)"
    }
}
