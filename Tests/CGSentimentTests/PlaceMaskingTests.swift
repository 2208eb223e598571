import CGClassifier
import CGGeo
import CGSecurity
import Foundation
import Testing

@testable import CGSentiment

/// The classifier reads a message without the city's area names (`Gazetteer.masked`): a district's letters are no
/// evidence, and the Dutch model read "Katendrecht" ("recht", a right) and "Zevenkamp" the wrong way (found by the
/// Rotterdam trial).
@Suite("Area names are not read by the classifier")
struct PlaceMaskingTests {
    @Test(
        "a message scores the same with its district named, and is still placed there",
        arguments: [
            ("Christenen zijn dom en gevaarlijk (hier in Katendrecht)", true),
            ("Vanuit Stadsdriehoek: Homo's zijn ziek en walgelijk", true),
            ("Ik snap niks van die nieuwe parkeerregels (hier in Hoek van Holland)", false),
            ("Die nieuwe burgemeester doet het best goed (hier in Zevenkamp)", false),
        ])
    func districtNamed(text: String, hateful: Bool) throws {
        let pack = try #require(CityPacks.pack(id: "rotterdam"))
        let classifier = try #require(sharedClassifier)
        let gate = PrivacyGate(pseudonymizer: Pseudonymizer(masterKey: .generate()), publicFigures: .empty)
        let placer = MessagePlacer(pack: pack)
        let analyzer = MessageAnalyzer(classifier: classifier, placer: placer, gate: gate)
        let message = IncomingMessage(
            id: "m1", source: "trial", timestamp: Date(timeIntervalSince1970: 1_772_323_200), text: text,
            authorID: "a1")
        let analyzed = try #require(analyzer.analyze([message], receivedAt: message.timestamp).first)
        #expect(analyzed.hateful == hateful, "\(text): \(analyzed.score)")
        #expect(analyzed.placement.method == .textMention, "\(text)")
        #expect(analyzed.placement.areaCode == placer.gazetteer.bestMatch(text, language: "nl")?.areaCode)
    }
}
