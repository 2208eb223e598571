/// The legal basis under which a piece of information may be shared with the panel.
public enum LegalBasis: String, Sendable, Codable, CaseIterable, Hashable {
    case consent
    case legalDuty = "legal_duty"
    case publicTask = "public_task"
    case vitalInterests = "vital_interests"
}
