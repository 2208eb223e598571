import Foundation
import Testing
@testable import CGClassifier

@Suite("Own training sentences: group sampling and context clauses")
struct SyntheticCorpusTests {
    /// Dutch filled with five terms per template: the sampling that `--groups-per-template 5` asks for (the
    /// default is every term since 2026-11-29, 13:00 UTC).
    static let dutch = SyntheticCorpus.examples(language: .nl, groupsPerTemplate: 5)

    @Test("expansion is deterministic, and languages without a sample size keep every group")
    func deterministic() {
        #expect(SyntheticCorpus.examples(language: .nl, groupsPerTemplate: 5).map(\.text) == Self.dutch.map(\.text))
        #expect(SyntheticCorpus.examples(language: .nl).count == SyntheticCorpus.examples(language: .nl, groupsPerTemplate: 0).count)
        #expect(Self.dutch.count < SyntheticCorpus.examples(language: .nl, groupsPerTemplate: 0).count / 2)
        #expect(SyntheticCorpus.defaultGroupsPerTemplate[.en] == nil)
        let english = SyntheticCorpus.examples(language: .en)
        #expect(english.map(\.text) == SyntheticCorpus.examples(language: .en, groupsPerTemplate: 0).map(\.text))
        // The sample is a different handful of groups for each template, not the same five every time.
        let firstNeutral = Self.dutch.filter { $0.kind != "spelling" && $0.text.hasPrefix("ik heb twee ") && $0.text.hasSuffix(" ontmoet op het congres") }
        #expect(firstNeutral.count == 5)
    }

    @Test("each Dutch group term is named in hateful and other sentences in about the same proportion")
    func groupsBalanced() throws {
        let plain = Self.dutch.filter { $0.kind != "spelling" }
        let terms = try #require(GroupVocabulary.terms[.nl])
        let hatefulShare = Double(plain.filter(\.hateful).count) / Double(plain.count)
        for (term, _) in terms {
            let named = plain.filter { $0.text.lowercased().contains(term.lowercased()) }
            let hateful = named.filter(\.hateful).count
            #expect(named.count >= 20, "\(term): \(named.count)")
            // A term seen far more often in one class would become a sign of that class.
            let share = Double(hateful) / Double(max(named.count, 1))
            #expect(abs(share - hatefulShare) < 0.2, "\(term): \(hateful) of \(named.count) hateful, overall \(hatefulShare)")
        }
    }

    @Test("context clauses go with hateful and other sentences alike")
    func contextBalanced() throws {
        let clauses = try #require(SyntheticCorpus.contextClauses[.nl])
        let withContext = Self.dutch.filter { e in clauses.contains { e.text.contains($0) } }
        let hateful = withContext.filter(\.hateful).count
        #expect(hateful > 100 && withContext.count - hateful > 100, "\(hateful) of \(withContext.count)")
        let grouped = Self.dutch.filter { $0.kind != "spelling" && !["everyday", "profanity", "nonprotected"].contains($0.kind ?? "") }
        let share = Double(grouped.filter(\.hateful).count) / Double(grouped.count)
        #expect(abs(Double(hateful) / Double(withContext.count) - share) < 0.1)
        #expect(SyntheticCorpus.contextClauses[.en] == nil)
    }
}
