/// A value outside the panel's vocabulary: the field and the value.
public enum PanelVocabularyError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknown(String, String)

    /// The field the value was given for.
    public var field: String {
        switch self { case .unknown(let field, _): return field }
    }

    public var description: String {
        switch self { case .unknown(let field, let value): return "unknown \(field) value '\(value)'" }
    }
}
