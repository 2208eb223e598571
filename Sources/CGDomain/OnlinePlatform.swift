/// Where an online incident happened. A fixed list keeps the field structured (and safe to count).
public enum OnlinePlatform: String, Sendable, Codable, CaseIterable, Hashable {
    case facebook
    case instagram
    case x
    case tiktok
    case youtube
    case telegram
    case whatsapp
    case reddit
    case other
}
