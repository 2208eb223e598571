/// The groups of assessment factors: engagement, intent, capability and the push, pull and personal factors.
public enum PanelFactorGroup: String, Sendable, Codable, CaseIterable, Hashable {
    case engagement
    case intent
    case capability
    case push
    case pull
    case personal
}
