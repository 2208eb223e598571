/// One counted category of strategic insight: its key and its raw count.
public struct InsightItem: Sendable, Hashable {
    public var key: String
    public var count: Int

    public init(key: String, count: Int) {
        self.key = key
        self.count = count
    }
}
