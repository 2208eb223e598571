import FluentKit
import Foundation

/// One failed login attempt against an account, kept for the throttle window. The account is named by the
/// keyed digest of its e-mail, which also covers addresses that have no account.
public final class LoginFailureModel: Model, @unchecked Sendable {
    public static let schema = "login_failures"

    @ID(key: .id) public var id: UUID?
    @Field(key: "account_key") public var accountKey: String
    @Field(key: "occurred_at") public var occurredAt: Date

    public init() {}

    public init(id: UUID? = nil, accountKey: String, occurredAt: Date) {
        self.id = id
        self.accountKey = accountKey
        self.occurredAt = occurredAt
    }
}
