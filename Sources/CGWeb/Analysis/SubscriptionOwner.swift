import CGStorage
import Fluent
import Foundation
import Vapor

/// Who owns early-warning subscriptions: a staff member in a session, or an API token. A token's
/// subscriptions are its own: it lists and deletes only them, never its creator's session subscriptions,
/// and a session never lists or deletes a token's (its creator's page shows them read-only). A token's
/// subscriptions are stored with `user_id` = the token's creator and `api_token_id` = the token (M0060).
enum SubscriptionOwner: Sendable, Hashable {
    /// A staff member's own subscriptions (`api_token_id` null).
    case user(UUID)
    /// An API token's subscriptions; `creator` is the staff member who made the token.
    case token(id: UUID, creator: UUID)

    /// The stored `user_id`.
    var userID: UUID {
        switch self {
        case .user(let id): return id
        case .token(_, let creator): return creator
        }
    }

    /// The stored `api_token_id` (nil for a session's subscriptions).
    var apiTokenID: UUID? {
        if case .token(let id, _) = self { return id }
        return nil
    }

    /// The owner for a request's principal: its user, or its (unrevoked, since the bearer middleware admitted
    /// it) token. A token nobody created (made outside a session, e.g. by a script) gets 403: a subscription
    /// belongs to a staff member, who answers for it and sees it on the alerts page.
    static func of(_ principal: Principal, on db: any Database) async throws -> SubscriptionOwner {
        guard let owner = try await find(principal, on: db) else {
            throw Abort(
                .forbidden,
                reason: "this API token was not created by a staff user, so it cannot own subscriptions; create a token as a staff user")
        }
        return owner
    }

    /// The owner for a request's principal, or nil for a token nobody created.
    static func find(_ principal: Principal, on db: any Database) async throws -> SubscriptionOwner? {
        switch principal.credential {
        case .session:
            guard let id = principal.userID else { throw Abort(.forbidden, reason: "the session has no staff user") }
            return .user(id)
        case .apiToken(let tokenID):
            guard let token = try await APITokenModel.find(tokenID, on: db) else {
                throw Abort(.unauthorized, reason: "the API token is unknown or revoked")
            }
            return token.createdBy.map { .token(id: tokenID, creator: $0) }
        }
    }
}
