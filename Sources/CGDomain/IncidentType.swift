/// What happened in a reported hate incident. Raw values are stored and appear in the API; never rename one.
public enum IncidentType: String, Sendable, Codable, CaseIterable, Hashable {
    case verbalAbuse = "verbal_abuse"
    case threats
    case physicalAssault = "physical_assault"
    case propertyDamage = "property_damage"
    case graffitiOrLiterature = "graffiti_literature"
    case onlineAbuse = "online_abuse"
    case discrimination
    case other
}
