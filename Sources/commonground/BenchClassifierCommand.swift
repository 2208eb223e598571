import ArgumentParser
import CGClassifier
import Foundation

/// `commonground bench classifier`: throughput against a bare tokenise loop in the same run, resident memory
/// of the English model, held-out functional accuracy, and the dev metrics recorded in the models.
struct BenchClassifierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classifier",
        abstract: "Measure classifier speed, memory and accuracy goals.")

    @Option(help: "Seconds per timed loop.")
    var seconds: Double = 2

    @Option(help: "Messages in the workload.")
    var messages: Int = 20_000

    @Option(help: "Directory of .cghm models (default: the bundled models).")
    var models: String?

    @Option(help: "Shared data directory for the tweet workload (default: $CG_SHARED_DATA, else ../shared/data/text).")
    var dataDir: String?

    func run() throws {
        let loader = CorpusLoader(directory: CorpusLoader.defaultDirectory(override: dataDir))
        let (workload, source) = ClassifierBenchmark.workload(count: messages, loader: loader)
        // Memory is measured with the English model alone, as the goal states.
        let english: () throws -> HateClassifier = {
            let dir = try models.map { URL(fileURLWithPath: $0) }
                ?? HateClassifier.bundledModelDirectory.unwrap("bundled models")
            return HateClassifier(model: try HateModel(contentsOf: dir.appendingPathComponent("en.cghm")))
        }
        let r = try ClassifierBenchmark.run(load: english, messages: workload, seconds: seconds)
        func k(_ x: Double) -> String { String(Int(x.rounded())) }
        print("workload: \(r.messages) \(source), mean \(Int(r.meanLength)) characters (one thread)")
        print("baseline tokenise+hash loop: \(k(r.baselinePerSecond)) msg/s")
        for (name, perSecond) in r.stages { print("  stage \(name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(k(perSecond)) msg/s") }
        print("score only:                  \(k(r.scorePerSecond)) msg/s  (\(ratio(r.scorePerSecond, r.baselinePerSecond)) of baseline)")
        print("classify (no explanation):   \(k(r.classifyPerSecond)) msg/s  (\(ratio(r.classifyPerSecond, r.baselinePerSecond)) of baseline)  goal ≥ 200000: \(r.classifyPerSecond >= 200_000 ? "met" : "NOT met")")
        print("classify with explanation:   \(k(r.explainPerSecond)) msg/s")
        print("the classify command's own work (with explanations):")
        for (name, perSecond) in r.commandPath { print("  \(name.padding(toLength: 30, withPad: " ", startingAt: 0)) \(k(perSecond)) msg/s") }
        print("resident memory, English model loaded: \(k(r.residentMB)) MB (before load \(k(r.residentBeforeMB)) MB)  goal < 100 MB: \(r.residentMB < 100 ? "met" : "NOT met")")

        let all = try models.map { try HateClassifier.load(directory: URL(fileURLWithPath: $0)) } ?? HateClassifier.loadDefault()
        let functional = FunctionalReport(classifier: all, cases: FunctionalSuite.cases())
        print(functional.report)
        if let worst = functional.worstKind {
            print("goal functional > 0.85 overall: \(functional.overall > 0.85 ? "met" : "NOT met"); no kind below 0.60: \(worst.accuracy >= 0.6 ? "met" : "NOT met") (worst: \(worst.kind) \(worst.accuracy))")
        }
        for l in Language.allCases {
            guard let m = all.models[l] else { continue }
            let f1 = m.header.metrics["dev_macro_f1"] ?? 0
            let base = m.header.metrics["baseline_unigram_macro_f1"] ?? 0
            let tgt = m.header.metrics["dev_target_hit_rate"].map { ", dev targets right \(String(format: "%.3f", $0))" } ?? ""
            print("model \(m.header.version): dev macro-F1 \(String(format: "%.3f", f1)) (unigram baseline \(String(format: "%.3f", base)), n=\(Int(m.header.metrics["dev_count"] ?? 0)))\(tgt)")
        }
    }

    private func ratio(_ a: Double, _ b: Double) -> String { String(format: "%.2f×", b > 0 ? a / b : 0) }
}

extension Optional {
    fileprivate func unwrap(_ what: String) throws -> Wrapped {
        guard let v = self else { throw ModelError.missing(what) }
        return v
    }
}
