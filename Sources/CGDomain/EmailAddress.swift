/// The one check of what counts as an e-mail address, for staff accounts and reporters' contact details.
public enum EmailAddress {
    /// Whether `text` looks like an address: one `@`, a non-empty local part, a dotted domain, and no white space
    /// or angle brackets. Deliverability is not checked.
    public static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix(".")
        else { return false }
        return !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
    }
}
