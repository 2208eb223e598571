import CGClassifier
import CGDomain
import Testing

@testable import CGSentiment

/// Offline incident reports record a characteristic; online messages a target group. The mapping must reach every
/// group that has a characteristic, the groups added on 2026-12-01 (twelfth session) included.
@Suite("Offline incidents counted per online group")
struct OfflineGroupMappingTests {
    @Test("every group with a characteristic is counted by the incidents stored for it (the inverse round-trips)")
    func roundTrip() throws {
        for group in TargetGroup.allCases {
            // Men are not counted from reports (gender-based incidents are overwhelmingly against women).
            guard group != .men else { continue }
            let c = try #require(OfflineGroupMapping.characteristic(for: group.rawValue), "\(group)")
            let counted = OfflineGroupMapping.groups(characteristics: [c.characteristic.rawValue], religion: c.religion?.rawValue)
            #expect(counted.contains(group.rawValue), "\(group) → \(c) → \(counted.sorted())")
        }
    }

    @Test("a Sikh, Hindu or other religion counts for other faiths; nationality for immigrants and other origins")
    func addedGroups() {
        for religion in ["sikh", "hindu", "other"] {
            #expect(OfflineGroupMapping.groups(characteristics: ["religion"], religion: religion) == ["otherfaiths"])
        }
        #expect(OfflineGroupMapping.groups(characteristics: ["religion"], religion: "muslim") == ["muslims"])
        #expect(OfflineGroupMapping.groups(characteristics: ["nationality_migrant"], religion: nil)
            == ["immigrants", "nationalities"])
        let racial = OfflineGroupMapping.groups(characteristics: ["race_ethnicity"], religion: nil)
        #expect(racial == ["black", "asian", "roma", "arabs", "latinx", "white", "indigenous"])
        #expect(OfflineGroupMapping.groups(characteristics: ["age", "other"], religion: nil).isEmpty)
    }
}
