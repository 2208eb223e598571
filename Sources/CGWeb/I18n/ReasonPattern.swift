/// An English reason with `{name}` placeholders ("must be at most {limit} characters"), matched against a
/// reason as written, to carry its values into a translation (`Localizer.reason`).
struct ReasonPattern: Sendable {
    /// The catalogue key.
    let key: String
    /// The literal text around the placeholders: always one more piece than `names`.
    let pieces: [String]
    /// The placeholders' names, in order.
    let names: [String]

    init(key: String, english: String) {
        self.key = key
        var pieces: [String] = []
        var names: [String] = []
        var rest = Substring(english)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pieces.append(String(rest[..<open]))
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(String(rest))
        self.pieces = pieces
        self.names = names
    }

    /// Characters of literal text: a longer one is the more specific pattern.
    var literalLength: Int { pieces.reduce(0) { $0 + $1.count } }

    /// The placeholders' values when `reason` has this shape (each value non-empty), else nil.
    func match(_ reason: String) -> [String: String]? {
        guard let first = pieces.first, let last = pieces.last else { return nil }
        guard names.isEmpty else { return matchValues(reason, first: first, last: last) }
        return reason == first ? [:] : nil
    }

    private func matchValues(_ reason: String, first: String, last: String) -> [String: String]? {
        guard reason.hasPrefix(first), reason.hasSuffix(last), reason.count >= first.count + last.count else {
            return nil
        }
        var rest = reason.dropFirst(first.count).dropLast(last.count)
        var values: [String: String] = [:]
        for (index, name) in names.enumerated() {
            let value: Substring
            if index == names.count - 1 {
                value = rest
            } else {
                guard let found = rest.range(of: pieces[index + 1]) else { return nil }
                value = rest[..<found.lowerBound]
                rest = rest[found.upperBound...]
            }
            guard !value.isEmpty else { return nil }
            values[name] = String(value)
        }
        return values
    }
}
