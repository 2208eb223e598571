import Foundation
import Testing
@testable import CGClassifier

/// Tests that read the shared corpora; they skip, with the reason, when `../shared/data` is not there.
@Suite("Corpora (need ../shared/data)")
struct CorpusTests {
    static let loader: CorpusLoader = {
        let fromCwd = CorpusLoader(directory: CorpusLoader.defaultDirectory())
        if fromCwd.isAvailable { return fromCwd }
        // Tests may run from elsewhere: try relative to this source file (repo/Tests/CGClassifierTests/…).
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return CorpusLoader(directory: repo.appendingPathComponent("../shared/data/text").standardizedFileURL)
    }()

    static var available: Bool { loader.isAvailable }

    @Test("English corpora load with both labels and mapped targets",
          .enabled(if: available, "../shared/data/text is absent: corpus tests skipped"))
    func english() {
        let rows = Self.loader.load(language: .en)
        #expect(rows.count > 40_000)
        let hateful = rows.filter(\.hateful)
        #expect(hateful.count > 5_000 && hateful.count < rows.count / 2)
        #expect(rows.contains { $0.source == "dynahate" && $0.type == .dehumanisation })
        #expect(hateful.contains { $0.targets?.contains(.jews) == true })
        // Multi-line quoted CSV fields are read as one record (SBIC posts contain line breaks).
        #expect(rows.contains { $0.source == "sbic" && $0.text.contains("\n") })
    }

    @Test("Spanish and French corpora load",
          .enabled(if: available, "../shared/data/text is absent: corpus tests skipped"))
    func spanishFrench() {
        let es = Self.loader.load(language: .es)
        let fr = Self.loader.load(language: .fr)
        #expect(es.count > 4_000 && es.contains(where: \.hateful) && es.contains { !$0.hateful })
        #expect(fr.count > 1_000 && fr.allSatisfy { $0.language == .fr })
    }

    @Test("dynahate target codes map onto our groups")
    func targetCodes() {
        #expect(CorpusLoader.dynahateTargets("bla.wom") == [.black, .women])
        #expect(CorpusLoader.dynahateTargets("gay.man, trans") == [.lgb, .trans])
        #expect(CorpusLoader.dynahateTargets("trav") == [.roma])
        #expect(CorpusLoader.dynahateTargets("wc").isEmpty)
    }
}
