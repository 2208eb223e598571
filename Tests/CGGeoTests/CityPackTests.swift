import Foundation
import Testing

@testable import CGGeo

@Suite("City packs")
struct CityPackTests {
    static let expectedAreaCounts = [
        "london": 33, "greater-manchester": 10, "barcelona": 10, "paris": 20, "rotterdam": 14, "stockholm": 13,
    ]

    @Test("the six cities are there, each found by its id")
    func sixCities() {
        #expect(CityPacks.all.map(\.id) == ["london", "greater-manchester", "barcelona", "paris", "rotterdam", "stockholm"])
        for pack in CityPacks.all {
            #expect(CityPacks.pack(id: pack.id) == pack)
        }
        #expect(CityPacks.pack(id: "atlantis") == nil)
    }

    @Test("each pack has its expected number of areas", arguments: CityPacks.all)
    func areaCounts(pack: CityPack) {
        #expect(pack.areas.count == Self.expectedAreaCounts[pack.id])
    }

    @Test("codes are unique, non-empty and follow the city's scheme", arguments: CityPacks.all)
    func codes(pack: CityPack) {
        let codes = pack.areas.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes == codes.sorted(), "areas are listed in code order")
        for code in codes {
            switch pack.id {
            case "london": #expect(code.hasPrefix("E09") && code.count == 9)
            case "greater-manchester": #expect(code.hasPrefix("E08") && code.count == 9)
            case "paris": #expect(code.hasPrefix("751") && code.count == 5)
            case "barcelona": #expect(code.count == 2 && code.allSatisfy(\.isNumber))
            default: #expect((2...3).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isUppercase })
            }
        }
        #expect(pack.area(code: codes[0])?.code == codes[0])
        #expect(pack.area(code: "nope") == nil)
    }

    @Test("neighbours exist, are symmetric and exclude the area itself", arguments: CityPacks.all)
    func neighbours(pack: CityPack) {
        let codes = Set(pack.areas.map(\.code))
        for area in pack.areas {
            #expect(!area.neighbours.isEmpty, "\(area.code) has neighbours")
            #expect(Set(area.neighbours).count == area.neighbours.count)
            #expect(!area.neighbours.contains(area.code))
            for neighbour in area.neighbours {
                #expect(codes.contains(neighbour), "\(area.code) → \(neighbour) exists")
                #expect(
                    pack.area(code: neighbour)?.neighbours.contains(area.code) == true,
                    "\(neighbour) lists \(area.code) back")
            }
        }
    }

    @Test("the neighbour graph is connected", arguments: CityPacks.all)
    func connected(pack: CityPack) {
        var seen: Set<String> = [pack.areas[0].code]
        var queue = [pack.areas[0].code]
        while let code = queue.popLast() {
            for next in pack.area(code: code)?.neighbours ?? [] where seen.insert(next).inserted { queue.append(next) }
        }
        #expect(seen.count == pack.areas.count)
    }

    @Test("tiles are unique and inside the grid", arguments: CityPacks.all)
    func tiles(pack: CityPack) {
        let tiles = pack.areas.map(\.tile)
        #expect(Set(tiles).count == tiles.count)
        for tile in tiles {
            #expect((0..<pack.gridColumns).contains(tile.column))
            #expect((0..<pack.gridRows).contains(tile.row))
        }
        #expect(tiles.contains { $0.column == pack.gridColumns - 1 }, "no empty last column")
        #expect(tiles.contains { $0.row == pack.gridRows - 1 }, "no empty last row")
    }

    @Test("centroids lie inside the bounds, which are a sensible size", arguments: CityPacks.all)
    func centroidsAndBounds(pack: CityPack) {
        let bounds = pack.bounds
        #expect(bounds.minLatitude < bounds.maxLatitude && bounds.minLongitude < bounds.maxLongitude)
        #expect(bounds.maxLatitude - bounds.minLatitude < 1 && bounds.maxLongitude - bounds.minLongitude < 1.5)
        for area in pack.areas {
            #expect(bounds.contains(area.centroid), "\(area.code) centroid inside bounds")
        }
    }

    @Test("names, languages and time zones are filled in", arguments: CityPacks.all)
    func metadata(pack: CityPack) {
        #expect(!pack.name.isEmpty && !pack.englishName.isEmpty && !pack.areaKind.isEmpty)
        #expect(pack.countryCode.count == 2)
        #expect(!pack.languages.isEmpty)
        #expect(TimeZone(identifier: pack.timeZone) != nil)
        for area in pack.areas {
            #expect(!area.localName.isEmpty && !area.englishName.isEmpty)
        }
    }

    @Test("Barcelona speaks Catalan and Spanish; local names are Catalan")
    func barcelona() throws {
        let pack = try #require(CityPacks.pack(id: "barcelona"))
        #expect(pack.languages == ["ca", "es"])
        #expect(pack.area(code: "03")?.localName == "Sants-Montjuïc")
        #expect(pack.area(code: "03")?.aliases.contains("Sants Montjuic") == true)
    }

    @Test("Paris arrondissements carry their ordinal aliases")
    func parisAliases() throws {
        let area = try #require(CityPacks.paris.area(code: "75118"))
        #expect(area.localName == "18e arrondissement")
        #expect(area.englishName == "18th arrondissement")
        for alias in ["18e", "18ème arrondissement", "XVIIIe", "Paris 18", "75018", "Buttes-Montmartre"] {
            #expect(area.aliases.contains(alias), "\(alias)")
        }
        #expect(CityPacks.paris.area(code: "75101")?.aliases.contains("1er") == true)
    }

    @Test("a pack survives a JSON round trip")
    func codable() throws {
        let data = try JSONEncoder().encode(CityPacks.stockholm)
        #expect(try JSONDecoder().decode(CityPack.self, from: data) == CityPacks.stockholm)
    }

    @Test("London's tile grid is London Squared's", .enabled(if: GeoData.available, GeoData.skipMessage))
    func londonSquared() throws {
        let text = try String(contentsOf: GeoData.file("london_squared_grid.csv"), encoding: .utf8)
        var rows = 0
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 5, let column = Int(fields[1]), let row = Int(fields[2]) else { continue }
            rows += 1
            #expect(CityPacks.london.area(code: fields[4])?.tile == TilePosition(column: column, row: row), "\(fields[4])")
        }
        #expect(rows == 33)
    }
}
