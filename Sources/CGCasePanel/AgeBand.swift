import Foundation

/// The age band of a person at referral: the only form of age kept after anonymisation.
public enum AgeBand: String, Sendable, Codable, CaseIterable, Hashable {
    case under15 = "under_15"
    case from15to17 = "15_17"
    case from18to24 = "18_24"
    case from25to39 = "25_39"
    case from40 = "40_plus"

    /// The band of someone born on `born` at `date`.
    public init(born: Date, at date: Date) {
        let age = PanelCalendar.age(born: born, at: date)
        switch age {
        case ..<15: self = .under15
        case 15...17: self = .from15to17
        case 18...24: self = .from18to24
        case 25...39: self = .from25to39
        default: self = .from40
        }
    }
}
