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
            for family in FunctionalSuite.families(language) + FunctionalSuite.blindFamilies(language) {
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
