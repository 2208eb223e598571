/// Who is reporting an incident.
public enum ReporterRole: String, Sendable, Codable, CaseIterable, Hashable {
    case victim
    case witness
    case onBehalf = "on_behalf"
}
