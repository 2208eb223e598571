import CGGeo
import FluentKit
import Foundation

/// Places points in city areas: by imported boundaries where a city has them, else by nearest centroid.
/// Other capabilities (incident reports, online messages) call ``locate(_:city:on:)``.
public actor AreaLookup {
    private var locators: [String: AreaLocator] = [:]

    /// Creates an empty lookup; locators are built on first use per city.
    public init() {}

    /// The area of `point` in `cityID`, or nil when the city is unknown or the point lies outside it.
    public func locate(_ point: GeoPoint, city cityID: String, on database: any Database) async throws
        -> AreaPlacement?
    {
        try await locator(for: cityID, on: database)?.locate(point)
    }

    /// The locator of a city, built from its pack and stored boundaries.
    public func locator(for cityID: String, on database: any Database) async throws -> AreaLocator? {
        if let cached = locators[cityID] { return cached }
        guard let pack = CityPacks.pack(id: cityID) else { return nil }
        let rows = try await AreaBoundaryModel.query(on: database).filter(\.$cityID == cityID).all()
        var boundaries: [String: MultiPolygon] = [:]
        let decoder = JSONDecoder()
        for row in rows {
            boundaries[row.areaCode] = try decoder.decode(MultiPolygon.self, from: Data(row.geometryJSON.utf8))
        }
        let locator = AreaLocator(pack: pack, boundaries: boundaries)
        locators[cityID] = locator
        return locator
    }

    /// Forgets a city's locator after its boundaries changed.
    public func invalidate(city cityID: String) {
        locators[cityID] = nil
    }

    /// Replaces a city's stored boundaries with `boundaries`, audited.
    public func replaceBoundaries(
        _ boundaries: [String: MultiPolygon], city cityID: String, audit: AuditLog, actor: AuditEvent,
        now: Date, on database: any Database
    ) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let rows = try boundaries.sorted { $0.key < $1.key }.map { code, polygon in
            AreaBoundaryModel(
                id: UUID(), cityID: cityID, areaCode: code,
                geometryJSON: String(decoding: try encoder.encode(polygon), as: UTF8.self), importedAt: now)
        }
        try await audit.transaction(on: database) { tx, recorder in
            try await AreaBoundaryModel.query(on: tx).filter(\.$cityID == cityID).delete()
            for row in rows { try await row.create(on: tx) }
            try await recorder.record(actor)
        }
        invalidate(city: cityID)
    }
}
