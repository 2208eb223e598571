import CGDomain
import FluentKit
import Foundation
import SQLKit

/// The rollup of verified incidents behind the observatory: kept in step with every status change (in the
/// caller's transaction) and queried with portable SQL on SQLite and PostgreSQL.
public struct IncidentStatisticsStore: Sendable {
    /// The rollup table.
    public static let table = M0015_CreateIncidentStatistics.schema

    /// The fields of a report that statistics count by.
    public struct Keys: Sendable, Hashable {
        public var cityID: String
        public var month: String
        public var areaCode: String
        public var incidentType: String
        public var characteristics: [String]

        public init(cityID: String, month: String, areaCode: String, incidentType: String, characteristics: [String]) {
            self.cityID = cityID
            self.month = month
            self.areaCode = areaCode
            self.incidentType = incidentType
            self.characteristics = characteristics
        }
    }

    /// What to count: a city, a closed range of months, and optional characteristic and type filters.
    public struct Filter: Sendable, Hashable {
        public var cityID: String
        public var fromMonth: String
        public var toMonth: String
        public var characteristic: String?
        public var incidentType: String?

        public init(cityID: String, fromMonth: String, toMonth: String, characteristic: String?, incidentType: String?) {
            self.cityID = cityID
            self.fromMonth = fromMonth
            self.toMonth = toMonth
            self.characteristic = characteristic
            self.incidentType = incidentType
        }
    }

    /// True counts of verified incidents, before disclosure control. Never leaves the server as such.
    public struct Counts: Sendable, Hashable {
        public var byArea: [String: Int] = [:]
        public var byMonth: [String: Int] = [:]
        public var byType: [String: Int] = [:]
        /// Ignores the characteristic filter: one incident counts once per characteristic.
        public var byCharacteristic: [String: Int] = [:]
        public var total = 0

        public init() {}
    }

    public init() {}

    /// Adds `delta` (+1 when a report becomes verified, −1 when it stops being verified) to every row the
    /// report counts in.
    public func apply(_ keys: Keys, delta: Int, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for characteristic in [""] + keys.characteristics {
            try await sql.raw(
                """
                INSERT INTO \(unsafeRaw: Self.table) (city_id, characteristic, month, area_code, incident_type, n) \
                VALUES (\(bind: keys.cityID), \(bind: characteristic), \(bind: keys.month), \(bind: keys.areaCode), \
                \(bind: keys.incidentType), \(bind: delta)) \
                ON CONFLICT (city_id, characteristic, month, area_code, incident_type) \
                DO UPDATE SET n = \(unsafeRaw: Self.table).n + excluded.n
                """
            ).run()
        }
    }

    /// Recomputes the whole rollup from the reports (after a bulk load, or to repair it).
    public func rebuild(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let verified = ReportStatus.verified.rawValue
        try await sql.raw("DELETE FROM \(unsafeRaw: Self.table)").run()
        try await sql.raw(
            """
            INSERT INTO \(unsafeRaw: Self.table) (city_id, characteristic, month, area_code, incident_type, n) \
            SELECT city_id, '', month, area_code, incident_type, COUNT(*) FROM incident_reports \
            WHERE status = \(bind: verified) GROUP BY city_id, month, area_code, incident_type
            """
        ).run()
        try await sql.raw(
            """
            INSERT INTO \(unsafeRaw: Self.table) (city_id, characteristic, month, area_code, incident_type, n) \
            SELECT r.city_id, c.characteristic, r.month, r.area_code, r.incident_type, COUNT(*) \
            FROM incident_reports r JOIN incident_characteristics c ON c.report_id = r.id \
            WHERE r.status = \(bind: verified) \
            GROUP BY r.city_id, c.characteristic, r.month, r.area_code, r.incident_type
            """
        ).run()
    }

    /// The true counts for a filter.
    public func counts(_ filter: Filter, on database: any Database) async throws -> Counts {
        guard let sql = database as? any SQLDatabase else { return Counts() }
        var counts = Counts()
        let characteristic = filter.characteristic ?? ""
        counts.byArea = try await grouped(sql, by: "area_code", filter, characteristic: .equal(characteristic))
        counts.byMonth = try await grouped(sql, by: "month", filter, characteristic: .equal(characteristic))
        counts.byType = try await grouped(sql, by: "incident_type", filter, characteristic: .equal(characteristic))
        counts.byCharacteristic = try await grouped(sql, by: "characteristic", filter, characteristic: .notEmpty)
        counts.total = counts.byArea.values.reduce(0, +)
        return counts
    }

    enum CharacteristicCondition {
        case equal(String)
        case notEmpty
    }

    private func grouped(
        _ sql: any SQLDatabase, by column: String, _ filter: Filter, characteristic: CharacteristicCondition
    ) async throws -> [String: Int] {
        var query = sql.select()
            .column(SQLIdentifier(column), as: "label")
            // PostgreSQL sums integers as NUMERIC; the cast gives an integer on both engines.
            .column(SQLRaw("CAST(SUM(n) AS BIGINT)"), as: "total")
            .from(Self.table)
            .where("city_id", .equal, filter.cityID)
            .where("month", .greaterThanOrEqual, filter.fromMonth)
            .where("month", .lessThanOrEqual, filter.toMonth)
        switch characteristic {
        case .equal(let value): query = query.where("characteristic", .equal, value)
        case .notEmpty: query = query.where("characteristic", .notEqual, "")
        }
        if let type = filter.incidentType { query = query.where("incident_type", .equal, type) }
        let rows = try await query.groupBy(SQLIdentifier(column)).all()
        var result: [String: Int] = [:]
        for row in rows {
            let label = try row.decode(column: "label", as: String.self)
            let total = try row.decode(column: "total", as: Int.self)
            if total > 0 { result[label] = total }
        }
        return result
    }
}
