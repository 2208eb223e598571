import FluentKit
import Foundation

/// An organisation reports can be referred to for support. Its details are public organisation data.
public final class SupportPartnerModel: Model, @unchecked Sendable {
    public static let schema = "support_partners"

    @ID(key: .id) public var id: UUID?
    @Field(key: "city_id") public var cityID: String
    @Field(key: "name") public var name: String
    @Field(key: "services") public var services: String
    @Field(key: "languages") public var languages: String
    /// Comma-separated area codes, or "" for the whole city.
    @Field(key: "areas_served") public var areasServed: String
    @Field(key: "contact") public var contact: String
    @Field(key: "active") public var active: Bool
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}
