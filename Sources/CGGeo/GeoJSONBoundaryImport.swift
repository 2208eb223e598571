import Foundation

/// What a boundary import found: a boundary per matched area, and what could not be matched.
public struct BoundaryImportResult: Sendable, Codable, Hashable {
    /// Area code → its boundary. Several features that map to one area (finer units, or islands) are merged.
    public var boundaries: [String: MultiPolygon]
    /// Features that matched no area, described as `feature N (value)` with the first name-like value found.
    public var unmatchedFeatures: [String]
    /// Codes of the pack's areas that no feature matched; they keep being placed by nearest centroid.
    public var areasWithoutBoundary: [String]
    /// How many features were matched to an area.
    public var matchedFeatureCount: Int

    /// Creates a result; see the properties for the meaning of each field.
    public init(
        boundaries: [String: MultiPolygon], unmatchedFeatures: [String], areasWithoutBoundary: [String],
        matchedFeatureCount: Int
    ) {
        self.boundaries = boundaries
        self.unmatchedFeatures = unmatchedFeatures
        self.areasWithoutBoundary = areasWithoutBoundary
        self.matchedFeatureCount = matchedFeatureCount
    }
}

/// Why a boundary file was refused. ``reason`` is a sentence for the person who supplied the file.
public enum BoundaryImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The data is not JSON, or not a GeoJSON FeatureCollection or Feature.
    case notGeoJSON(reason: String)
    /// A feature's geometry is of a type other than Polygon or MultiPolygon (its index and type).
    case unsupportedGeometry(feature: Int, type: String)
    /// A feature's coordinates are malformed or not WGS84 longitude/latitude (its index and what is wrong).
    case invalidGeometry(feature: Int, reason: String)
    /// No feature matched any area of the pack.
    case noFeaturesMatched(city: String, featureCount: Int, triedKeys: [String])

    /// A human explanation of the error.
    public var reason: String {
        switch self {
        case .notGeoJSON(let reason):
            return "not a GeoJSON FeatureCollection: \(reason)"
        case .unsupportedGeometry(let feature, let type):
            return "feature \(feature) is a \(type); only Polygon and MultiPolygon features can be area boundaries"
        case .invalidGeometry(let feature, let reason):
            return "feature \(feature) has unusable coordinates: \(reason)"
        case .noFeaturesMatched(let city, let count, let keys):
            return "none of the \(count) features matched an area of \(city) by the properties "
                + keys.joined(separator: ", ") + "; name the property that holds the area's code or name"
        }
    }

    /// The same as ``reason``.
    public var description: String { reason }
}

/// Reads a GeoJSON FeatureCollection of area boundaries and matches each feature to an area of a ``CityPack``.
///
/// A feature is matched by the value of one of its properties: the caller's `property` if given (only that one),
/// otherwise the first of ``defaultPropertyKeys`` (compared case-insensitively) whose value is an area's code,
/// local name, English name or alias after case and diacritics folding. Several features may map to the same
/// area (Stockholm's 117 stadsdelar become 13 stadsdelsområden by their names or by a `stadsdelsomrade`
/// property; Rotterdam's port units join their gebied); their polygons are merged.
public enum GeoJSONBoundaryImport {
    /// The property keys tried, in order, when the caller names none: keys of a parent unit first (for files
    /// finer than the pack's areas), then code keys, then name keys.
    public static let defaultPropertyKeys: [String] = [
        "stadsdelsomrade", "stadsdelsomrade_best_effort", "stadsdelsområde", "sdo",
        "code", "area_code", "gss_code", "lad13cd", "lad22cd", "ons_code", "c_arinsee", "insee", "districte",
        "codi_districte", "codi_ua", "gebiedcode", "wijkcode",
        "name", "nom", "nombre", "l_aroff", "l_ar", "naam", "gebiednaam", "wijknaam", "namn", "lad13nm", "lad22nm",
        "nom_districte", "label", "title",
    ]

    /// Parses `data` and matches its features to `pack`'s areas.
    ///
    /// - Parameters:
    ///   - data: a GeoJSON FeatureCollection (or a single Feature) of Polygon/MultiPolygon features in WGS84.
    ///   - pack: the city whose areas the features are matched to.
    ///   - property: the feature property holding the area's code or name; `nil` tries ``defaultPropertyKeys``.
    /// - Throws: ``BoundaryImportError`` when the data is not GeoJSON, a geometry is not a polygon or has bad
    ///   coordinates, or no feature matched any area.
    public static func parse(
        data: Data, pack: CityPack, property: String? = nil
    ) throws(BoundaryImportError) -> BoundaryImportResult {
        let features = try decodeFeatures(data)
        let index = AreaNameIndex(pack: pack)
        let keys = property.map { [$0] } ?? defaultPropertyKeys
        var polygons: [String: [GeoPolygon]] = [:]
        var unmatched: [String] = []
        var matched = 0
        for (number, feature) in features.enumerated() {
            guard let geometry = feature.geometry else {
                unmatched.append(label(feature, number: number, keys: keys) + " without geometry")
                continue
            }
            guard let parts = geometry.polygons else {
                throw .unsupportedGeometry(feature: number, type: geometry.type)
            }
            let converted = try convert(parts, feature: number)
            guard let code = match(feature, keys: keys, index: index) else {
                unmatched.append(label(feature, number: number, keys: keys))
                continue
            }
            matched += 1
            polygons[code, default: []] += converted
        }
        guard matched > 0 else {
            throw .noFeaturesMatched(city: pack.englishName, featureCount: features.count, triedKeys: keys)
        }
        return BoundaryImportResult(
            boundaries: polygons.mapValues { MultiPolygon(polygons: $0) },
            unmatchedFeatures: unmatched,
            areasWithoutBoundary: pack.areas.map(\.code).filter { polygons[$0] == nil },
            matchedFeatureCount: matched)
    }

