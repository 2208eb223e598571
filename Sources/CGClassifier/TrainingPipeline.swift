import Foundation

/// End-to-end training of one language's model: corpora + own synthetic sentences, deterministic split,
/// a unigram baseline for comparison, the full model, calibration on dev.
public enum TrainingPipeline {
    /// The version stamped into models trained by this code, unless ``modelVersions`` names another.
    public static let modelVersion = "1.0.0"

    /// Languages whose templates changed after their first shipped model: a stored score names the model that
    /// gave it, so a retrained model must not carry the old name. Swedish 1.1.0: second templates, definite
    /// forms and context clauses (2026-11-29 night).
    public static let modelVersions: [Language: String] = [.sv: "1.1.0"]

    /// Languages with a corpus in the shared data.
    public static let corpusLanguages: [Language] = [.en, .es, .fr]

    /// Languages for which a model is trained by default (the last three from own sentences only).
    public static let defaultLanguages: [Language] = [.en, .es, .fr, .nl, .ca, .sv]

    /// The result of training one language.
    public struct Result: Sendable {
        /// The trained model.
        public var model: HateModel
        /// Dev metrics of the trained model.
        public var report: TrainingReport
        /// Dev metrics of a plain word-unigram model trained on the same data.
        public var baseline: TrainingReport
        /// Functional-suite accuracy of this model on its own language's held-out cases, by kind.
        public var functional: FunctionalReport?
    }

    /// The examples a training run of `language` uses: what the model learns from, the dev examples it is
    /// measured on and the calibration slice (nil: calibrate on dev). ``train(language:loader:options:log:)``
    /// trains on exactly these; tests use it to check that no functional case reaches training.
    public static func examples(
        language: Language, loader: CorpusLoader, options: TrainingOptions = TrainingOptions(),
        log: (String) -> Void = { _ in }
    ) -> (train: [LabeledExample], dev: [LabeledExample], calibration: [LabeledExample]?, corpusEmpty: Bool) {
        let corpus = loader.load(language: language, log: log).filter { !options.excludedSources.contains($0.source) }
        let synthetic = SyntheticCorpus.examples(
            language: language, groupsPerTemplate: options.groupsPerTemplate[language] ?? 0
        ).map { e -> LabeledExample in
            var e = e
            e.weight *= options.syntheticWeight
            return e
        }
        log("synthetic (\(language.rawValue)): \(synthetic.count) examples")
        var train: [LabeledExample]
        var dev: [LabeledExample]
        var calibration: [LabeledExample]?
        if corpus.isEmpty {
            // No corpus: hold out a hash-chosen slice of the own sentences for calibration only. The other
            // languages' sentences come along at lower weight: their group, cue and negation features are
            // language-independent and teach those weights from far more examples.
            train = synthetic.filter { !DataSplit.isDev($0.text, devPercent: 15) }
            dev = synthetic.filter { DataSplit.isDev($0.text, devPercent: 15) }
            for other in TrainingPipeline.defaultLanguages where other != language {
                train += SyntheticCorpus.examples(
                    language: other, groupsPerTemplate: options.groupsPerTemplate[other] ?? 0
                ).map { e -> LabeledExample in
                    var e = e
                    e.weight *= 0.5
                    return e
                }
            }
        } else {
            var (t, d) = DataSplit.split(corpus)
            // A hash-chosen slice of the own sentences joins dev for calibration and the threshold only; the
            // reported dev metrics are computed on the corpus part alone.
            let ownHeldOut = synthetic.filter { DataSplit.isDev($0.text, devPercent: 15) }
            if options.calibrationPercent > 0 {
                // Calibration and the threshold come from a slice of the training corpus, not from dev.
                let isCal = { (e: LabeledExample) in
                    DataSplit.isCalibration(e.text, calibrationPercent: options.calibrationPercent)
                }
                calibration = t.filter(isCal) + ownHeldOut
                t = t.filter { !isCal($0) }
            }
            train = t + synthetic.filter { !DataSplit.isDev($0.text, devPercent: 15) }
            dev = d + ownHeldOut
        }
        return (train, dev, calibration, corpus.isEmpty)
    }

    /// Trains `language`. Languages without corpora train on own sentences, split by hash for calibration.
    public static func train(
        language: Language, loader: CorpusLoader, options: TrainingOptions = TrainingOptions(),
        log: (String) -> Void = { _ in }
    ) -> Result {
        let (train, dev, calibration, corpusEmpty) = examples(language: language, loader: loader, options: options, log: log)
        log("train \(train.count), dev \(dev.count), calibration \(calibration?.count ?? 0)")
        var provenance = CorpusLoader.provenance[language] ?? ["commonground synthetic cases (own sentences)"]
        if corpusEmpty { provenance = ["commonground synthetic cases (own sentences) only"] }
        var baseOptions = options
        baseOptions.unigramOnly = true
        let baseTrain = corpusEmpty ? train : train.filter { $0.source != "synthetic" }
        let baseDev = corpusEmpty ? dev : dev.filter { $0.source != "synthetic" }
        let (_, baseline) = Trainer.train(
            train: baseTrain, dev: baseDev, calibration: calibration?.filter { $0.source != "synthetic" },
            language: language, version: "baseline", trainedOn: [], options: baseOptions)
        log("baseline (word unigrams): dev macro-F1 \(fmt(baseline.dev.macroF1))")
        var (model, report) = Trainer.train(
            train: train, dev: dev, calibration: calibration, language: language, version: "\(language.rawValue)-\(modelVersions[language] ?? modelVersion)",
            trainedOn: provenance, options: options, log: log)
        model.header.metrics["baseline_unigram_macro_f1"] = baseline.dev.macroF1
        let cases = FunctionalSuite.cases(language: language)
        var functional: FunctionalReport?
        if !cases.isEmpty {
            let f = FunctionalReport(classifier: HateClassifier(model: model), cases: cases)
            model.header.metrics["functional_accuracy"] = f.overall
            functional = f
        }
        for (src, m) in report.bySource.sorted(by: { $0.key < $1.key }) {
            log("  dev \(src): n=\(m.count) macro-F1 \(fmt(m.macroF1)) accuracy \(fmt(m.accuracy))")
        }
        log("model: dev macro-F1 \(fmt(report.dev.macroF1)), accuracy \(fmt(report.dev.accuracy)), ECE \(fmt(report.dev.ece))")
        return Result(model: model, report: report, baseline: baseline, functional: functional)
    }
}
