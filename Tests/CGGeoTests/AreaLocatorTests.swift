import Foundation
import Testing

@testable import CGGeo

@Suite("Area locator")
struct AreaLocatorTests {
    @Test("without boundaries every centroid places in its own area", arguments: CityPacks.all)
    func centroidsPlaceThemselves(pack: CityPack) throws {
        let locator = AreaLocator(pack: pack)
        #expect(!locator.hasBoundaries)
        for area in pack.areas {
            let placement = try #require(locator.locate(area.centroid))
            #expect(placement.areaCode == area.code)
            #expect(placement.method == .nearestCentroid)
            #expect(placement.confidence == AreaLocator.nearestCentroidMaximumConfidence)
        }
    }

    @Test("nearest centroid: a point near Tower Hamlets' centroid goes there, with less confidence further away")
    func nearestCentroid() throws {
        let locator = AreaLocator(pack: CityPacks.london)
        let near = try #require(locator.locate(GeoPoint(latitude: 51.517, longitude: -0.036)))
        let further = try #require(locator.locate(GeoPoint(latitude: 51.505, longitude: -0.030)))
        #expect(near.areaCode == "E09000030")
        #expect(further.areaCode == "E09000030")
        #expect(near.confidence > further.confidence)
        #expect(further.confidence > 0 && near.confidence <= 0.6)
        #expect(further.distanceToCentroidMetres > near.distanceToCentroidMetres)
    }

    @Test("points outside the city's bounds are not placed", arguments: CityPacks.all)
    func outsideBounds(pack: CityPack) {
        let locator = AreaLocator(pack: pack)
        let b = pack.bounds
        #expect(locator.locate(GeoPoint(latitude: b.maxLatitude + 0.01, longitude: b.minLongitude)) == nil)
        #expect(locator.locate(GeoPoint(latitude: b.minLatitude, longitude: b.minLongitude - 0.01)) == nil)
        #expect(locator.locate(GeoPoint(latitude: 0, longitude: 0)) == nil)
        #expect(locator.locate(GeoPoint(latitude: .nan, longitude: 0)) == nil)
        #expect(locator.locate(GeoPoint(latitude: 91, longitude: 0)) == nil)
    }

    /// Two made-up areas of Barcelona: Ciutat Vella a square with a hole, Eixample a square next to it.
    static let handMade: [String: MultiPolygon] = [
        "01": MultiPolygon(polygons: [GeoPolygon(exterior: square(41.37, 2.17, size: 0.02), holes: [square(41.375, 2.175, size: 0.005)])]),
        "02": MultiPolygon(polygons: [GeoPolygon(exterior: square(41.39, 2.15, size: 0.02))]),
    ]

    @Test("with boundaries a point inside one is placed by boundary, confidence 1")
    func boundary() throws {
        let locator = AreaLocator(pack: CityPacks.barcelona, boundaries: Self.handMade)
        #expect(locator.hasBoundaries)
        // Nearer Eixample's centroid than Ciutat Vella's, but inside Ciutat Vella's square.
        let placement = try #require(locator.locate(GeoPoint(latitude: 41.389, longitude: 2.171)))
        #expect(placement == AreaPlacement(
            areaCode: "01", method: .boundary, confidence: 1,
            distanceToCentroidMetres: placement.distanceToCentroidMetres))
        #expect(locator.locate(GeoPoint(latitude: 41.40, longitude: 2.16))?.areaCode == "02")
    }

    @Test("a point in a hole, or in no boundary but inside the bounds, falls back to the nearest centroid")
    func fallback() throws {
        let locator = AreaLocator(pack: CityPacks.barcelona, boundaries: Self.handMade)
        let inHole = try #require(locator.locate(GeoPoint(latitude: 41.3775, longitude: 2.1775)))
        #expect(inHole.method == .nearestCentroid)
        #expect(!["01", "02"].contains(inHole.areaCode), "not in an area whose boundary excludes it")
        #expect(locator.nearestCentroid(GeoPoint(latitude: 41.3775, longitude: 2.1775))?.areaCode == "01")
        let inSantMartí = try #require(locator.locate(CityPacks.barcelona.area(code: "10")!.centroid))
        #expect(inSantMartí == AreaPlacement(
            areaCode: "10", method: .nearestCentroid, confidence: 0.6, distanceToCentroidMetres: 0))
        #expect(locator.locate(GeoPoint(latitude: 41.6, longitude: 2.17)) == nil)
    }

    @Test("boundaries of codes the pack lacks are ignored")
    func unknownCodes() {
        let locator = AreaLocator(pack: CityPacks.barcelona, boundaries: ["99": Self.handMade["02"]!])
        #expect(!locator.hasBoundaries)
        #expect(locator.locate(GeoPoint(latitude: 41.40, longitude: 2.16))?.method == .nearestCentroid)
    }
}
