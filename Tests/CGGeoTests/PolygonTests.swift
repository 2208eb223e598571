import Foundation
import Testing

@testable import CGGeo

/// A square ring from (south, west) of the given size, counter-clockwise, not closed.
func square(_ south: Double, _ west: Double, size: Double) -> [GeoPoint] {
    [
        GeoPoint(latitude: south, longitude: west), GeoPoint(latitude: south, longitude: west + size),
        GeoPoint(latitude: south + size, longitude: west + size), GeoPoint(latitude: south + size, longitude: west),
    ]
}

@Suite("Polygons")
struct PolygonTests {
    let withHole = GeoPolygon(exterior: square(0, 0, size: 10), holes: [square(4, 4, size: 2)])

    @Test("a point inside the exterior and outside the hole is inside")
    func inside() {
        #expect(withHole.contains(GeoPoint(latitude: 1, longitude: 1)))
        #expect(withHole.contains(GeoPoint(latitude: 5, longitude: 3.9)))
        #expect(withHole.contains(GeoPoint(latitude: 9.99, longitude: 9.99)))
    }

    @Test("a point in the hole or outside the exterior is outside")
    func outside() {
        #expect(!withHole.contains(GeoPoint(latitude: 5, longitude: 5)))
        #expect(!withHole.contains(GeoPoint(latitude: -1, longitude: 5)))
        #expect(!withHole.contains(GeoPoint(latitude: 5, longitude: 10.5)))
        #expect(!withHole.contains(GeoPoint(latitude: 11, longitude: 11)))
    }

    @Test("a concave polygon: the notch is outside")
    func concave() {
        // A "U": the notch between the arms is open to the north.
        let u = GeoPolygon(exterior: [
            GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 0, longitude: 3), GeoPoint(latitude: 3, longitude: 3),
            GeoPoint(latitude: 3, longitude: 2), GeoPoint(latitude: 1, longitude: 2), GeoPoint(latitude: 1, longitude: 1),
            GeoPoint(latitude: 3, longitude: 1), GeoPoint(latitude: 3, longitude: 0),
        ])
        #expect(u.contains(GeoPoint(latitude: 2, longitude: 0.5)))
        #expect(u.contains(GeoPoint(latitude: 2, longitude: 2.5)))
        #expect(u.contains(GeoPoint(latitude: 0.5, longitude: 1.5)))
        #expect(!u.contains(GeoPoint(latitude: 2, longitude: 1.5)))
    }

    @Test("a closed ring (first point repeated) behaves like an open one")
    func closedRing() {
        let ring = square(0, 0, size: 1)
        let closed = GeoPolygon(exterior: ring + [ring[0]])
        #expect(closed.contains(GeoPoint(latitude: 0.5, longitude: 0.5)))
        #expect(!closed.contains(GeoPoint(latitude: 1.5, longitude: 0.5)))
    }

    @Test("a multipolygon contains the points of each part, not the gap between them")
    func multipolygon() {
        let islands = MultiPolygon(polygons: [withHole, GeoPolygon(exterior: square(20, 20, size: 1))])
        #expect(islands.contains(GeoPoint(latitude: 20.5, longitude: 20.5)))
        #expect(islands.contains(GeoPoint(latitude: 1, longitude: 1)))
        #expect(!islands.contains(GeoPoint(latitude: 15, longitude: 15)))
        #expect(!islands.contains(GeoPoint(latitude: 5, longitude: 5)))
        #expect(islands.boundingBox == BoundingBox(minLatitude: 0, minLongitude: 0, maxLatitude: 21, maxLongitude: 21))
    }

    @Test("a multipolygon encodes as GeoJSON coordinates and decodes back")
    func codable() throws {
        let boundary = MultiPolygon(polygons: [withHole])
        let data = try JSONEncoder().encode(boundary)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.hasPrefix("[[[[0,0],[10,0],[10,10],[0,10]],[[4,4],[6,4],[6,6],[4,6]]]]"))
        #expect(try JSONDecoder().decode(MultiPolygon.self, from: data) == boundary)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(MultiPolygon.self, from: Data("[[[[1]]]]".utf8)) }
    }

    @Test("bounding boxes include their edges")
    func boundingBox() {
        let box = BoundingBox(minLatitude: 1, minLongitude: 2, maxLatitude: 3, maxLongitude: 4)
        #expect(box.contains(GeoPoint(latitude: 1, longitude: 2)))
        #expect(box.contains(GeoPoint(latitude: 2, longitude: 3)))
        #expect(!box.contains(GeoPoint(latitude: 0.99, longitude: 3)))
        #expect(!box.contains(GeoPoint(latitude: 2, longitude: 4.01)))
    }

    @Test("haversine distance: London to Paris is about 344 km")
    func distance() {
        let london = GeoPoint(latitude: 51.5074, longitude: -0.1278)
        let paris = GeoPoint(latitude: 48.8566, longitude: 2.3522)
        #expect(abs(london.distance(to: paris) - 343_500) < 1_500)
        #expect(london.distance(to: london) == 0)
    }
}
