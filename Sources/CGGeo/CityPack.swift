/// One area of a city (a borough, districte, arrondissement, gebied or stadsdelsområde) as the product knows it.
public struct Area: Sendable, Codable, Hashable {
    /// A stable code, unique within its city (ONS, INSEE or district codes where a city has them).
    public var code: String
    /// The area's name in the city's own language.
    public var localName: String
    /// The area's name as English-language publications write it.
    public var englishName: String
    /// An approximate centroid (about three decimals), inside the area.
    public var centroid: GeoPoint
    /// The area's cell on the city's tile grid.
    public var tile: TilePosition
    /// Codes of the areas that share a boundary with this one (the relation is symmetric).
    public var neighbours: [String]
    /// Other names a person may use: abbreviations, common misspellings, names in other languages,
    /// neighbourhoods wholly inside the area. They feed boundary import and the ``Gazetteer``.
    public var aliases: [String]

    /// Creates an area; see the properties for the meaning of each field.
    public init(
        code: String, localName: String, englishName: String, centroid: GeoPoint, tile: TilePosition,
        neighbours: [String], aliases: [String]
    ) {
        self.code = code
        self.localName = localName
        self.englishName = englishName
        self.centroid = centroid
        self.tile = tile
        self.neighbours = neighbours
        self.aliases = aliases
    }
}

/// A built-in city: its areas with codes, names, centroids, tile-grid positions and neighbours.
public struct CityPack: Sendable, Codable, Hashable, Identifiable {
    /// The city's slug, such as `london` or `greater-manchester`.
    public var id: String
    /// The city's name in its own language.
    public var name: String
    /// The city's name in English.
    public var englishName: String
    /// ISO 3166-1 alpha-2 country code.
    public var countryCode: String
    /// BCP-47 codes of the languages spoken and written in the city, most used first.
    public var languages: [String]
    /// The IANA time zone, such as `Europe/London`.
    public var timeZone: String
    /// What the city calls its areas, in its own language (e.g. `borough`, `arrondissement`).
    public var areaKind: String
    /// A box that encloses the whole city with a small margin; points outside it are not placed.
    public var bounds: BoundingBox
    /// The number of columns of the tile grid.
    public var gridColumns: Int
    /// The number of rows of the tile grid.
    public var gridRows: Int
    /// The areas, in code order.
    public var areas: [Area]

    /// Creates a city pack; see the properties for the meaning of each field.
    public init(
        id: String, name: String, englishName: String, countryCode: String, languages: [String],
        timeZone: String, areaKind: String, bounds: BoundingBox, gridColumns: Int, gridRows: Int, areas: [Area]
    ) {
        self.id = id
        self.name = name
        self.englishName = englishName
        self.countryCode = countryCode
        self.languages = languages
        self.timeZone = timeZone
        self.areaKind = areaKind
        self.bounds = bounds
        self.gridColumns = gridColumns
        self.gridRows = gridRows
        self.areas = areas
    }

    /// The area with this code, or `nil`.
    public func area(code: String) -> Area? {
        areas.first { $0.code == code }
    }
}

/// The built-in city packs.
public enum CityPacks {
    /// Every built-in pack: London, Greater Manchester, Barcelona, Paris, Rotterdam and Stockholm.
    public static let all: [CityPack] = [london, greaterManchester, barcelona, paris, rotterdam, stockholm]

    /// The pack with this slug (`london`, `greater-manchester`, `barcelona`, `paris`, `rotterdam`, `stockholm`).
    public static func pack(id: String) -> CityPack? {
        all.first { $0.id == id }
    }
}

extension Area {
    /// A compact form for the built-in packs: one name (local and English alike), centroid and tile as tuples.
    init(
        _ code: String, _ name: String, _ latitude: Double, _ longitude: Double, tile: (Int, Int),
        neighbours: [String], aliases: [String]
    ) {
        self.init(
            code, name, english: name, latitude, longitude, tile: tile, neighbours: neighbours, aliases: aliases)
    }

    /// A compact form for the built-in packs with distinct local and English names.
    init(
        _ code: String, _ localName: String, english: String, _ latitude: Double, _ longitude: Double,
        tile: (Int, Int), neighbours: [String], aliases: [String]
    ) {
        self.init(
            code: code, localName: localName, englishName: english,
            centroid: GeoPoint(latitude: latitude, longitude: longitude),
            tile: TilePosition(column: tile.0, row: tile.1), neighbours: neighbours, aliases: aliases)
    }
}
