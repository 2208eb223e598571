/// Normalises and tokenises short messages: lower-casing, diacritic folding, leetspeak mapping,
/// de-spacing ("m u s l i m s"), repeated-letter squeezing, emoji stripping, negation scope and quotation.
///
/// The heavy lifting happens in a reusable ``TokenBuffer`` so that batch classification allocates nothing
/// per message; this type is the public, allocation-happy face used by tests and tools.
public enum TextNormalizer {
    /// Returns the normalised tokens of `text` (negated tokens prefixed by `¬`, quoted ones by `"`).
    public static func tokens(_ text: String, language: Language = .en) -> [String] {
        let buffer = TokenBuffer()
        buffer.tokenize(text, language: language)
        return (0..<buffer.count).map { i in
            let flags = TokenFlags(rawValue: buffer.flags[i])
            let prefix = flags.contains(.negated) ? "¬" : (flags.contains(.quoted) ? "\"" : "")
            return prefix + buffer.string(at: i)
        }
    }

    /// Returns the plain normalised words of `text`, without negation or quotation marks.
    public static func words(_ text: String, language: Language = .en) -> [String] {
        let buffer = TokenBuffer()
        buffer.tokenize(text, language: language)
        return (0..<buffer.count).map { buffer.string(at: $0) }
    }
}
