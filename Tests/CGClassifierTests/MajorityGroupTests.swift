import Foundation
import Testing
@testable import CGClassifier

/// Names of majority groups added 2026-12-01 (fourteenth session) — Spanish "blanquitos", French "toubabs",
/// "céfrans", "souchiens" and "de souche", "gadjos", Dutch "autochtonen" and "kaaskoppen" — and sentences about
/// the same groups that must stay not hateful; and "prove me wrong", which asserts (the same session).
@Suite("Majority groups: more names of white people")
struct MajorityGroupTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    @Test("hate named by these words is hateful and names white people; neutral mentions stay not", arguments: [
        ("Esos blanquitos son unos cerdos asquerosos", true),
        ("Les toubabs sont des rats", true),
        ("Ces céfrans sont des chiens", true),
        ("Les souchiens sont des ordures", true),
        ("Tous les Français de souche sont des déchets", true),
        ("Die autochtonen zijn walgelijk tuig", true),
        ("Kaaskoppen zijn ongedierte", true),
        ("Mis vecinos blanquitos nos invitaron a cenar", false),
        ("Les Français de souche et les nouveaux arrivants fêtent ensemble le 14 juillet", false),
        ("De autochtonen en de nieuwkomers werken samen in de buurt", false),
        ("La souche du virus a été identifiée", false),
    ])
    func decision(_ text: String, _ hateful: Bool) throws {
        let r = try #require(Self.classifier).classify(text)
        #expect(r.hateful == hateful, "\(text) \(r.score)")
        // The targets are reported for hateful messages only.
        #expect(!hateful || r.targets.contains(.white), "\(text) \(r.targets)")
    }

    @Test("\"prove me wrong\" stands by what was said; \"prove them wrong\" answers it", arguments: [
        ("Whites are filthy animals, prove me wrong", true),
        ("They call the refugees lazy, and the refugees will prove them wrong", false),
    ])
    func challenge(_ text: String, _ hateful: Bool) throws {
        let r = try #require(Self.classifier).classify(text)
        #expect(r.hateful == hateful, "\(text) \(r.score)")
    }
}
