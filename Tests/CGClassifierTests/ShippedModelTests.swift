import Foundation
import Testing
@testable import CGClassifier

@Suite("Shipped models")
struct ShippedModelTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    @Test("the bundled models load, one per language we ship")
    func loads() throws {
        let c = try HateClassifier.loadDefault()
        for l in [Language.en, .es, .fr, .nl] { #expect(c.models[l] != nil, "missing \(l.rawValue) model") }
        #expect(c.models[.en]?.header.version.hasPrefix("en-") == true)
        // Well under the 25 MB budget per language.
        let dir = try #require(HateClassifier.bundledModelDirectory)
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".cghm") {
            let size = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(file).path)[.size] as? Int ?? 0
            #expect(size < 25_000_000)
        }
    }

    @Test("held-out functional cases: above 85% overall, no kind below 60%")
    func functionalThresholds() throws {
        let c = try #require(Self.classifier)
        let report = FunctionalReport(classifier: c, cases: FunctionalSuite.cases())
        #expect(report.overall > 0.85, "overall \(report.overall)\n\(report.report)")
        for kind in report.byKind.keys.sorted() {
            #expect(report.accuracy(kind: kind) >= 0.6, "\(kind): \(report.accuracy(kind: kind))")
        }
        #expect(report.targetHitRate > 0.8)
    }

    @Test("blind held-out cases: above 65% overall (the models before 2026-11-29 scored 0.58)")
    func blind() throws {
        let report = try Self.blindReport(FunctionalSuite.blindSource, atLeast: 700)
        print("blind functional cases:\n\(report.report)")
        #expect(report.overall > 0.65, "overall \(report.overall)\n\(report.report)")
    }

    @Test("second blind part (written before the afternoon's training experiments): above 75% overall, every language above 65%")
    func freshBlind() throws {
        let report = try Self.blindReport(FunctionalSuite.freshBlindSource, atLeast: 2_000)
        // Shipped models on 2026-11-29: 0.779 overall; en 0.863, es 0.773, fr 0.706, nl 0.772.
        #expect(report.overall > 0.75, "overall \(report.overall)\n\(report.report)")
        for language in [Language.en, .es, .fr, .nl] {
            let k = try #require(report.byLanguage[language])
            #expect(Double(k.correct) / Double(k.total) > 0.65, "\(language.rawValue): \(k)")
        }
    }

    /// The shipped models' report on one blind part, which must hold more than `atLeast` cases.
    static func blindReport(_ source: String, atLeast: Int) throws -> FunctionalReport {
        let c = try #require(classifier)
        let cases = FunctionalSuite.cases().filter { $0.source == source }
        #expect(cases.count > atLeast)
        return FunctionalReport(classifier: c, cases: cases)
    }

    @Test("a classification carries everything the output needs")
    func shape() throws {
        let c = try #require(Self.classifier)
        let r = c.classify("kill all the m u s l i m s")
        #expect(r.hateful)
        #expect(r.type == .threat)
        #expect(r.targets == [.muslims])
        #expect(r.supportsViolence)
        #expect(r.language == .en)
        #expect(!r.explanation.isEmpty)
        #expect(r.modelVersion.hasPrefix("en-"))
        // Typed as a threat means supporting violence, whatever the violence head alone says.
        for text in ["immigrants did it, time to make them pay", "we will make the refugees regret coming here"] {
            let threat = c.classify(text)
            #expect(threat.type != .threat || threat.supportsViolence, "\(text)")
        }
        let fine = c.classify("what a lovely day at the park")
        #expect(!fine.hateful)
        #expect(fine.type == nil && fine.targets.isEmpty)
        let json = try JSONEncoder().encode(r)
        #expect(try JSONDecoder().decode(Classification.self, from: json) == r)
    }

    @Test("batch and single classification agree")
    func batch() throws {
        let c = try #require(Self.classifier)
        let texts = FunctionalSuite.cases().prefix(200).map(\.text)
        let batch = c.classify(batch: texts, explain: true)
        for (t, r) in zip(texts, batch) { #expect(c.classify(t) == r) }
    }
}
