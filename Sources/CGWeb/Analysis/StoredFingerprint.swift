import CGSentiment

/// What is stored for one city, per ``RollupQueries/stored(city:)``: the sources' counts and last batch times
/// joined into one string, and the messages stored in all.
struct StoredFingerprint: Sendable, Hashable {
    /// `source=messages@time,…`, sources in name order.
    private(set) var text = ""
    /// Messages stored for the city, net of deletions.
    private(set) var messages = 0

    mutating func add(_ part: String, messages: Int) {
        text += text.isEmpty ? part : "," + part
        self.messages += messages
    }

    /// The memo key's fingerprint of a city's stored messages (nil: none) read over `period`.
    static func key(_ stored: StoredFingerprint?, period: DayRange) -> String {
        (stored?.text ?? "") + "|\(period.from)-\(period.to)"
    }
}
