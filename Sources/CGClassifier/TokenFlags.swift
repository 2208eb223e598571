/// Per-token marks set by the tokeniser.
struct TokenFlags: OptionSet, Sendable {
    let rawValue: UInt8
    /// Inside the scope of a negator ("don't *hate*").
    static let negated = TokenFlags(rawValue: 1)
    /// Inside quotation marks, e.g. a slur being reported or condemned.
    static let quoted = TokenFlags(rawValue: 2)
    /// The token itself negates ("not", "nunca", "niet").
    static let negator = TokenFlags(rawValue: 4)
    /// Clause punctuation came before this token: negation scope stops here.
    static let breakBefore = TokenFlags(rawValue: 8)
    /// A contrast word ("but", "pero", "mais") that ends negation scope.
    static let contrast = TokenFlags(rawValue: 16)
    /// French "qu'" was elided before the word: "ne … qu'une bande de …" restricts like "ne … que", it does not
    /// negate (2026-12-01, sixteenth session).
    static let restrictive = TokenFlags(rawValue: 32)
}
