/// Binary classification metrics with calibration, as printed by `commonground model eval`.
public struct BinaryMetrics: Sendable, Codable, Equatable {
    /// One reliability bin: mean predicted probability against the observed rate of positives.
    public struct Bin: Sendable, Codable, Equatable {
        /// Lower edge of the bin.
        public var lower: Double
        /// Upper edge of the bin.
        public var upper: Double
        /// Number of examples in the bin.
        public var count: Int
        /// Mean predicted probability in the bin.
        public var meanPredicted: Double
        /// Observed fraction of positives in the bin.
        public var observed: Double
    }

    /// Number of examples.
    public var count: Int
    /// Fraction decided correctly.
    public var accuracy: Double
    /// Mean of the F1 of the hateful and the not-hateful class.
    public var macroF1: Double
    /// Precision of the hateful class.
    public var precisionHateful: Double
    /// Recall of the hateful class.
    public var recallHateful: Double
    /// F1 of the hateful class.
    public var f1Hateful: Double
    /// Precision of the not-hateful class.
    public var precisionNot: Double
    /// Recall of the not-hateful class.
    public var recallNot: Double
    /// F1 of the not-hateful class.
    public var f1Not: Double
    /// Expected calibration error over ten equal-width bins.
    public var ece: Double
    /// The reliability bins behind `ece`.
    public var bins: [Bin]

    /// Computes the metrics of probabilities `scores` against `labels` at `threshold`.
    public init(scores: [Double], labels: [Bool], threshold: Double = 0.5) {
        self.init(scores: scores, labels: labels, decisions: scores.map { $0 >= threshold })
    }

    /// The metrics of each source's messages: `sources[i]` names the source of message `i`, and `metrics` measures
    /// the messages at the indices it is given.
    public static func bySource(_ sources: [String], _ metrics: ([Int]) -> BinaryMetrics) -> [String: BinaryMetrics] {
        var indices: [String: [Int]] = [:]
        for (i, source) in sources.enumerated() { indices[source, default: []].append(i) }
        return indices.mapValues(metrics)
    }

    /// Computes the metrics of given `decisions` (e.g. each at its own model's threshold), with calibration
    /// measured on `scores`.
    public init(scores: [Double], labels: [Bool], decisions: [Bool]) {
        var tp = 0, fp = 0, tn = 0, fn = 0
        for (p, y) in zip(decisions, labels) {
            switch (p, y) {
            case (true, true): tp += 1
            case (true, false): fp += 1
            case (false, false): tn += 1
            case (false, true): fn += 1
            }
        }
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
        count = scores.count
        accuracy = ratio(tp + tn, count)
        precisionHateful = ratio(tp, tp + fp)
        recallHateful = ratio(tp, tp + fn)
        precisionNot = ratio(tn, tn + fn)
        recallNot = ratio(tn, tn + fp)
        f1Hateful = f1(precisionHateful, recallHateful)
        f1Not = f1(precisionNot, recallNot)
        macroF1 = (f1Hateful + f1Not) / 2
        var bins: [Bin] = []
        var ece = 0.0
        for b in 0..<10 {
            let lo = Double(b) / 10, hi = Double(b + 1) / 10
            var n = 0, sumP = 0.0, pos = 0
            for (s, y) in zip(scores, labels) where s >= lo && (s < hi || (b == 9 && s <= hi)) {
                n += 1
                sumP += s
                if y { pos += 1 }
            }
            let mean = n == 0 ? 0 : sumP / Double(n)
            let obs = n == 0 ? 0 : Double(pos) / Double(n)
            bins.append(Bin(lower: lo, upper: hi, count: n, meanPredicted: mean, observed: obs))
            if count > 0 { ece += Double(n) / Double(count) * abs(mean - obs) }
        }
        self.bins = bins
        self.ece = ece
    }

    /// A multi-line human-readable report.
    public var report: String {
        var lines = [
            "examples        \(count)",
            "accuracy        \(fmt(accuracy))",
            "macro-F1        \(fmt(macroF1))",
            "class           precision  recall  F1",
            "hateful         \(fmt(precisionHateful))      \(fmt(recallHateful))   \(fmt(f1Hateful))",
            "not hateful     \(fmt(precisionNot))      \(fmt(recallNot))   \(fmt(f1Not))",
            "ECE (10 bins)   \(fmt(ece))",
            "reliability     bin        n      predicted  observed",
        ]
        for b in bins where b.count > 0 {
            lines.append("                \(fmt(b.lower))-\(fmt(b.upper)) \(String(b.count).leftPad(6))  \(fmt(b.meanPredicted))      \(fmt(b.observed))")
        }
        return lines.joined(separator: "\n")
    }
}