    private static func match(_ feature: RawFeature, keys: [String], index: AreaNameIndex) -> String? {
        for key in keys {
            if let value = feature.property(key), let entry = index.lookup(value) { return entry.areaCode }
        }
        return nil
    }

    private static func label(_ feature: RawFeature, number: Int, keys: [String]) -> String {
        let value = keys.lazy.compactMap { feature.property($0) }.first
            ?? feature.properties.sorted { $0.key < $1.key }.lazy.compactMap(\.value.text).first
        return value.map { "feature \(number) (\($0))" } ?? "feature \(number)"
    }

    private static func convert(_ parts: [[[[Double]]]], feature: Int) throws(BoundaryImportError) -> [GeoPolygon] {
        var result: [GeoPolygon] = []
        for rings in parts {
            var converted: [[GeoPoint]] = []
            for ring in rings {
                var points: [GeoPoint] = []
                points.reserveCapacity(ring.count)
                for position in ring {
                    guard position.count >= 2 else {
                        throw .invalidGeometry(feature: feature, reason: "a position has fewer than two numbers")
                    }
                    let point = GeoPoint(latitude: position[1], longitude: position[0])
                    guard point.isValid else {
                        throw .invalidGeometry(
                            feature: feature,
                            reason: "(\(position[0]), \(position[1])) is not a longitude/latitude pair; the file may be "
                                + "in a projected system (such as British National Grid or SWEREF 99) — convert it to WGS84")
                    }
                    points.append(point)
                }
                guard points.count >= 3 else {
                    throw .invalidGeometry(feature: feature, reason: "a ring has fewer than three positions")
                }
                converted.append(points)
            }
            guard let exterior = converted.first else {
                throw .invalidGeometry(feature: feature, reason: "a polygon has no rings")
            }
            result.append(GeoPolygon(exterior: exterior, holes: Array(converted.dropFirst())))
        }
        return result
    }

    private static func decodeFeatures(_ data: Data) throws(BoundaryImportError) -> [RawFeature] {
        let document: RawDocument
        do {
            document = try JSONDecoder().decode(RawDocument.self, from: data)
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            throw .notGeoJSON(reason: "the file is not valid JSON")
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw .notGeoJSON(reason: "the file could not be read as JSON")
        }
        switch document.type {
        case "FeatureCollection":
            guard let features = document.features else {
                throw .notGeoJSON(reason: "the FeatureCollection has no \"features\" array")
            }
            return features
        case "Feature":
            return [RawFeature(properties: document.properties ?? [:], geometry: document.geometry)]
        case let other:
            throw .notGeoJSON(reason: "its type is \"\(other)\"; a FeatureCollection of Polygon/MultiPolygon features is needed")
        }
    }

    /// Turns a decoding error inside the document into the feature it concerns.
    private static func describe(_ error: DecodingError) -> BoundaryImportError {
        let path: [any CodingKey]
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
            .keyNotFound(_, let context):
            path = context.codingPath
        @unknown default:
            path = []
        }
        if case .keyNotFound(let key, let context) = error, context.codingPath.isEmpty {
            return .notGeoJSON(reason: "it has no \"\(key.stringValue)\" member")
        }
        if path.first?.stringValue == "features", path.count > 1, let number = path[1].intValue {
            return .invalidGeometry(feature: number, reason: "its coordinates are not arrays of numbers")
        }
        return .notGeoJSON(reason: "its structure is not GeoJSON")
    }
}

// MARK: - The parts of GeoJSON the import reads

private struct RawDocument: Decodable {
    var type: String
    var features: [RawFeature]?
    var properties: [String: PropertyValue]?
    var geometry: RawGeometry?
}

private struct RawFeature: Decodable {
    var properties: [String: PropertyValue]
    var geometry: RawGeometry?

    init(properties: [String: PropertyValue], geometry: RawGeometry?) {
        self.properties = properties
        self.geometry = geometry
    }

    enum CodingKeys: String, CodingKey { case properties, geometry }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        properties = try container.decodeIfPresent([String: PropertyValue].self, forKey: .properties) ?? [:]
        geometry = try container.decodeIfPresent(RawGeometry.self, forKey: .geometry)
    }

    /// The text of the property named `key`, compared case-insensitively.
    func property(_ key: String) -> String? {
        if let value = properties[key] { return value.text }
        let lowered = key.lowercased()
        return properties.first { $0.key.lowercased() == lowered }?.value.text
    }
}

private struct RawGeometry: Decodable {
    var type: String
    /// The polygons for Polygon and MultiPolygon geometries; `nil` for any other type.
    var polygons: [[[[Double]]]]?

    enum CodingKeys: String, CodingKey { case type, coordinates }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        switch type {
        case "Polygon": polygons = [try container.decode([[[Double]]].self, forKey: .coordinates)]
        case "MultiPolygon": polygons = try container.decode([[[[Double]]]].self, forKey: .coordinates)
        default: polygons = nil
        }
    }
}

/// A feature property: only strings and numbers can name an area.
private enum PropertyValue: Decodable {
    case string(String)
    case number(Double)
    case other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .other
        }
    }

    var text: String? {
        switch self {
        case .string(let string): return string
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .other: return nil
        }
    }
}
