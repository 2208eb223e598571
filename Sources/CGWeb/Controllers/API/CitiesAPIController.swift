import CGGeo
import CGStorage
import Fluent
import Vapor

/// The city packs and the area lookup, public and read-only.
struct CitiesAPIController {
    struct CitySummary: Content {
        var id, name, englishName, country: String
        var languages: [String]
        var timeZone, areaKind: String
        var areaCount: Int
        var hasBoundaries: Bool
    }

    struct AreaDTO: Content {
        struct Point: Content { var latitude, longitude: Double }
        struct Tile: Content { var column, row: Int }
        var code, name, englishName: String
        var centroid: Point
        var tile: Tile
        var neighbours: [String]
    }

    struct CityDetail: Content {
        struct Bounds: Content { var minLatitude, minLongitude, maxLatitude, maxLongitude: Double }
        struct Grid: Content { var columns, rows: Int }
        var id, name, englishName, country: String
        var languages: [String]
        var timeZone, areaKind: String
        var bounds: Bounds
        var grid: Grid
        var areas: [AreaDTO]
    }

    struct PlacementDTO: Content {
        var city, areaCode, areaName, method: String
        var confidence: Double
    }

    static let cityParameter = APIOperation.Parameter(
        "city", in: "path", description: "City pack id", example: "london")

    func register(_ app: Application) {
        app.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/cities", summary: "The built-in city packs", tag: "cities",
                responses: [
                    .init(200, "Every city.", schema: Schemas.array(Schemas.citySummary), example: [Schemas.citySummaryExample])
                ]),
            use: list)
        app.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/cities/{city}", summary: "A city with its areas", tag: "cities",
                parameters: [Self.cityParameter],
                responses: [
                    .init(200, "The city.", schema: Schemas.cityDetail, example: Schemas.cityDetailExample),
                    .init(404, "No such city.", schema: ["$ref": "#/components/schemas/Error"]),
                ]),
            use: show)
        app.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/cities/{city}/locate", summary: "The area a coordinate lies in",
                tag: "cities",
                parameters: [
                    Self.cityParameter,
                    .init("lat", in: "query", schema: ["type": "number", "minimum": -90, "maximum": 90], description: "Latitude (WGS84)", example: 51.515),
                    .init("lon", in: "query", schema: ["type": "number", "minimum": -180, "maximum": 180], description: "Longitude (WGS84)", example: -0.036),
                ],
                responses: [
                    .init(200, "The area.", schema: Schemas.placement, example: Schemas.placementExample),
                    .init(404, "The point is outside the city, or no such city.", schema: ["$ref": "#/components/schemas/Error"]),
                    .init(422, "A coordinate is missing or out of range.", schema: ["$ref": "#/components/schemas/Error"]),
                ]),
            use: locate)
    }

    @Sendable func list(_ request: Request) async throws -> [CitySummary] {
        let imported = Set(try await AreaBoundaryModel.query(on: request.db).unique().all(\.$cityID))
        return CityPacks.all.map { pack in
            CitySummary(
                id: pack.id, name: pack.name, englishName: pack.englishName, country: pack.countryCode,
                languages: pack.languages, timeZone: pack.timeZone, areaKind: pack.areaKind,
                areaCount: pack.areas.count, hasBoundaries: imported.contains(pack.id))
        }
    }

    static func pack(_ request: Request) throws -> CityPack {
        let id = request.parameters.get("city") ?? ""
        guard let pack = CityPacks.pack(id: id) else { throw Abort(.notFound, reason: "no city '\(id)'") }
        return pack
    }

    @Sendable func show(_ request: Request) async throws -> CityDetail {
        let pack = try Self.pack(request)
        return CityDetail(
            id: pack.id, name: pack.name, englishName: pack.englishName, country: pack.countryCode,
            languages: pack.languages, timeZone: pack.timeZone, areaKind: pack.areaKind,
            bounds: .init(
                minLatitude: pack.bounds.minLatitude, minLongitude: pack.bounds.minLongitude,
                maxLatitude: pack.bounds.maxLatitude, maxLongitude: pack.bounds.maxLongitude),
            grid: .init(columns: pack.gridColumns, rows: pack.gridRows),
            areas: pack.areas.map { area in
                AreaDTO(
                    code: area.code, name: area.localName, englishName: area.englishName,
                    centroid: .init(latitude: area.centroid.latitude, longitude: area.centroid.longitude),
                    tile: .init(column: area.tile.column, row: area.tile.row), neighbours: area.neighbours)
            })
    }

    @Sendable func locate(_ request: Request) async throws -> PlacementDTO {
        let pack = try Self.pack(request)
        var errors = FieldErrorsBuilder()
        let lat = errors.double(request, "lat", range: -90...90)
        let lon = errors.double(request, "lon", range: -180...180)
        try errors.finish()
        guard let lat, let lon else { throw Abort(.unprocessableEntity) }
        guard
            let placement = try await request.cg.areas.locate(
                GeoPoint(latitude: lat, longitude: lon), city: pack.id, on: request.db)
        else { throw Abort(.notFound, reason: "the point is outside \(pack.englishName)") }
        return PlacementDTO(
            city: pack.id, areaCode: placement.areaCode,
            areaName: pack.area(code: placement.areaCode)?.localName ?? placement.areaCode,
            method: placement.method == .boundary ? "boundary" : "nearest_centroid",
            confidence: placement.confidence)
    }
}
