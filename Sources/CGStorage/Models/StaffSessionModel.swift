import FluentKit
import Foundation

/// A logged-in browser session. Only the digest of the cookie value is stored, so a copy of the database
/// cannot be used to hijack sessions.
public final class StaffSessionModel: Model, @unchecked Sendable {
    public static let schema = "staff_sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_digest") public var tokenDigest: String
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "csrf_token") public var csrfToken: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "last_seen_at") public var lastSeenAt: Date

    public init() {}

    public init(id: UUID? = nil, tokenDigest: String, userID: UUID, csrfToken: String, createdAt: Date) {
        self.id = id
        self.tokenDigest = tokenDigest
        self.$user.id = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = createdAt
    }
}
