import CGAnalytics
import CGDomain
import CGGeo
import CGStorage
import Fluent
import Foundation
import Vapor

/// Public statistics of verified incidents: fixed areas and whole months, every number through disclosure
/// control (1–9 hidden as "fewer than 10", others rounded to 5, complements hidden so no hidden number can
/// be worked out from the totals). True counts never leave this type.
struct ObservatoryService: Sendable {
    let services: AppServices
    let database: any Database

    /// The label of incidents without an area (online incidents may have none).
    static let noArea = "none"
    /// The longest period one view covers.
    static let maximumMonths = 36
    /// The period shown when none is asked for.
    static let defaultMonths = 18

    /// A view of the statistics: filters as they appear in the URL.
    struct Query: Sendable, Hashable {
        var city: CityPack
        var fromMonth: String
        var toMonth: String
        var characteristic: TargetedCharacteristic?
        var type: IncidentType?

        /// The query string that selects this view.
        var queryString: String {
            var parts = ["city=\(city.id)", "from=\(fromMonth)", "to=\(toMonth)"]
            if let characteristic { parts.append("characteristic=\(characteristic.rawValue)") }
            if let type { parts.append("type=\(type.rawValue)") }
            return parts.joined(separator: "&")
        }

        /// Every month of the period, in order.
        var months: [String] { ObservatoryService.months(from: fromMonth, to: toMonth) }
    }

    /// The published view: protected series only.
    struct Result: Sendable {
        var query: Query
        var byArea: ProtectedSeries
        var byMonth: ProtectedSeries
        var byType: ProtectedSeries
        var byCharacteristic: ProtectedSeries
    }

    /// The current month in UTC.
    func currentMonth() -> String {
        ReportValidator.format(services.clock.now(), "yyyy-MM", TimeZone(identifier: "UTC") ?? .current)
    }

    /// Reads the filters, with a reason per bad one.
    func parse(city: String?, from: String?, to: String?, characteristic: String?, type: String?) throws -> Query {
        var errors = FieldErrors()
        let cityID = ReportValidator.clean(city, limit: 64) ?? DemoSeeder.city
        let pack = CityPacks.pack(id: cityID)
        if pack == nil { errors.add("city", "unknown city; one of: \(CityPacks.all.map(\.id).joined(separator: ", "))") }
        let latest = currentMonth()
        let toMonth = ReportValidator.clean(to, limit: 7) ?? latest
        if !Self.isMonth(toMonth) { errors.add("to", "must be a month written YYYY-MM") }
        let fromMonth = ReportValidator.clean(from, limit: 7) ?? Self.shift(toMonth, by: -(Self.defaultMonths - 1))
        if !Self.isMonth(fromMonth) { errors.add("from", "must be a month written YYYY-MM") }
        if Self.isMonth(fromMonth) && Self.isMonth(toMonth) {
            if toMonth > latest { errors.add("to", "must not be after the current month (\(latest))") }
            if fromMonth > toMonth { errors.add("from", "must not be after 'to'") }
            if Self.months(from: fromMonth, to: toMonth).count > Self.maximumMonths {
                errors.add("from", "a view covers at most \(Self.maximumMonths) months")
            }
        }
        let characteristicValue = ReportValidator.enumValue(
            TargetedCharacteristic.self, characteristic, field: "characteristic", required: false, into: &errors)
        let typeValue = ReportValidator.enumValue(IncidentType.self, type, field: "type", required: false, into: &errors)
        try errors.throwIfAny()
        guard let pack else { throw errors }
        return Query(city: pack, fromMonth: fromMonth, toMonth: toMonth, characteristic: characteristicValue, type: typeValue)
    }

    /// Counts and protects a view.
    func result(_ query: Query) async throws -> Result {
        let counts = try await IncidentStatisticsStore().counts(
            .init(
                cityID: query.city.id, fromMonth: query.fromMonth, toMonth: query.toMonth,
                characteristic: query.characteristic?.rawValue, incidentType: query.type?.rawValue),
            on: database)
        return try Self.protect(counts, query: query)
    }

    /// Applies disclosure control to true counts. Area, month and type share the incident total and are
    /// protected together; characteristics (an incident can count under several) on their own.
    static func protect(_ counts: IncidentStatisticsStore.Counts, query: Query) throws -> Result {
        let areaLabels = query.city.areas.map(\.code) + [noArea]
        let areaCounts = areaLabels.map { code in counts.byArea[code == noArea ? "" : code] ?? 0 }
        let months = query.months
        let types = IncidentType.allCases.map(\.rawValue)
        let characteristics = TargetedCharacteristic.allCases.map(\.rawValue)
        let linked = try DisclosureControl.protect(linked: [
            .series(try CountSeries(dimension: "area", labels: areaLabels, counts: areaCounts)),
            .series(try CountSeries(dimension: "month", labels: months, counts: months.map { counts.byMonth[$0] ?? 0 })),
            .series(try CountSeries(dimension: "type", labels: types, counts: types.map { counts.byType[$0] ?? 0 })),
        ])
        var series: [ProtectedSeries] = []
        for margin in linked { if case .series(let protected) = margin { series.append(protected) } }
        guard series.count == 3 else { throw Abort(.internalServerError) }
        let byCharacteristic = DisclosureControl.protect(
            series: try CountSeries(
                dimension: "characteristic", labels: characteristics,
                counts: characteristics.map { counts.byCharacteristic[$0] ?? 0 }))
        return Result(query: query, byArea: series[0], byMonth: series[1], byType: series[2], byCharacteristic: byCharacteristic)
    }

    // MARK: - Months

    static func isMonth(_ text: String) -> Bool {
        guard text.count == 7, let year = Int(text.prefix(4)), let month = Int(text.suffix(2)),
            text[text.index(text.startIndex, offsetBy: 4)] == "-"
        else { return false }
        return (2000...2100).contains(year) && (1...12).contains(month)
    }

    static func shift(_ month: String, by offset: Int) -> String {
        guard isMonth(month), let year = Int(month.prefix(4)), let number = Int(month.suffix(2)) else { return month }
        let index = year * 12 + (number - 1) + offset
        return String(format: "%04d-%02d", index / 12, index % 12 + 1)
    }

    static func months(from: String, to: String) -> [String] {
        guard isMonth(from), isMonth(to), from <= to else { return [] }
        var result: [String] = []
        var month = from
        while month <= to && result.count <= maximumMonths + 1 {
            result.append(month)
            month = shift(month, by: 1)
        }
        return result
    }

    /// The first instant of a month, for charts.
    static func monthStart(_ month: String) -> Date {
        let day = ReportValidator.parseDay(month + "-01") ?? 0
        return Date(timeIntervalSince1970: TimeInterval(day) * 86_400)
    }
}
