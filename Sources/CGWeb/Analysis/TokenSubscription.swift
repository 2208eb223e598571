import Foundation

/// A subscription of an API token a staff member created, for that member's alerts page (read-only there:
/// the token manages it through the API; revoking the token stops it).
struct TokenSubscription: Sendable, Hashable {
    var subscription: SubscriptionDTO
    /// The token's name, as given when it was created.
    var tokenName: String
    /// Whether the token is revoked (its subscription then raises and delivers nothing).
    var revoked: Bool
}
