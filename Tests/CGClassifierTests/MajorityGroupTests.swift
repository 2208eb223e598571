import Foundation
import Testing
@testable import CGClassifier

/// Names of majority groups added 2026-12-01 (fourteenth session) — Spanish "blanquitos", French "toubabs",
/// "céfrans", "souchiens" and "de souche", "gadjos", Dutch "autochtonen" and "kaaskoppen" — and sentences about
/// the same groups that must stay not hateful.
@Suite("Majority groups: more names of white people")
struct MajorityGroupTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    @Test("hate of a majority group named by these words is hateful and names white people", arguments: [
        "Esos blanquitos son unos cerdos asquerosos",
        "Les toubabs sont des rats",
        "Ces céfrans sont des chiens",
        "Les souchiens sont des ordures",
        "Tous les Français de souche sont des déchets",
        "Die autochtonen zijn walgelijk tuig",
        "Kaaskoppen zijn ongedierte",
    ])
    func hateful(_ text: String) throws {
        let r = try #require(Self.classifier).classify(text)
        #expect(r.hateful, "\(text) \(r.score)")
        #expect(r.targets.contains(.white), "\(text) \(r.targets)")
    }

    @Test("neutral and kind sentences about the same groups stay not hateful", arguments: [
        "Mis vecinos blanquitos nos invitaron a cenar",
        "Les Français de souche et les nouveaux arrivants fêtent ensemble le 14 juillet",
        "De autochtonen en de nieuwkomers werken samen in de buurt",
        "La souche du virus a été identifiée",
    ])
    func notHateful(_ text: String) throws {
        let r = try #require(Self.classifier).classify(text)
        #expect(!r.hateful, "\(text) \(r.score)")
    }
}
