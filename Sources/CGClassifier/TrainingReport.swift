/// What training measured on the dev split.
public struct TrainingReport: Sendable {
    /// Metrics of the trained, calibrated model on the dev split.
    public var dev: BinaryMetrics
    /// Number of training examples.
    public var trainCount: Int
    /// Number of dev examples.
    public var devCount: Int
    /// Macro-F1 of always answering the majority class on dev.
    public var majorityMacroF1: Double
    /// Accuracy of the type head on hateful dev examples with a known type.
    public var typeAccuracy: Double?
    /// Fraction of hateful dev examples with known targets whose predicted targets include a true one.
    public var targetHitRate: Double?
    /// Dev metrics per source corpus.
    public var bySource: [String: BinaryMetrics] = [:]
}
