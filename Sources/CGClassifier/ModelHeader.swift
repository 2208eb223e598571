/// Metadata stored at the front of a model file (as JSON), so that a model describes itself.
public struct ModelHeader: Codable, Sendable, Equatable {
    /// Version of the binary layout; readers refuse versions they do not know.
    public var formatVersion: Int
    /// The language this model is for.
    public var language: Language
    /// Model version stored with every score, e.g. `en-1.0.0`.
    public var version: String
    /// log2 of the number of hash buckets of the hatefulness head.
    public var mainBits: Int
    /// log2 of the number of hash buckets shared by the auxiliary heads (violence, type, targets).
    public var auxBits: Int
    /// Platt scaling of the hatefulness logit: p = sigmoid(a·z + b).
    public var plattA: Double
    /// Platt intercept of the hatefulness logit.
    public var plattB: Double
    /// Decision threshold on the calibrated hatefulness probability.
    public var threshold: Double
    /// Platt slope of the violence logit.
    public var violencePlattA: Double
    /// Platt intercept of the violence logit.
    public var violencePlattB: Double
    /// Decision threshold on the calibrated violence probability.
    public var violenceThreshold: Double
    /// Where the training data came from (corpus names and licences).
    public var trainedOn: [String]
    /// Dev-split metrics recorded at training time.
    public var metrics: [String: Double]

    /// Creates a header.
    public init(
        formatVersion: Int = HateModel.formatVersion, language: Language, version: String, mainBits: Int,
        auxBits: Int, plattA: Double = 1, plattB: Double = 0, threshold: Double = 0.5, violencePlattA: Double = 1,
        violencePlattB: Double = 0, violenceThreshold: Double = 0.5, trainedOn: [String] = [],
        metrics: [String: Double] = [:]
    ) {
        self.formatVersion = formatVersion
        self.language = language
        self.version = version
        self.mainBits = mainBits
        self.auxBits = auxBits
        self.plattA = plattA
        self.plattB = plattB
        self.threshold = threshold
        self.violencePlattA = violencePlattA
        self.violencePlattB = violencePlattB
        self.violenceThreshold = violenceThreshold
        self.trainedOn = trainedOn
        self.metrics = metrics
    }
}
