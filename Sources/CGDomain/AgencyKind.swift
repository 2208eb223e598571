/// The kind of organisation a staff user works for.
public enum AgencyKind: String, Sendable, Codable, CaseIterable, Hashable {
    case cityCouncil = "city_council"
    case police
    case health
    case socialCare = "social_care"
    case education
    case housing
    case communityPartner = "community_partner"
}
