import ArgumentParser
import CGGeo
import CGStorage
import CGWeb
import Foundation

/// `commonground geo`: city packs, boundary import and the area lookup.
struct GeoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geo", abstract: "City packs and area boundaries.",
        subcommands: [List.self, Import.self, Locate.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the built-in city packs.")

        func run() async throws {
            for pack in CityPacks.all {
                print("\(pack.id)\t\(pack.englishName)\t\(pack.areas.count) \(pack.areaKind) areas\tlanguages: \(pack.languages.joined(separator: ","))")
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load exact area boundaries from a GeoJSON FeatureCollection, replacing the city's previous ones.")

        @Argument(help: "City id.") var city: String
        @Argument(help: "GeoJSON file of Polygon/MultiPolygon features.") var file: String
        @Option(help: "The feature property that names or codes the area (default: tried automatically).")
        var property: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let pack = CityPacks.pack(id: city) else {
                throw ValidationError("unknown city '\(city)'; one of: \(CityPacks.all.map(\.id).joined(separator: ", "))")
            }
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw ValidationError("cannot read \(file): \(error.localizedDescription)")
            }
            let result: BoundaryImportResult
            do {
                result = try GeoJSONBoundaryImport.parse(data: data, pack: pack, property: property)
            } catch {
                throw ValidationError("\(file): \(error)")
            }
            let settings = try database.settings()
            try await runReportingErrors {
                try await ApplicationRunner.with(settings) { app in
                    try await app.cg.areas.replaceBoundaries(
                        result.boundaries, city: pack.id, audit: app.cg.audit,
                        actor: AuditEvent(
                            actorID: nil, actorLabel: "command line", action: .boundariesImported,
                            recordType: "city", recordID: pack.id, cityID: pack.id,
                            detail: "areas=\(result.boundaries.count)"),
                        now: app.cg.clock.now(), on: app.db)
                }
                print("Imported boundaries for \(result.boundaries.count) of \(pack.areas.count) areas of \(pack.englishName).")
                if !result.unmatchedFeatures.isEmpty {
                    print("Features matched to no area: \(result.unmatchedFeatures.joined(separator: ", "))")
                }
                if !result.areasWithoutBoundary.isEmpty {
                    print("Areas still without a boundary (nearest centroid is used): \(result.areasWithoutBoundary.joined(separator: ", "))")
                }
            }
        }
    }

    struct Locate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the area a coordinate lies in.")

        @Argument(help: "City id.") var city: String
        // Options rather than arguments: a western longitude starts with "-" and would read as a flag.
        @Option(name: .customLong("lat"), parsing: .unconditional, help: "Latitude (WGS84).") var latitude: Double
        @Option(name: .customLong("lon"), parsing: .unconditional, help: "Longitude (WGS84).") var longitude: Double
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let pack = CityPacks.pack(id: city) else { throw ValidationError("unknown city '\(city)'") }
            let settings = try database.settings()
            let point = GeoPoint(latitude: latitude, longitude: longitude)
            try await runReportingErrors {
                let placement = try await ApplicationRunner.with(settings) { app in
                    try await app.cg.areas.locate(point, city: pack.id, on: app.db)
                }
                guard let placement else {
                    print("outside \(pack.englishName)")
                    return
                }
                let name = pack.area(code: placement.areaCode)?.localName ?? placement.areaCode
                print("\(placement.areaCode)\t\(name)\t\(placement.method)\tconfidence \(placement.confidence)")
            }
        }
    }
}
