/// A polygon: one exterior ring and any number of holes, each a closed or open list of points.
///
/// Encoded as GeoJSON Polygon coordinates: `[[[longitude, latitude], …], …]`, exterior ring first.
public struct GeoPolygon: Sendable, Codable, Hashable {
    /// The outer boundary.
    public var exterior: [GeoPoint]
    /// Rings cut out of the exterior (lakes, enclaves).
    public var holes: [[GeoPoint]]

    /// Creates a polygon from its exterior ring and holes. A ring need not repeat its first point at the end.
    public init(exterior: [GeoPoint], holes: [[GeoPoint]] = []) {
        self.exterior = exterior
        self.holes = holes
    }

    /// The box around the exterior ring, or `nil` when the ring is empty.
    public var boundingBox: BoundingBox? { BoundingBox(enclosing: exterior) }

    /// Whether `point` is inside the exterior ring and outside every hole (ray casting, even–odd rule).
    /// Points exactly on an edge may fall either way.
    public func contains(_ point: GeoPoint) -> Bool {
        guard Self.ring(exterior, contains: point) else { return false }
        return !holes.contains { Self.ring($0, contains: point) }
    }

    /// Ray casting towards increasing longitude over one ring (closed implicitly).
    static func ring(_ ring: [GeoPoint], contains point: GeoPoint) -> Bool {
        guard ring.count >= 3 else { return false }
        let x = point.longitude, y = point.latitude
        var inside = false
        var previous = ring[ring.count - 1]
        for current in ring {
            if (current.latitude > y) != (previous.latitude > y) {
                let crossing = current.longitude
                    + (y - current.latitude) * (previous.longitude - current.longitude)
                    / (previous.latitude - current.latitude)
                if x < crossing { inside.toggle() }
            }
            previous = current
        }
        return inside
    }

    /// Decodes GeoJSON Polygon coordinates (`[[[longitude, latitude], …], …]`).
    public init(from decoder: any Decoder) throws {
        let rings = try decoder.singleValueContainer().decode([[[Double]]].self)
        guard let first = rings.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a polygon needs an exterior ring"))
        }
        func points(_ ring: [[Double]]) throws -> [GeoPoint] {
            try ring.map { position in
                guard position.count >= 2 else {
                    throw DecodingError.dataCorrupted(.init(
                        codingPath: decoder.codingPath, debugDescription: "a position needs a longitude and a latitude"))
                }
                return GeoPoint(latitude: position[1], longitude: position[0])
            }
        }
        exterior = try points(first)
        holes = try rings.dropFirst().map(points)
    }

    /// Encodes GeoJSON Polygon coordinates (`[[[longitude, latitude], …], …]`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        let rings = [exterior] + holes
        try container.encode(rings.map { $0.map { [$0.longitude, $0.latitude] } })
    }
}

/// The boundary of an area: one or more polygons, holes supported.
///
/// Encoded as GeoJSON MultiPolygon coordinates, `[[[[longitude, latitude], …], …], …]`, so it stores compactly
/// as JSON and can be handed to any map library.
public struct MultiPolygon: Sendable, Codable, Hashable {
    /// The parts of the boundary.
    public var polygons: [GeoPolygon]

    /// Creates a boundary from its polygons.
    public init(polygons: [GeoPolygon]) {
        self.polygons = polygons
    }

    /// The box around all polygons, or `nil` when there are none.
    public var boundingBox: BoundingBox? {
        polygons.compactMap(\.boundingBox).reduce(nil) { box, next in box.map { $0.union(next) } ?? next }
    }

    /// Whether `point` lies inside any of the polygons (and outside that polygon's holes).
    public func contains(_ point: GeoPoint) -> Bool {
        polygons.contains { polygon in
            (polygon.boundingBox?.contains(point) ?? false) && polygon.contains(point)
        }
    }

    /// Decodes GeoJSON MultiPolygon coordinates.
    public init(from decoder: any Decoder) throws {
        polygons = try decoder.singleValueContainer().decode([GeoPolygon].self)
    }

    /// Encodes GeoJSON MultiPolygon coordinates.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(polygons)
    }
}
