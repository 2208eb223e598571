import Foundation
import Testing
@testable import CGClassifier

@Suite("Model training and serialisation")
struct ModelTests {
    /// A tiny synthetic task: praise is fine, insults naming a group are hateful.
    static func tinySet() -> [LabeledExample] {
        var out: [LabeledExample] = []
        let groups = ["muslims", "women", "immigrants", "jews", "gay people"]
        for g in groups {
            for t in ["\(g) are vermin", "\(g) are filthy rats", "kill all \(g)", "I hate \(g)"] {
                out.append(LabeledExample(
                    text: t, language: .en, hateful: true, type: t.hasPrefix("kill") ? .threat : .dehumanisation,
                    violence: t.hasPrefix("kill"), targets: nil, source: "test"))
            }
            for t in ["\(g) are lovely", "I met some \(g) today", "\(g) are welcome here", "I love \(g)"] {
                out.append(LabeledExample(text: t, language: .en, hateful: false, violence: false, targets: [], source: "test"))
            }
        }
        return out
    }

    static func trainTiny(averagedRuns: Int = 1) -> HateModel {
        var options = TrainingOptions()
        options.averagedRuns = averagedRuns
        options.mainBits = 14
        options.auxBits = 10
        options.epochs = 20
        let data = tinySet()
        return Trainer.train(train: data, dev: data, language: .en, version: "test-0", trainedOn: ["unit test"], options: options).0
    }

    @Test("training on a tiny synthetic set learns it")
    func learnsTinySet() {
        let model = Self.trainTiny()
        let classifier = HateClassifier(model: model)
        let data = Self.tinySet()
        for ex in data {
            let r = classifier.classify(ex.text)
            #expect(r.hateful == ex.hateful, "\(ex.text): \(r.score)")
        }
        #expect(classifier.classify("kill all women").supportsViolence)
        #expect(classifier.classify("muslims are vermin").targets == [.muslims])
    }

    @Test("training is deterministic")
    func deterministic() throws {
        #expect(try Self.trainTiny().serialized() == Self.trainTiny().serialized())
    }

    @Test("averaged runs: deterministic, still learn the set, and differ from a single run")
    func averagedRuns() throws {
        let averaged = Self.trainTiny(averagedRuns: 3)
        #expect(try averaged.serialized() == Self.trainTiny(averagedRuns: 3).serialized())
        #expect(try averaged.serialized() != Self.trainTiny().serialized())
        let classifier = HateClassifier(model: averaged)
        for ex in Self.tinySet() {
            #expect(classifier.classify(ex.text).hateful == ex.hateful, "\(ex.text)")
        }
    }

    @Test("save and load give identical scores")
    func roundTrip() throws {
        let model = Self.trainTiny()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cg-roundtrip-\(UUID().uuidString).cghm")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let loaded = try HateModel(contentsOf: url)
        #expect(loaded.header == model.header)
        let a = HateClassifier(model: model), b = HateClassifier(model: loaded)
        for ex in Self.tinySet() + [LabeledExample(text: "nothing to see", language: .en, hateful: false, source: "t")] {
            #expect(a.classify(ex.text) == b.classify(ex.text))
        }
    }

    @Test("damaged model files are rejected, not crashed on")
    func damaged() throws {
        let data = try Self.trainTiny().serialized()
        #expect(throws: ModelError.self) { try HateModel(data: Data("nope".utf8)) }
        #expect(throws: ModelError.self) { try HateModel(data: data.prefix(data.count / 2)) }
        var wrongVersion = data
        wrongVersion[4] = 99
        #expect(throws: ModelError.self) { try HateModel(data: wrongVersion) }
    }

    @Test("Platt scaling recovers a known slope")
    func platt() {
        var z: [Double] = []
        var y: [Bool] = []
        for i in 0..<2000 {
            let x = Double(i % 200) / 20 - 5
            z.append(x)
            // Deterministic labels with P(y) = sigmoid(2x).
            y.append(Double((i * 7919) % 1000) / 1000 < 1 / (1 + exp(-2 * x)))
        }
        let (a, b) = Calibration.platt(logits: z, labels: y)
        #expect(abs(a - 2) < 0.4)
        #expect(abs(b) < 0.3)
    }

    @Test("metrics on a known confusion matrix")
    func metrics() {
        let m = BinaryMetrics(scores: [0.9, 0.8, 0.3, 0.2, 0.6], labels: [true, false, true, false, true], threshold: 0.5)
        #expect(m.accuracy == 0.6)
        #expect(abs(m.precisionHateful - 2.0 / 3.0) < 1e-9)
        #expect(abs(m.recallHateful - 2.0 / 3.0) < 1e-9)
        #expect(m.bins.reduce(0) { $0 + $1.count } == 5)
    }

    @Test("the data split is stable and keeps own sentences in training")
    func split() {
        let examples = (0..<1000).map { LabeledExample(text: "message \($0)", language: .en, hateful: $0 % 2 == 0, source: "c") }
        let (train, dev) = DataSplit.split(examples)
        #expect(train.count + dev.count == 1000)
        #expect(dev.count > 100 && dev.count < 200)
        #expect(DataSplit.split(examples).1 == dev)
    }
}
