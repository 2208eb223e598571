import Foundation

/// End-to-end training of one language's model: corpora + own synthetic sentences, deterministic split,
/// a unigram baseline for comparison, the full model, calibration on dev.
public enum TrainingPipeline {
    /// The version stamped into models trained by this code.
    public static let modelVersion = "1.0.0"

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

    /// Trains `language`. Languages without corpora train on own sentences, split by hash for calibration.
    public static func train(
        language: Language, loader: CorpusLoader, options: TrainingOptions = TrainingOptions(),
        log: (String) -> Void = { _ in }
    ) -> Result {
        let corpus = loader.load(language: language, log: log).filter { !options.excludedSources.contains($0.source) }
        let synthetic = SyntheticCorpus.examples(language: language).map { e -> LabeledExample in
            var e = e
            e.weight *= options.syntheticWeight
            return e
        }
        log("synthetic (\(language.rawValue)): \(synthetic.count) examples")
        var train: [LabeledExample]
        var dev: [LabeledExample]
        if corpus.isEmpty {
            // No corpus: hold out a hash-chosen slice of the own sentences for calibration only. The other
            // languages' sentences come along at lower weight: their group, cue and negation features are
            // language-independent and teach those weights from far more examples.
            train = synthetic.filter { !DataSplit.isDev($0.text, devPercent: 15) }
            dev = synthetic.filter { DataSplit.isDev($0.text, devPercent: 15) }
            for other in TrainingPipeline.defaultLanguages where other != language {
                train += SyntheticCorpus.examples(language: other).map { e -> LabeledExample in
                    var e = e
                    e.weight *= 0.5
                    return e
                }
            }
        } else {
            let (t, d) = DataSplit.split(corpus)
            // A hash-chosen slice of the own sentences joins dev for calibration and the threshold only; the
            // reported dev metrics are computed on the corpus part alone.
            train = t + synthetic.filter { !DataSplit.isDev($0.text, devPercent: 15) }
            dev = d + synthetic.filter { DataSplit.isDev($0.text, devPercent: 15) }
        }
        log("train \(train.count), dev \(dev.count)")
        var provenance = CorpusLoader.provenance[language] ?? ["commonground synthetic cases (own sentences)"]
        if corpus.isEmpty { provenance = ["commonground synthetic cases (own sentences) only"] }
        var baseOptions = options
        baseOptions.unigramOnly = true
        let baseTrain = corpus.isEmpty ? train : train.filter { $0.source != "synthetic" }
        let baseDev = corpus.isEmpty ? dev : dev.filter { $0.source != "synthetic" }
        let (_, baseline) = Trainer.train(
            train: baseTrain, dev: baseDev, language: language, version: "baseline", trainedOn: [], options: baseOptions)
        log("baseline (word unigrams): dev macro-F1 \(fmt(baseline.dev.macroF1))")
        var (model, report) = Trainer.train(
            train: train, dev: dev, language: language, version: "\(language.rawValue)-\(modelVersion)",
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

/// Accuracy on held-out functional cases, overall and per kind.
public struct FunctionalReport: Sendable {
    /// Per kind: correct decisions and number of cases.
    public var byKind: [String: (correct: Int, total: Int)]
    /// Per language: correct decisions and number of cases.
    public var byLanguage: [Language: (correct: Int, total: Int)]
    /// Fraction of hateful cases whose predicted targets include the true group.
    public var targetHitRate: Double
    /// Overall accuracy.
    public var overall: Double
    /// Fraction of cases whose language was identified correctly.
    public var languageAccuracy: Double
    /// The cases the classifier got wrong (text, expected label).
    public var failures: [(text: String, kind: String, expected: Bool, score: Double)]

    /// Scores `cases` with `classifier`.
    public init(classifier: HateClassifier, cases: [LabeledExample]) {
        let session = classifier.makeSession()
        var byKind: [String: (Int, Int)] = [:]
        var byLanguage: [Language: (Int, Int)] = [:]
        var right = 0
        var tHit = 0, tN = 0
        var langRight = 0
        var failures: [(String, String, Bool, Double)] = []
        for c in cases {
            let r = session.classify(c.text, explain: false)
            let ok = r.hateful == c.hateful
            if r.language == c.language { langRight += 1 }
            let kind = c.kind ?? "other"
            byKind[kind, default: (0, 0)].0 += ok ? 1 : 0
            byKind[kind, default: (0, 0)].1 += 1
            byLanguage[c.language, default: (0, 0)].0 += ok ? 1 : 0
            byLanguage[c.language, default: (0, 0)].1 += 1
            if ok { right += 1 } else { failures.append((c.text, kind, c.hateful, r.score)) }
            if c.hateful, r.hateful, let ts = c.targets, !ts.isEmpty {
                tN += 1
                if r.targets.contains(where: ts.contains) { tHit += 1 }
            }
        }
        self.byKind = byKind.mapValues { (correct: $0.0, total: $0.1) }
        self.byLanguage = byLanguage.mapValues { (correct: $0.0, total: $0.1) }
        self.overall = cases.isEmpty ? 0 : Double(right) / Double(cases.count)
        self.languageAccuracy = cases.isEmpty ? 0 : Double(langRight) / Double(cases.count)
        self.targetHitRate = tN == 0 ? 0 : Double(tHit) / Double(tN)
        self.failures = failures.map { (text: $0.0, kind: $0.1, expected: $0.2, score: $0.3) }
    }

    /// Accuracy of one kind (0 when absent).
    public func accuracy(kind: String) -> Double {
        guard let k = byKind[kind], k.total > 0 else { return 0 }
        return Double(k.correct) / Double(k.total)
    }

    /// The lowest per-kind accuracy.
    public var worstKind: (kind: String, accuracy: Double)? {
        byKind.keys.map { ($0, accuracy(kind: $0)) }.min { $0.1 < $1.1 }
    }

    /// A readable table.
    public var report: String {
        var lines = ["functional cases: \(fmt(overall)) overall (\(byKind.values.reduce(0) { $0 + $1.total }) cases)"]
        for kind in byKind.keys.sorted() {
            let k = byKind[kind] ?? (0, 0)
            lines.append("  \(kind.padding(14)) \(fmt(accuracy(kind: kind)))  (\(k.correct)/\(k.total))")
        }
        for l in byLanguage.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            let k = byLanguage[l] ?? (0, 0)
            lines.append("  language \(l.rawValue)    \(fmt(Double(k.correct) / Double(max(k.total, 1))))  (\(k.correct)/\(k.total))")
        }
        lines.append("  targets right on hateful cases: \(fmt(targetHitRate))")
        lines.append("  language identified correctly: \(fmt(languageAccuracy))")
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
