import Foundation

/// How a point was placed in an area.
public enum PlacementMethod: String, Sendable, Codable, Hashable {
    /// The point lies inside the area's imported boundary.
    case boundary
    /// The area's centroid is the nearest to the point (no boundary contains it, or none are imported).
    case nearestCentroid
}

/// The area a point was placed in, how, and how sure the placement is.
public struct AreaPlacement: Sendable, Codable, Hashable {
    /// The code of the area.
    public var areaCode: String
    /// Whether a boundary or the nearest centroid decided.
    public var method: PlacementMethod
    /// 1.0 inside a boundary; for a nearest centroid, at most 0.6 and falling with the distance to it.
    public var confidence: Double
    /// The great-circle distance from the point to the area's centroid, in metres.
    public var distanceToCentroidMetres: Double

    /// Creates a placement; see the properties for the meaning of each field.
    public init(areaCode: String, method: PlacementMethod, confidence: Double, distanceToCentroidMetres: Double) {
        self.areaCode = areaCode
        self.method = method
        self.confidence = confidence
        self.distanceToCentroidMetres = distanceToCentroidMetres
    }
}

/// Places a coordinate in one of a city's areas: inside an imported boundary when there is one (point in
/// polygon with holes, a bounding-box test first), otherwise at the nearest centroid when the point is inside
/// the city's bounds; outside the bounds (and outside every boundary) it places nothing. When only some areas
/// have boundaries, a point outside all of them goes to the nearest centroid among the areas without one (it
/// cannot lie in an area whose boundary is known); when all have, among all areas (a gap between boundaries).
///
/// Nearest-centroid confidence is `0.6 × exp(−d / s)`, where `d` is the distance to the centroid and `s` the
/// median distance between neighbouring centroids of the city (a typical area's width), never below 0.05.
/// A locator is an immutable value: build it once per city and share it between tasks.
public struct AreaLocator: Sendable {
    /// The city whose areas the locator places points in.
    public let pack: CityPack

    private struct PreparedPolygon: Sendable {
        var box: BoundingBox
        var polygon: GeoPolygon
    }

    private struct PreparedArea: Sendable {
        var code: String
        var box: BoundingBox
        var polygons: [PreparedPolygon]
    }

    private let prepared: [PreparedArea]
    private let centroidCodes: [String]
    private let centroidLatitudes: [Double]
    private let centroidLongitudes: [Double]
    private let centroidCosines: [Double]
    /// Indices of the areas a point outside every boundary may be in.
    private let fallbackIndices: [Int]
    private let scaleMetres: Double

    /// The largest confidence a nearest-centroid placement gets (at the centroid itself).
    public static let nearestCentroidMaximumConfidence = 0.6

    /// Creates a locator for `pack` with exact boundaries per area code (codes the pack lacks are ignored).
    public init(pack: CityPack, boundaries: [String: MultiPolygon] = [:]) {
        self.pack = pack
        prepared = pack.areas.compactMap { area in
            guard let boundary = boundaries[area.code] else { return nil }
            let polygons = boundary.polygons.compactMap { polygon in
                polygon.boundingBox.map { PreparedPolygon(box: $0, polygon: polygon) }
            }
            guard let first = polygons.first else { return nil }
            let box = polygons.dropFirst().reduce(first.box) { $0.union($1.box) }
            return PreparedArea(code: area.code, box: box, polygons: polygons)
        }
        centroidCodes = pack.areas.map(\.code)
        centroidLatitudes = pack.areas.map { $0.centroid.latitude * .pi / 180 }
        centroidLongitudes = pack.areas.map { $0.centroid.longitude * .pi / 180 }
        centroidCosines = centroidLatitudes.map(cos)
        let bounded = Set(prepared.map(\.code))
        let unbounded = pack.areas.indices.filter { !bounded.contains(pack.areas[$0].code) }
        fallbackIndices = unbounded.isEmpty ? Array(pack.areas.indices) : unbounded
        let nearest = pack.areas.map { area in
            pack.areas.lazy.filter { $0.code != area.code }.map { $0.centroid.distance(to: area.centroid) }.min() ?? 1_000
        }.sorted()
        scaleMetres = max(100, nearest.isEmpty ? 1_000 : nearest[nearest.count / 2])
    }

    /// Whether any boundary was given for the pack's areas.
    public var hasBoundaries: Bool { !prepared.isEmpty }

    /// The area `point` lies in, or `nil` when it is outside every boundary and outside the city's bounds
    /// (or not a valid coordinate).
    public func locate(_ point: GeoPoint) -> AreaPlacement? {
        guard point.isValid else { return nil }
        for area in prepared where area.box.contains(point) {
            for part in area.polygons where part.box.contains(point) && part.polygon.contains(point) {
                let distance = pack.area(code: area.code).map { $0.centroid.distance(to: point) } ?? 0
                return AreaPlacement(areaCode: area.code, method: .boundary, confidence: 1, distanceToCentroidMetres: distance)
            }
        }
        guard pack.bounds.contains(point) else { return nil }
        return nearestCentroid(point, among: fallbackIndices)
    }

    /// The area whose centroid is nearest to `point` (haversine), ignoring boundaries and bounds; `nil` only for
    /// a pack without areas or an invalid point.
    public func nearestCentroid(_ point: GeoPoint) -> AreaPlacement? {
        nearestCentroid(point, among: centroidCodes.indices)
    }

    private func nearestCentroid(_ point: GeoPoint, among indices: some Collection<Int>) -> AreaPlacement? {
        guard point.isValid, !indices.isEmpty else { return nil }
        let latitude = point.latitude * .pi / 180, longitude = point.longitude * .pi / 180
        let cosine = cos(latitude)
        var best = 0
        var bestHaversine = Double.infinity
        for index in indices {
            // The haversine term grows with distance, so the smallest term is the nearest centroid.
            let sinLatitude = sin((centroidLatitudes[index] - latitude) / 2)
            let sinLongitude = sin((centroidLongitudes[index] - longitude) / 2)
            let term = sinLatitude * sinLatitude + cosine * centroidCosines[index] * sinLongitude * sinLongitude
            if term < bestHaversine {
                bestHaversine = term
                best = index
            }
        }
        let distance = 2 * GeoPoint.earthRadiusMetres * asin(min(1, bestHaversine.squareRoot()))
        let confidence = max(0.05, Self.nearestCentroidMaximumConfidence * exp(-distance / scaleMetres))
        return AreaPlacement(
            areaCode: centroidCodes[best], method: .nearestCentroid, confidence: confidence,
            distanceToCentroidMetres: distance)
    }
}
