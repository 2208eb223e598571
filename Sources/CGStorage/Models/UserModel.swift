import FluentKit
import Foundation

/// A staff account. The e-mail address and name are personal data: they are stored sealed, and the e-mail is
/// found at login through a keyed digest rather than by its plain text.
public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "email_digest") public var emailDigest: String
    @Field(key: "email_sealed") public var emailSealed: String
    @Field(key: "name_sealed") public var nameSealed: String
    @Field(key: "role") public var role: String
    @Parent(key: "agency_id") public var agency: AgencyModel
    @Field(key: "city_scope") public var cityScope: String
    @Field(key: "password_hash") public var passwordHash: String
    @OptionalField(key: "totp_secret_sealed") public var totpSecretSealed: String?
    @OptionalField(key: "totp_last_step") public var totpLastStep: Int64?
    @Field(key: "disabled") public var disabled: Bool
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public init(
        id: UUID? = nil, emailDigest: String, emailSealed: String, nameSealed: String, role: String,
        agencyID: UUID, cityScope: String, passwordHash: String, createdAt: Date
    ) {
        self.id = id
        self.emailDigest = emailDigest
        self.emailSealed = emailSealed
        self.nameSealed = nameSealed
        self.role = role
        self.$agency.id = agencyID
        self.cityScope = cityScope
        self.passwordHash = passwordHash
        self.disabled = false
        self.createdAt = createdAt
    }
}
