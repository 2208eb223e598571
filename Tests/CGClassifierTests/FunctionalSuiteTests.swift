import Foundation
import Testing
@testable import CGClassifier

@Suite("Functional suite is held out")
struct FunctionalSuiteTests {
    static let languages: [Language] = [.en, .es, .fr, .nl]

    @Test("no functional template is a training template, and no functional case text is a training sentence")
    func disjoint() {
        for language in Self.languages {
            let trainingTemplates = Set(SyntheticCorpus.families(language).flatMap(\.templates))
            let all = FunctionalSuite.families(language) + FunctionalSuite.blindFamilies(language)
                + FunctionalSuite.freshBlindFamilies(language) + FunctionalSuite.lateFamilies(language)
            for family in all {
                for template in family.templates {
                    #expect(!trainingTemplates.contains(template), "\(language.rawValue): \(template)")
                }
            }
            // Against every group a template could be filled with, not only the sample a language trains on.
            let training = Set(
                (SyntheticCorpus.examples(language: language) + SyntheticCorpus.examples(language: language, groupsPerTemplate: 0))
                    .map { $0.text.lowercased() })
            let cases = FunctionalSuite.cases(language: language)
            #expect(cases.count > 400)
            for c in cases {
                #expect(!training.contains(c.text.lowercased()), "\(language.rawValue): \(c.text)")
            }
        }
    }

    @Test("no blind case of any language reaches what a training run of any language learns from or is calibrated on")
    func blindNeverTrained() throws {
        let blind = FunctionalSuite.cases().filter { FunctionalSuite.blindSources.contains($0.source) }
        let fresh = blind.filter { $0.source == FunctionalSuite.freshBlindSource }
        #expect(fresh.count > 1_000)
        for language in Self.languages {
            #expect(fresh.contains { $0.language == language && $0.hateful })
            #expect(fresh.contains { $0.language == language && !$0.hateful })
        }
        let blindTexts = Set(blind.map { $0.text.lowercased() })
        // An empty data directory: every language then trains on its own sentences plus every other language's,
        // the widest set of own sentences any run uses (corpus runs use a subset of them).
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("cg-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let loader = CorpusLoader(directory: empty)
        for language in TrainingPipeline.defaultLanguages {
            for groups in [nil, 0] as [Int?] {
                var options = TrainingOptions()
                if let groups { for l in TrainingPipeline.defaultLanguages { options.groupsPerTemplate[l] = groups } }
                let run = TrainingPipeline.examples(language: language, loader: loader, options: options)
                let used = run.train + run.dev + (run.calibration ?? [])
                #expect(used.count > 1_000)
                let leaked = used.filter { blindTexts.contains($0.text.lowercased()) }.map(\.text)
                #expect(leaked.isEmpty, "\(language.rawValue): \(leaked.prefix(5))")
            }
        }
    }

    @Test("one-member and adjective templates are filled with every group and name it")
    func placeholders() {
        let cases = FunctionalSuite.cases(language: .en)
        let member = cases.filter { $0.text.hasPrefix("one day soon someone will put a bullet in") }
        #expect(member.contains { $0.text.hasSuffix("a Muslim") && $0.targets == [.muslims] })
        #expect(member.count >= GroupVocabulary.singulars[.en]?.count ?? 0)
        #expect(cases.contains { $0.text == "a Jewish bookshop opened next to the station" && !$0.hateful })
        #expect(!cases.contains { $0.text.contains("{") })
        for language in Self.languages {
            #expect(!SyntheticCorpus.examples(language: language).contains { $0.text.contains("{") })
        }
    }
}
