import FluentKit
import Foundation

/// An organisation whose staff use the system (council, police, health, …), in one city.
public final class AgencyModel: Model, @unchecked Sendable {
    public static let schema = "agencies"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Field(key: "kind") public var kind: String
    @Field(key: "city_id") public var cityID: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public init(id: UUID? = nil, name: String, kind: String, cityID: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.kind = kind
        self.cityID = cityID
        self.createdAt = createdAt
    }
}
