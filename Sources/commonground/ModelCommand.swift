import ArgumentParser
import CGClassifier
import CGGeo
import CGSentiment
import Foundation

/// `commonground model train | eval`: trains the hate-speech models and evaluates them on labelled files.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Train and evaluate the hate-speech classifier.",
        subcommands: [Train.self, Eval.self])

    /// Prints the failures of `report` that are development cases, by kind: blind cases estimate unseen
    /// phrasings only while nobody reads them, so their failures are never listed, only their aggregate.
    static func printDevelopmentFailures(_ report: FunctionalReport, language: Language?) {
        let suite = language.map { FunctionalSuite.cases(language: $0) } ?? FunctionalSuite.cases()
        let blind = Set(suite.filter { FunctionalSuite.blindSources.contains($0.source) }.map(\.text))
        for x in report.failures.sorted(by: { ($0.kind, $0.text) < ($1.kind, $1.text) }) where !blind.contains(x.text) {
            print("  miss [\(x.kind)] \(x.expected ? "hateful" : "not") \(String(format: "%.2f", x.score)) \(x.text)")
        }
    }

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train models from ../shared/data/text and own sentences; write <lang>.cghm files.")

        @Option(help: "Shared data directory (default: $CG_SHARED_DATA, else ../shared/data/text).")
        var dataDir: String?

        @Option(help: "Directory to write model files into.")
        var output: String = "Sources/CGClassifier/Resources/Models"

        @Option(help: "Languages to train (comma-separated: en,es,fr,nl,ca,sv). Default: all.")
        var language: String?

        @Option(help: "Training epochs.")
        var epochs: Int = TrainingOptions().epochs

        @Flag(help: "List the development functional cases the new model gets wrong (never the blind ones).")
        var showFailures = false

        @Option(help: "Weight multiplier of the own synthetic sentences.")
        var syntheticWeight: Float = 6

        @Option(help: "Group terms per own-sentence template for the languages trained (0 = all, the default).")
        var groupsPerTemplate: Int?

        @Option(help: "Training runs with different shuffling seeds whose weights are averaged (default: per language, nl 4, others 1).")
        var averagedRuns: Int?

        @Option(help: "Seed of the shuffling generator (default: the seed the shipped models were trained with).")
        var seed: UInt64 = TrainingOptions().seed

        @Option(help: "Corpora to leave out (comma-separated source names, e.g. davidson,ghc).")
        var exclude: String = ""

        func run() throws {
            let loader = CorpusLoader(directory: CorpusLoader.defaultDirectory(override: dataDir))
            if !loader.isAvailable {
                FileHandle.standardError.write(Data("warning: no corpora in \(loader.textDirectory.path); training on own sentences only\n".utf8))
            }
            let languages: [Language] = try language.map { list in
                try list.split(separator: ",").map { raw in
                    guard let l = Language(rawValue: raw.trimmingCharacters(in: .whitespaces)), l != .other else {
                        throw ValidationError("unknown language \(raw)")
                    }
                    return l
                }
            } ?? TrainingPipeline.defaultLanguages
            let dir = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            var options = TrainingOptions()
            options.epochs = epochs
            options.syntheticWeight = syntheticWeight
            options.seed = seed
            if let averagedRuns {
                guard averagedRuns >= 1 else { throw ValidationError("--averaged-runs must be at least 1") }
                options.averagedRuns = averagedRuns
            }
            options.excludedSources = Set(exclude.split(separator: ",").map(String.init))
            if let groupsPerTemplate {
                for l in languages { options.groupsPerTemplate[l] = groupsPerTemplate }
            }
            for l in languages {
                print("== \(l.rawValue)")
                let result = TrainingPipeline.train(language: l, loader: loader, options: options) { print("  " + $0) }
                let file = dir.appendingPathComponent("\(l.rawValue).cghm")
                try result.model.write(to: file)
                let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                print("  wrote \(file.path) (\(size / 1024) KiB)")
                print("  dev: macro-F1 \(result.report.dev.macroF1) vs unigram baseline \(result.baseline.dev.macroF1), majority \(result.report.majorityMacroF1)")
                if let t = result.report.typeAccuracy { print("  dev type accuracy (hateful, typed): \(t)") }
                if let t = result.report.targetHitRate { print("  dev target hit rate (hateful, with targets): \(t)") }
                print(result.report.dev.report.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
                if let f = result.functional {
                    print(f.report.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
                    if showFailures { ModelCommand.printDevelopmentFailures(f, language: l) }
                }
            }
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate on a labelled CSV/TSV (header with text + label columns) or JSONL ({\"text\",\"label\"}).",
            discussion: """
                Labels may be 1/0, true/false, hate/nothate or hateful/not. Reports accuracy, macro-F1, \
                per-class precision and recall, and calibration (ECE with reliability bins). \
                Use FILE "functional" to run the built-in held-out functional cases (and the blind subset's \
                aggregate), FILE "dev" for each model's macro-F1 on the corpus dev split, FILE "demo" for the share of planted hate and of chatter flagged in each city's \
                synthetic demo stream (the same streams as the sentiment pipeline tests, which want ≥ 0.70 and ≤ 0.10).
                """)

        @Argument(help: "Labelled file, or \"functional\".")
        var file: String

        @Option(help: "Directory of .cghm models (default: the bundled models).")
        var models: String?

        @Option(help: "Decision threshold override (default: each model's calibrated threshold).")
        var threshold: Double?

        @Option(help: "Shared data directory for FILE \"dev\" (default: $CG_SHARED_DATA, else ../shared/data/text).")
        var dataDir: String?

        @Flag(help: "With FILE \"functional\": list the development cases got wrong (never a blind case).")
        var showFailures = false

        @Option(help: "With --show-failures: only cases of this language (en, es, fr, nl).")
        var language: String?

        func run() throws {
            let classifier = try models.map { try HateClassifier.load(directory: URL(fileURLWithPath: $0)) }
                ?? HateClassifier.loadDefault()
            if file == "demo" {
                printDemoRates(classifier)
                return
            }
            if file == "dev" {
                printDevMetrics(classifier)
                return
            }
            if file == "functional" {
                let cases = FunctionalSuite.cases()
                print(FunctionalReport(classifier: classifier, cases: cases).report)
                // The blind subset's aggregate only: its failures stay unread so that it keeps measuring
                // phrasings nobody tuned on.
                for source in [FunctionalSuite.blindSource, FunctionalSuite.freshBlindSource] {
                    let blind = FunctionalReport(classifier: classifier, cases: cases.filter { $0.source == source })
                    print("blind subset (\(source)):")
                    print(blind.report.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
                }
                if showFailures { printDevelopmentFailures(classifier, cases: cases) }
                return
            }
            let (examples, errors) = try LabeledFileReader.read(URL(fileURLWithPath: file))
            for e in errors { FileHandle.standardError.write(Data("\(file): \(e)\n".utf8)) }
            let results = classifier.classify(batch: examples.map(\.text))
            let scores = results.map(\.score)
            let labels = examples.map(\.hateful)
            // Each message is decided at its own model's calibrated threshold unless one is given.
            let decisions = threshold.map { t in scores.map { $0 >= t } } ?? results.map(\.hateful)
            let metrics = BinaryMetrics(scores: scores, labels: labels, decisions: decisions)
            print(metrics.report)
        }

        /// The development cases got wrong (of one language when asked).
        func printDevelopmentFailures(_ classifier: HateClassifier, cases: [LabeledExample]) {
            let chosen = cases.filter {
                !FunctionalSuite.blindSources.contains($0.source) && (language == nil || $0.language.rawValue == language)
            }
            let report = FunctionalReport(classifier: classifier, cases: chosen)
            print("development failures (\(report.failures.count) of \(chosen.count)):")
            ModelCommand.printDevelopmentFailures(report, language: language.flatMap(Language.init(rawValue:)))
        }

        /// Dev macro-F1 of each language's model on the corpus dev split training reports (corpus messages only),
        /// so that a model can be measured again after a change to the features without retraining it.
        func printDevMetrics(_ classifier: HateClassifier) {
            let loader = CorpusLoader(directory: CorpusLoader.defaultDirectory(override: dataDir))
            for language in TrainingPipeline.defaultLanguages {
                guard let model = classifier.models[language] else { continue }
                let dev = TrainingPipeline.examples(language: language, loader: loader).dev.filter { $0.source != "synthetic" }
                guard !dev.isEmpty else { continue }
                let session = HateClassifier(model: model).makeSession()
                let results = dev.map { session.classify($0.text, explain: false) }
                let metrics = BinaryMetrics(scores: results.map(\.score), labels: dev.map(\.hateful), decisions: results.map(\.hateful))
                print("\(language.rawValue): dev macro-F1 \(String(format: "%.3f", metrics.macroF1)) (\(dev.count) corpus messages)")
                // Per corpus, so that a change can be traced to the data it moves.
                let bySource = BinaryMetrics.bySource(dev.map(\.source)) { picked in
                    BinaryMetrics(
                        scores: picked.map { results[$0].score }, labels: picked.map { dev[$0].hateful },
                        decisions: picked.map { results[$0].hateful })
                }
                for (source, m) in bySource.sorted(by: { $0.key < $1.key }) {
                    let hateful = dev.filter { $0.source == source && $0.hateful }.count
                    let f1 = String(format: "%.3f", m.macroF1), accuracy = String(format: "%.3f", m.accuracy)
                    print("  \(source): n=\(m.count) hateful=\(hateful) macro-F1 \(f1) accuracy \(accuracy)")
                }
            }
        }

        /// Planted hate and chatter flagged per city, on the demo stream `PipelineTests` uses (50 days, seed 11).
        func printDemoRates(_ classifier: HateClassifier) {
            let session = classifier.makeSession()
            for pack in CityPacks.all {
                let stream = DemoStream.generate(
                    city: pack, days: 50, seed: 11, start: Date(timeIntervalSince1970: 1_772_323_200), messagesPerAreaPerDay: 4)
                let rate = { (prefix: String) -> Double in
                    let ms = stream.messages.filter { $0.authorID.hasPrefix(prefix) }
                    let flagged = ms.filter { session.classify($0.text, explain: false).hateful }.count
                    return Double(flagged) / Double(max(ms.count, 1))
                }
                print("\(pack.id): planted hate flagged \(String(format: "%.3f", rate("h-"))), chatter flagged \(String(format: "%.3f", rate("u-")))")
            }
        }
    }
}
