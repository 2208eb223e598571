import Foundation
import Testing

/// The shared development data in `../shared/data/geo`, found relative to the package root through #filePath.
/// Tests that need it are skipped, with ``skipMessage``, when it is absent. `COMMONGROUND_GEO_DATA` overrides
/// the location.
enum GeoData {
    static let directory: URL? = {
        let candidate: URL
        if let override = ProcessInfo.processInfo.environment["COMMONGROUND_GEO_DATA"] {
            candidate = URL(fileURLWithPath: override)
        } else {
            let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().resolvingSymlinksInPath()
            let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
            candidate = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/geo")
        }
        let probe = candidate.appendingPathComponent("gazetteer_six_cities.csv")
        return FileManager.default.fileExists(atPath: probe.path) ? candidate : nil
    }()

    static var available: Bool { directory != nil }

    static let skipMessage: Comment =
        "../shared/data/geo is not next to the package (set COMMONGROUND_GEO_DATA to its path to run these tests)"

    static func file(_ name: String) -> URL {
        (directory ?? URL(fileURLWithPath: "/nonexistent")).appendingPathComponent(name)
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: file(name))
    }
}
