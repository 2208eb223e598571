import FluentKit
import Foundation

/// An exact area boundary imported from a city's open-data portal, stored as our own `MultiPolygon` JSON.
public final class AreaBoundaryModel: Model, @unchecked Sendable {
    public static let schema = "area_boundaries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "city_id") public var cityID: String
    @Field(key: "area_code") public var areaCode: String
    @Field(key: "geometry_json") public var geometryJSON: String
    @Field(key: "imported_at") public var importedAt: Date

    public init() {}

    public init(id: UUID? = nil, cityID: String, areaCode: String, geometryJSON: String, importedAt: Date) {
        self.id = id
        self.cityID = cityID
        self.areaCode = areaCode
        self.geometryJSON = geometryJSON
        self.importedAt = importedAt
    }
}
