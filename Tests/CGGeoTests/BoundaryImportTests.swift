import Foundation
import Testing

@testable import CGGeo

@Suite("GeoJSON boundary import")
struct BoundaryImportTests {
    static func collection(_ features: String...) -> Data {
        Data("{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}".utf8)
    }

    static func feature(_ properties: String, _ geometry: String = polygon(41.37, 2.17)) -> String {
        "{\"type\":\"Feature\",\"properties\":{\(properties)},\"geometry\":\(geometry)}"
    }

    static func polygon(_ south: Double, _ west: Double, size: Double = 0.01) -> String {
        let ring = square(south, west, size: size).map { "[\($0.longitude),\($0.latitude)]" }
        return "{\"type\":\"Polygon\",\"coordinates\":[[\(ring.joined(separator: ",")),\(ring[0])]]}"
    }

    @Test("features match by code, by name and by alias, folding case and diacritics")
    func matching() throws {
        let data = Self.collection(
            Self.feature("\"DISTRICTE\":\"01\""),
            Self.feature("\"name\":\"SANTS MONTJUIC\"", Self.polygon(41.35, 2.14)),
            Self.feature("\"NOM\":\"gracia\"", Self.polygon(41.40, 2.15)),
            Self.feature("\"name\":\"Atlantis\""))
        let result = try GeoJSONBoundaryImport.parse(data: data, pack: CityPacks.barcelona)
        #expect(Set(result.boundaries.keys) == ["01", "03", "06"])
        #expect(result.unmatchedFeatures == ["feature 3 (Atlantis)"])
        #expect(result.matchedFeatureCount == 3)
        #expect(result.areasWithoutBoundary == ["02", "04", "05", "07", "08", "09", "10"])
        #expect(result.boundaries["01"]?.contains(GeoPoint(latitude: 41.375, longitude: 2.175)) == true)
    }

    @Test("a caller-named property is the only one used")
    func namedProperty() throws {
        let data = Self.collection(Self.feature("\"name\":\"Eixample\",\"district_label\":\"Gràcia\""))
        let result = try GeoJSONBoundaryImport.parse(data: data, pack: CityPacks.barcelona, property: "district_label")
        #expect(Array(result.boundaries.keys) == ["06"])
        #expect(throws: BoundaryImportError.self) {
            try GeoJSONBoundaryImport.parse(data: data, pack: CityPacks.barcelona, property: "missing")
        }
    }

    @Test("several features of one area merge into one multipolygon; numeric codes match")
    func manyToOne() throws {
        let data = Self.collection(
            Self.feature("\"c_arinsee\":75104", Self.polygon(48.85, 2.35)),
            Self.feature("\"l_aroff\":\"Hôtel-de-Ville\"", Self.polygon(48.86, 2.36)))
        let result = try GeoJSONBoundaryImport.parse(data: data, pack: CityPacks.paris)
        #expect(result.boundaries["75104"]?.polygons.count == 2)
        #expect(result.matchedFeatureCount == 2)
    }

    @Test("MultiPolygon features with holes are read")
    func multiPolygonWithHole() throws {
        let geometry = """
            {"type":"MultiPolygon","coordinates":[[[[2.17,41.37],[2.19,41.37],[2.19,41.39],[2.17,41.39],[2.17,41.37]],\
            [[2.175,41.375],[2.18,41.375],[2.18,41.38],[2.175,41.38],[2.175,41.375]]]]}
            """
        let result = try GeoJSONBoundaryImport.parse(
            data: Self.collection(Self.feature("\"name\":\"Ciutat Vella\"", geometry)), pack: CityPacks.barcelona)
        let boundary = try #require(result.boundaries["01"])
        #expect(boundary.polygons.first?.holes.count == 1)
        #expect(!boundary.contains(GeoPoint(latitude: 41.3775, longitude: 2.1775)))
        #expect(boundary.contains(GeoPoint(latitude: 41.372, longitude: 2.172)))
    }

    @Test("malformed input gives a typed error with a reason", arguments: [
        ("not json", "not valid JSON"),
        ("[1,2,3]", "not GeoJSON"),
        ("{\"features\":[]}", "no \"type\""),
        ("{\"type\":\"Polygon\",\"coordinates\":[]}", "FeatureCollection"),
        ("{\"type\":\"FeatureCollection\"}", "no \"features\""),
    ])
    func malformed(input: String, expected: String) {
        #expect {
            try GeoJSONBoundaryImport.parse(data: Data(input.utf8), pack: CityPacks.paris)
        } throws: { error in
            guard let error = error as? BoundaryImportError, case .notGeoJSON = error else { return false }
            return error.reason.contains(expected)
        }
    }

    @Test("a point feature is an unsupported geometry")
    func unsupportedGeometry() {
        let data = Self.collection(Self.feature("\"name\":\"Eixample\"", "{\"type\":\"Point\",\"coordinates\":[2.16,41.39]}"))
        #expect(throws: BoundaryImportError.unsupportedGeometry(feature: 0, type: "Point")) {
            try GeoJSONBoundaryImport.parse(data: data, pack: CityPacks.barcelona)
        }
    }

    @Test("projected or garbled coordinates are refused")
    func invalidCoordinates() {
        let projected = "{\"type\":\"Polygon\",\"coordinates\":[[[530000,180000],[531000,180000],[531000,181000],[530000,180000]]]}"
        #expect {
            try GeoJSONBoundaryImport.parse(data: Self.collection(Self.feature("\"name\":\"Camden\"", projected)), pack: CityPacks.london)
        } throws: { error in
            guard case .invalidGeometry(0, let reason) = error as? BoundaryImportError else { return false }
            return reason.contains("WGS84")
        }
        let strings = "{\"type\":\"Polygon\",\"coordinates\":[[[\"a\",\"b\"]]]}"
        #expect {
            try GeoJSONBoundaryImport.parse(
                data: Self.collection(Self.feature("\"name\":\"Camden\""), Self.feature("\"name\":\"Camden\"", strings)),
                pack: CityPacks.london)
        } throws: { error in
            guard case .invalidGeometry(1, _) = error as? BoundaryImportError else { return false }
            return true
        }
    }

    @Test("a file whose features match no area is refused")
    func noMatch() {
        let data = Self.collection(Self.feature("\"name\":\"Atlantis\""), Self.feature("\"foo\":1"))
        #expect {
            try GeoJSONBoundaryImport.parse(data: data, pack: CityPacks.barcelona)
        } throws: { error in
            guard case .noFeaturesMatched(_, 2, let keys) = error as? BoundaryImportError else { return false }
            return keys == GeoJSONBoundaryImport.defaultPropertyKeys && "\(error)".contains("Barcelona")
        }
    }

    @Test("a feature without geometry is reported, not fatal")
    func nullGeometry() throws {
        let data = Self.collection(Self.feature("\"name\":\"Eixample\""), Self.feature("\"name\":\"Gràcia\"", "null"))
        let result = try GeoJSONBoundaryImport.parse(data: data, pack: CityPacks.barcelona)
        #expect(Array(result.boundaries.keys) == ["02"])
        #expect(result.unmatchedFeatures == ["feature 1 (Gràcia) without geometry"])
    }
}

