import Foundation

/// A WGS84 coordinate in decimal degrees.
public struct GeoPoint: Sendable, Codable, Hashable {
    /// Degrees north of the equator, −90…90.
    public var latitude: Double
    /// Degrees east of Greenwich, −180…180.
    public var longitude: Double

    /// Creates a point from a latitude and a longitude in decimal degrees (WGS84).
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether both coordinates are finite and within the WGS84 ranges.
    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite && (-90...90).contains(latitude) && (-180...180).contains(longitude)
    }

    /// The great-circle (haversine) distance to `other`, in metres, on a sphere of radius 6,371,008.8 m.
    public func distance(to other: GeoPoint) -> Double {
        let lat1 = latitude * .pi / 180, lat2 = other.latitude * .pi / 180
        let sinLat = sin((lat2 - lat1) / 2)
        let sinLon = sin((other.longitude - longitude) * .pi / 360)
        let a = sinLat * sinLat + cos(lat1) * cos(lat2) * sinLon * sinLon
        return 2 * GeoPoint.earthRadiusMetres * asin(min(1, a.squareRoot()))
    }

    /// The mean Earth radius used by ``distance(to:)``, in metres.
    public static let earthRadiusMetres = 6_371_008.8
}

/// A latitude/longitude rectangle (not crossing the antimeridian), edges included.
public struct BoundingBox: Sendable, Codable, Hashable {
    /// The southern edge, in degrees.
    public var minLatitude: Double
    /// The western edge, in degrees.
    public var minLongitude: Double
    /// The northern edge, in degrees.
    public var maxLatitude: Double
    /// The eastern edge, in degrees.
    public var maxLongitude: Double

    /// Creates a box from its southern, western, northern and eastern edges in degrees.
    public init(minLatitude: Double, minLongitude: Double, maxLatitude: Double, maxLongitude: Double) {
        self.minLatitude = minLatitude
        self.minLongitude = minLongitude
        self.maxLatitude = maxLatitude
        self.maxLongitude = maxLongitude
    }

    /// Whether `point` lies inside the box or on its edge.
    public func contains(_ point: GeoPoint) -> Bool {
        point.latitude >= minLatitude && point.latitude <= maxLatitude
            && point.longitude >= minLongitude && point.longitude <= maxLongitude
    }

    /// The smallest box that encloses every point, or `nil` for no points.
    public init?(enclosing points: some Sequence<GeoPoint>) {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        var box = BoundingBox(
            minLatitude: first.latitude, minLongitude: first.longitude,
            maxLatitude: first.latitude, maxLongitude: first.longitude)
        while let point = iterator.next() { box.extend(to: point) }
        self = box
    }

    /// Grows the box, if needed, so that it contains `point`.
    public mutating func extend(to point: GeoPoint) {
        minLatitude = min(minLatitude, point.latitude)
        maxLatitude = max(maxLatitude, point.latitude)
        minLongitude = min(minLongitude, point.longitude)
        maxLongitude = max(maxLongitude, point.longitude)
    }

    /// The smallest box that contains both this box and `other`.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(
            minLatitude: min(minLatitude, other.minLatitude), minLongitude: min(minLongitude, other.minLongitude),
            maxLatitude: max(maxLatitude, other.maxLatitude), maxLongitude: max(maxLongitude, other.maxLongitude))
    }
}

/// A cell of a city's tile grid (for tile-map cartograms): column 0 is the west edge, row 0 the north edge.
public struct TilePosition: Sendable, Codable, Hashable {
    /// The column, counted from 0 at the left (west).
    public var column: Int
    /// The row, counted from 0 at the top (north).
    public var row: Int

    /// Creates a tile position from a column and a row, both counted from 0 at the top left.
    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }
}
