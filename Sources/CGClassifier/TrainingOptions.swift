/// Hyper-parameters of ``Trainer``.
public struct TrainingOptions: Sendable {
    /// Passes over the training data.
    public var epochs = 10
    /// AdaGrad base learning rate of the hatefulness head.
    public var learningRate: Float = 0.3
    /// AdaGrad base learning rate of the auxiliary heads.
    public var auxLearningRate: Float = 0.3
    /// L2 penalty per update.
    public var l2: Float = 1e-6
    /// log2 buckets of the hatefulness head.
    public var mainBits = 20
    /// log2 buckets of the auxiliary heads.
    public var auxBits = 16
    /// Seed of the shuffling generator.
    public var seed: UInt64 = 20_260_401
    /// Training runs, each with its own shuffling seed, whose float weights are averaged before quantisation
    /// (1 = one run, as before 2026-11-29 afternoon); nil = the language's entry in ``defaultAveragedRuns``.
    public var averagedRuns: Int?
    /// Averaged runs per language when ``averagedRuns`` is nil; languages not listed train once. Dutch: four, so
    /// that the shipped model is not one lucky or unlucky shuffle (its blind figures moved by up to 0.05 between
    /// seeds with one run).
    public static let defaultAveragedRuns: [Language: Int] = [.nl: 4]
    /// Use plain word unigrams only (the baseline).
    public var unigramOnly = false
    /// Multiplier on the weight of own synthetic sentences.
    public var syntheticWeight: Float = 6
    /// Percent of the corpus (taken from training by hash) on which calibration and the threshold are fitted;
    /// 0 fits them on dev as before.
    public var calibrationPercent = 10
    /// Corpora left out of training (and dev), e.g. `["davidson"]`.
    public var excludedSources: Set<String> = []

    /// Group terms per own-sentence template, by language (0 = all); see
    /// ``SyntheticCorpus/defaultGroupsPerTemplate``.
    public var groupsPerTemplate: [Language: Int] = SyntheticCorpus.defaultGroupsPerTemplate

    /// Default options.
    public init() {}
}