/// The real boundary files in ../shared/data/geo and the pack each belongs to.
struct RealFile: CustomTestStringConvertible, Sendable {
    var name: String
    var city: String
    var property: String? = nil
    /// Files with the water cut out may leave a centroid in a lake; there the centroid falls back to the nearest one.
    var waterRemoved = false

    var testDescription: String { name + (property.map { " by \($0)" } ?? "") }

    var pack: CityPack { CityPacks.pack(id: city)! }

    /// The file parsed for its pack, once per test run.
    func imported() throws -> BoundaryImportResult {
        try ImportCache.shared.result(for: self)
    }

    static let all: [RealFile] = [
        RealFile(name: "london_boroughs_gla.geojson", city: "london"),
        RealFile(name: "greater_manchester_boroughs.geojson", city: "greater-manchester"),
        RealFile(name: "barcelona_districtes.geojson", city: "barcelona"),
        RealFile(name: "paris_arrondissements.geojson", city: "paris"),
        RealFile(name: "rotterdam_gebieden_clickthathood.geojson", city: "rotterdam"),
        RealFile(name: "stockholm_stadsdelar_fullsize.geojson", city: "stockholm"),
        RealFile(name: "stockholm_stadsdelar_simplified.geojson", city: "stockholm"),
        RealFile(name: "stockholm_stadsdelar_utan_vatten_simplified.geojson", city: "stockholm", waterRemoved: true),
        RealFile(name: "stockholm_stadsdelar_simplified_with_sdo.geojson", city: "stockholm"),
        RealFile(
            name: "stockholm_stadsdelar_simplified_with_sdo.geojson", city: "stockholm",
            property: "stadsdelsomrade_best_effort"),
        RealFile(name: "stockholm_stadsdelsomraden_approx.geojson", city: "stockholm"),
    ]
}

/// Parsed real files, shared by the tests that run in parallel.
final class ImportCache: @unchecked Sendable {
    static let shared = ImportCache()
    private let lock = NSLock()
    private var results: [String: BoundaryImportResult] = [:]

    func result(for file: RealFile) throws -> BoundaryImportResult {
        let key = file.testDescription
        if let cached = lock.withLock({ results[key] }) { return cached }
        let result = try GeoJSONBoundaryImport.parse(data: GeoData.data(file.name), pack: file.pack, property: file.property)
        lock.withLock { results[key] = result }
        return result
    }
}

@Suite("Real boundary files", .enabled(if: GeoData.available, GeoData.skipMessage))
struct RealBoundaryFileTests {
    @Test("every feature matches an area and every area gets a boundary", arguments: RealFile.all)
    func matchesEverything(file: RealFile) throws {
        let result = try file.imported()
        #expect(result.unmatchedFeatures == [])
        #expect(result.areasWithoutBoundary == [])
        #expect(result.boundaries.count == file.pack.areas.count)
    }

