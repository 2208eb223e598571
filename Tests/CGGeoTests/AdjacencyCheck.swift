import Foundation

@testable import CGGeo

/// Counts, for each pair of areas, the boundary vertices of one that lie close to a vertex of the other: a
/// cheap, tolerance-based stand-in for "these two boundaries run together" on real boundary files.
enum AdjacencyCheck {
    struct Pair: Hashable, CustomStringConvertible {
        var first: String
        var second: String

        init(_ a: String, _ b: String) {
            (first, second) = a < b ? (a, b) : (b, a)
        }

        var description: String { "\(first)–\(second)" }
    }

    struct Cell: Hashable {
        var x: Int
        var y: Int
    }

    /// Vertex counts per pair of areas, with cells of `toleranceMetres` (so "close" is within about 2–3 cells).
    static func closeVertexCounts(_ boundaries: [String: MultiPolygon], toleranceMetres: Double) -> [Pair: Int] {
        let someLatitude = boundaries.values.first?.polygons.first?.exterior.first?.latitude ?? 0
        let latitudeStep = toleranceMetres / 111_320
        let longitudeStep = toleranceMetres / (111_320 * cos(someLatitude * .pi / 180))
        func cell(_ point: GeoPoint) -> Cell {
            Cell(x: Int((point.longitude / longitudeStep).rounded(.down)), y: Int((point.latitude / latitudeStep).rounded(.down)))
        }
        var owners: [Cell: Set<String>] = [:]
        for (code, boundary) in boundaries {
            for polygon in boundary.polygons {
                for ring in [polygon.exterior] + polygon.holes {
                    for point in ring { owners[cell(point), default: []].insert(code) }
                }
            }
        }
        var counts: [Pair: Int] = [:]
        for (code, boundary) in boundaries {
            for polygon in boundary.polygons {
                for ring in [polygon.exterior] + polygon.holes {
                    for point in ring {
                        let center = cell(point)
                        var near: Set<String> = []
                        for dx in -1...1 {
                            for dy in -1...1 {
                                near.formUnion(owners[Cell(x: center.x + dx, y: center.y + dy)] ?? [])
                            }
                        }
                        near.remove(code)
                        for other in near { counts[Pair(code, other), default: 0] += 1 }
                    }
                }
            }
        }
        return counts
    }
}
