/// A structured factor of a vulnerability assessment, in our own words. Raw values are stored; never rename one.
public enum PanelFactor: String, Sendable, Codable, CaseIterable, Hashable {
    // Engagement, intent and capability.
    case groupEngagement = "group_engagement"
    case ideologyEngagement = "ideology_engagement"
    case expressedIntent = "expressed_intent"
    case capability
    // Push factors.
    case grievance
    case isolation
    case discrimination
    case familyConflict = "family_conflict"
    // Pull factors.
    case extremistContent = "extremist_content"
    case mentor
    case belonging
    case status
    // Personal factors.
    case identity
    case mentalHealth = "mental_health"
    case substanceUse = "substance_use"
    case pastTrauma = "past_trauma"

    /// The group a factor belongs to.
    public var group: PanelFactorGroup {
        switch self {
        case .groupEngagement, .ideologyEngagement: return .engagement
        case .expressedIntent: return .intent
        case .capability: return .capability
        case .grievance, .isolation, .discrimination, .familyConflict: return .push
        case .extremistContent, .mentor, .belonging, .status: return .pull
        case .identity, .mentalHealth, .substanceUse, .pastTrauma: return .personal
        }
    }

    /// Parses a comma-separated list of factor keys, naming the first unknown one.
    public static func parseList(_ text: String) -> Result<[PanelFactor], PanelVocabularyError> {
        var result: [PanelFactor] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let factor = PanelFactor(rawValue: part) else { return .failure(.unknown("factors", part)) }
            if !result.contains(factor) { result.append(factor) }
        }
        return .success(result)
    }
}
