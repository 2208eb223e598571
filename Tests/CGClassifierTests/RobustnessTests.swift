import Foundation
import Testing
@testable import CGClassifier

@Suite("Robustness")
struct RobustnessTests {
    /// Deterministic messy strings: emoji, combining marks, quotes, leet, very long words, other scripts.
    static func messyStrings(count: Int) -> [String] {
        let pieces = [
            "a", "É", "ß", "ñ", "😡", "👍🏽", "\u{0301}", "\u{200D}", "“", "”", "«", "»", "'", "\"", "n't", "l'", "!",
            "?", ".", ",", " ", "  ", "\n", "\t", "1", "4", "$", "@", "#", "http://x.y/z", "m u s l i m s", "ooooooo",
            "Ø", "ĳ", "œ", "Привет", "مرحبا", "中文", "k", "i", "l", "\u{FE0F}", "\u{1F1EC}\u{1F1E7}", "*",
            String(repeating: "x", count: 300),
        ]
        var rng = SeededGenerator(seed: 42)
        return (0..<count).map { _ in
            let n = Int(rng.next() % 40)
            return (0..<n).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test("messy input never crashes and always gives a probability")
    func messy() throws {
        let classifier = try HateClassifier.loadDefault()
        let session = classifier.makeSession()
        for text in Self.messyStrings(count: 3000) {
            let r = session.classify(text, explain: true)
            #expect(r.score >= 0 && r.score <= 1, "\(text.debugDescription)")
            #expect(r.explanation.count <= 6)
        }
        // Very long input.
        let long = String(repeating: "refugees are welcome here 👍 ", count: 5000)
        #expect(!session.classify(long).hateful)
    }

    @Test("concurrent classification from many tasks matches sequential results")
    func concurrent() async throws {
        let classifier = try HateClassifier.loadDefault()
        let texts = FunctionalSuite.cases().prefix(400).map(\.text)
        let sequential = classifier.classify(batch: texts, explain: true)
        let parallel = await withTaskGroup(of: (Int, [Classification]).self) { group in
            for chunk in 0..<4 {
                group.addTask {
                    let part = Array(texts[(chunk * 100)..<((chunk + 1) * 100)])
                    return (chunk, classifier.classify(batch: part, explain: true))
                }
            }
            var out = [[Classification]](repeating: [], count: 4)
            for await (chunk, results) in group { out[chunk] = results }
            return out.flatMap { $0 }
        }
        #expect(parallel == sequential)
    }
}
