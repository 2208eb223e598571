/// Social sentiment mapping: the pure pipeline from an online message to aggregate counts.
public enum CGSentiment {
    /// The version of the ingest schema this library reads.
    public static let schemaVersion = 1
}
