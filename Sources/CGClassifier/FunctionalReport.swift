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