    @Test("the pack's bounds enclose every imported boundary", arguments: RealFile.all)
    func boundsEncloseBoundaries(file: RealFile) throws {
        let result = try file.imported()
        let bounds = file.pack.bounds
        let city = try #require(result.boundaries.values.compactMap(\.boundingBox).reduce(nil) { box, next in
            box.map { $0.union(next) } ?? next
        })
        let margins = [
            city.minLatitude - bounds.minLatitude, city.minLongitude - bounds.minLongitude,
            bounds.maxLatitude - city.maxLatitude, bounds.maxLongitude - city.maxLongitude,
        ]
        #expect(margins.allSatisfy { (0...0.03).contains($0) }, "a small margin on every side: \(margins)")
    }

    @Test("neighbours' imported boundaries meet (their boxes overlap)", arguments: RealFile.all)
    func neighboursMeet(file: RealFile) throws {
        let result = try file.imported()
        let boxes = result.boundaries.compactMapValues(\.boundingBox)
        for area in file.pack.areas {
            let box = try #require(boxes[area.code])
            for neighbour in area.neighbours {
                let other = try #require(boxes[neighbour])
                let overlap = box.minLatitude <= other.maxLatitude + 0.001 && other.minLatitude <= box.maxLatitude + 0.001
                    && box.minLongitude <= other.maxLongitude + 0.001 && other.minLongitude <= box.maxLongitude + 0.001
                #expect(overlap, "\(area.code) and \(neighbour)")
            }
        }
    }

    @Test("each area's centroid is placed in that area by its boundary", arguments: RealFile.all)
    func centroidsInTheirAreas(file: RealFile) throws {
        let result = try file.imported()
        let locator = AreaLocator(pack: file.pack, boundaries: result.boundaries)
        for area in file.pack.areas {
            let placement = try #require(locator.locate(area.centroid))
            #expect(placement.areaCode == area.code, "\(area.code) \(area.localName)")
            if !file.waterRemoved { #expect(placement.method == .boundary, "\(area.code) \(area.localName)") }
        }
    }

    @Test("the gazetteer's interior point of every area lies in that area's imported boundary")
    func interiorPoints() throws {
        let text = try String(contentsOf: GeoData.file("gazetteer_six_cities.csv"), encoding: .utf8)
        let files = Dictionary(RealFile.all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var locators: [String: (AreaLocator, AreaNameIndex)] = [:]
        var checked = 0
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 9, let file = files[fields[8]],
                let latitude = Double(fields[6]), let longitude = Double(fields[7])
            else { continue }
            if locators[file.name] == nil {
                let result = try file.imported()
                locators[file.name] = (AreaLocator(pack: file.pack, boundaries: result.boundaries), AreaNameIndex(pack: file.pack))
            }
            let (locator, index) = try #require(locators[file.name])
            let expected = try #require(index.lookup(fields[2]) ?? index.lookup(fields[3]), "\(fields[3]) names an area")
            let placement = locator.locate(GeoPoint(latitude: latitude, longitude: longitude))
            #expect(placement?.areaCode == expected.areaCode, "\(fields[0]) \(fields[3])")
            #expect(placement?.method == .boundary, "\(fields[0]) \(fields[3])")
            checked += 1
        }
        #expect(checked == 33 + 10 + 10 + 20 + 22 + 13)
    }
}

@Suite("Neighbours against real boundaries", .enabled(if: GeoData.available, GeoData.skipMessage))
struct NeighbourAdjacencyTests {
    static let files = RealFile.all.filter { !$0.waterRemoved }

    @Test("every listed pair of neighbours touches in the real file", arguments: files)
    func listedNeighboursTouch(file: RealFile) throws {
        let result = try file.imported()
        let counts = AdjacencyCheck.closeVertexCounts(result.boundaries, toleranceMetres: 60)
        for area in file.pack.areas {
            for neighbour in area.neighbours {
                #expect(counts[.init(area.code, neighbour), default: 0] > 0, "\(area.code)–\(neighbour)")
            }
        }
    }

    /// Areas that meet only at a corner (four Paris arrondissements in the Seine, Lambeth and Bromley at Crystal
    /// Palace) have a few close vertices; areas that share a real stretch of boundary have many.
    @Test("every pair that shares a long stretch of boundary is listed as neighbours", arguments: files)
    func longBoundariesAreListed(file: RealFile) throws {
        let result = try file.imported()
        let counts = AdjacencyCheck.closeVertexCounts(result.boundaries, toleranceMetres: 20)
        for (pair, count) in counts where count >= 50 {
            #expect(file.pack.area(code: pair.first)?.neighbours.contains(pair.second) == true, "\(pair): \(count) close vertices")
        }
    }
}
