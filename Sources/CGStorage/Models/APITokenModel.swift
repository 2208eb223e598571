import FluentKit
import Foundation

/// A bearer token for machine clients, scoped to a city and a set of permissions. Only its digest is stored.
public final class APITokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Field(key: "token_digest") public var tokenDigest: String
    @Field(key: "city_scope") public var cityScope: String
    @Field(key: "permissions") public var permissions: String
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?

    public init() {}

    public init(
        id: UUID? = nil, name: String, tokenDigest: String, cityScope: String, permissions: String,
        createdBy: UUID?, createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.tokenDigest = tokenDigest
        self.cityScope = cityScope
        self.permissions = permissions
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}
