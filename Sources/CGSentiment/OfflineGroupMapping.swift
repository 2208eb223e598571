import CGClassifier
import CGDomain

/// The one mapping between the characteristics of verified offline incident reports and the target groups of
/// online messages, so offline incidents can be drawn and correlated against online hate per group.
///
/// Reports record a protected characteristic (and a religion for religious hate); online messages record the
/// group a message targets. Race and ethnicity in a report does not say which group: such an incident counts
/// for each racial or ethnic group (black, asian, roma, arabs, latinx, white, indigenous) — an honest over-count
/// that the online-vs-offline page states. Nationality or migrant status counts for immigrants and for other
/// national origins (`nationalities`) alike, for the same reason; a Sikh, Hindu or other religion for
/// `otherfaiths`. `other` and `age` map to no group.
public enum OfflineGroupMapping {
    /// The online target groups an incident with these characteristics (and religion) counts for.
    public static func groups(characteristics: [String], religion: String?) -> Set<String> {
        var groups: Set<String> = []
        for raw in characteristics {
            switch TargetedCharacteristic(rawValue: raw) {
            case .religion:
                switch religion.flatMap(ReligionGroup.init(rawValue:)) {
                case .muslim: groups.insert(TargetGroup.muslims.rawValue)
                case .jewish: groups.insert(TargetGroup.jews.rawValue)
                case .christian: groups.insert(TargetGroup.christians.rawValue)
                case .sikh, .hindu, .other: groups.insert(TargetGroup.otherfaiths.rawValue)
                case nil: break
                }
            case .raceEthnicity: groups.formUnion(racial)
            case .nationalityMigrant:
                groups.insert(TargetGroup.immigrants.rawValue)
                groups.insert(TargetGroup.nationalities.rawValue)
            case .sexualOrientation: groups.insert(TargetGroup.lgb.rawValue)
            case .genderIdentity: groups.insert(TargetGroup.trans.rawValue)
            case .disability: groups.insert(TargetGroup.disabled.rawValue)
            // Gender-based incidents are overwhelmingly against women; men are not counted from reports.
            case .sexGender: groups.insert(TargetGroup.women.rawValue)
            case .age, .other, nil: break
            }
        }
        return groups
    }

    /// The characteristic (and religion) to record for an offline incident against `group` (the inverse, used
    /// when demo incidents are stored as reports); nil for a group with no characteristic.
    public static func characteristic(for group: String) -> (characteristic: TargetedCharacteristic, religion: ReligionGroup?)? {
        switch TargetGroup(rawValue: group) {
        case .muslims: return (.religion, .muslim)
        case .jews: return (.religion, .jewish)
        case .immigrants: return (.nationalityMigrant, nil)
        case .lgb: return (.sexualOrientation, nil)
        case .trans: return (.genderIdentity, nil)
        case .disabled: return (.disability, nil)
        case .christians: return (.religion, .christian)
        case .women, .men: return (.sexGender, nil)
        case .black, .asian, .roma, .arabs, .latinx, .white, .indigenous: return (.raceEthnicity, nil)
        case .otherfaiths: return (.religion, .other)
        case .nationalities: return (.nationalityMigrant, nil)
        case nil: return nil
        }
    }

    /// The racial and ethnic groups a `race_ethnicity` incident counts for.
    public static let racial: Set<String> = [
        TargetGroup.black, .asian, .roma, .arabs, .latinx, .white, .indigenous,
    ].reduce(into: []) { $0.insert($1.rawValue) }
}
