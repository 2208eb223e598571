/// Validation problems keyed by the name of the field that has them. The web layer turns this into a 422
/// response `{"error": …, "fields": {…}}`; the CLI prints it.
public struct FieldErrors: Error, Sendable, Hashable, CustomStringConvertible {
    /// Reason per field name.
    public var fields: [String: String]

    /// Creates the error from field reasons.
    public init(_ fields: [String: String] = [:]) { self.fields = fields }

    /// True when no field has a problem.
    public var isEmpty: Bool { fields.isEmpty }

    /// Records a problem for a field, keeping the first reason given for it.
    public mutating func add(_ field: String, _ reason: String) {
        if fields[field] == nil { fields[field] = reason }
    }

    /// Throws `self` when any field has a problem.
    public func throwIfAny() throws { if !isEmpty { throw self } }

    public var description: String {
        fields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
    }
}
