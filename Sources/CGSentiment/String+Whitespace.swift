extension String {
    /// The text without leading and trailing white space (Unicode `White_Space`, line breaks included).
    ///
    /// Pure Swift on purpose: Foundation's `trimmingCharacters(in:)` goes through NSString on Linux and took a
    /// tenth of the reading time of an ingest, where every field of every record is trimmed. Most fields
    /// start and end with a visible ASCII character, which is answered from the two end bytes without a
    /// Unicode property lookup.
    var trimmingWhitespace: String {
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }

    /// Whether the text holds anything but white space.
    var hasNonWhitespace: Bool {
        if let first = utf8.first, Self.isVisibleASCII(first) { return true }
        return unicodeScalars.contains { !$0.properties.isWhitespace }
    }

    /// `!`…`~`: printable ASCII other than the space, none of which is white space.
    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
