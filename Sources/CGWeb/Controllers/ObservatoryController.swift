import CGAnalytics
import CGDomain
import CGGeo
import Vapor

/// The public observatory: page, CSV of exactly what the page shows, and JSON.
struct ObservatoryController {
    func register(_ app: Application) {
        app.get(APIOperation.vaporPath(SiteRoute.observatory.path), use: page)
        app.get(APIOperation.vaporPath(SiteRoute.observatoryCSV.path), use: csv)
        app.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/stats/incidents",
                summary: "Verified hate incidents by area, month, type and characteristic, with disclosure control",
                tag: "statistics",
                parameters: [
                    .init("city", in: "query", required: false, description: "City pack id (default london)", example: "london"),
                    .init("from", in: "query", required: false, schema: ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"],
                          description: "First month, YYYY-MM (default: 17 months before 'to')", example: "2025-04"),
                    .init("to", in: "query", required: false, schema: ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"],
                          description: "Last month, YYYY-MM (default: the current month); at most 36 months", example: "2026-09"),
                    .init("characteristic", in: "query", required: false,
                          schema: Schemas.enumeration(TargetedCharacteristic.allCases.map(\.rawValue)),
                          description: "Only incidents targeting this characteristic", example: "religion"),
                    .init("type", in: "query", required: false, schema: Schemas.enumeration(IncidentType.allCases.map(\.rawValue)),
                          description: "Only incidents of this type", example: "verbal_abuse"),
                ],
                responses: [
                    .init(200, "Protected counts: 1–9 as {\"suppressed\":\"fewer-than-10\"} with no number, others rounded to 5, complements {\"suppressed\":\"secondary\"}.",
                          schema: Schemas.incidentStats, example: Schemas.incidentStatsExample),
                    .init(422, "A filter is invalid.", schema: Schemas.errorRef),
                ]),
            use: api)
    }

    func result(_ request: Request) async throws -> ObservatoryService.Result {
        let service = ObservatoryService(services: request.cg, database: request.db)
        let query = try service.parse(
            city: request.query[String.self, at: "city"], from: request.query[String.self, at: "from"],
            to: request.query[String.self, at: "to"], characteristic: request.query[String.self, at: "characteristic"],
            type: request.query[String.self, at: "type"])
        return try await service.result(query)
    }

    @Sendable func page(_ request: Request) async throws -> HTMLPage {
        let result = try await result(request)
        let service = ObservatoryService(services: request.cg, database: request.db)
        let latest = service.currentMonth()
        // Six years of months to choose from (months(from:to:) stops at the longest view, so build them here).
        let choices = (0..<72).map { ObservatoryService.shift(latest, by: -$0) }
        let model = ObservatoryPage.Model(
            result: result, cities: CityPacks.all.map { ($0.id, $0.name) },
            monthChoices: Array(Set(choices + [result.query.fromMonth])).sorted(), isDemo: request.cg.settings.isDemo)
        return HTMLPage(ObservatoryPage.render(request.page, model))
    }

    @Sendable func csv(_ request: Request) async throws -> Response {
        let result = try await result(request)
        let page = request.page
        let rows = ObservatoryPage.rows(result, page)
        var lines: [[String]] = [["breakdown", "key", "label", "verified_incidents"]]
        func add(_ breakdown: String, _ items: [(String, String, ProtectedCell)], total: ProtectedCell) {
            for (key, label, cell) in items { lines.append([breakdown, key, label, ObservatoryPage.text(cell, page)]) }
            lines.append([breakdown, "total", page.t("observatory.total_label"), ObservatoryPage.text(total, page)])
        }
        add("area", rows.area, total: result.byArea.total)
        add("month", rows.month, total: result.byMonth.total)
        add("type", rows.type, total: result.byType.total)
        add("characteristic", rows.characteristic, total: result.byCharacteristic.total)
        var headers = HTTPHeaders()
        headers.add(name: .contentType, value: "text/csv; charset=utf-8")
        headers.add(
            name: .contentDisposition,
            value: "attachment; filename=\"incidents-\(result.query.city.id)-\(result.query.fromMonth)-\(result.query.toMonth).csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: CSVWriter.encode(lines)))
    }

    @Sendable func api(_ request: Request) async throws -> IncidentStatsDTO {
        let result = try await result(request)
        let page = request.page
        let rows = ObservatoryPage.rows(result, page)
        func items(_ list: [(String, String, ProtectedCell)]) -> [IncidentStatsDTO.Item] {
            list.map { IncidentStatsDTO.Item(key: $0.0, label: $0.1, count: $0.2) }
        }
        let query = result.query
        return IncidentStatsDTO(
            filters: .init(
                city: query.city.id, from: query.fromMonth, to: query.toMonth,
                characteristic: query.characteristic?.rawValue, type: query.type?.rawValue),
            policy: .init(threshold: result.byArea.policy.threshold, roundingBase: result.byArea.policy.roundingBase),
            total: result.byArea.total, byArea: items(rows.area), byMonth: items(rows.month), byType: items(rows.type),
            byCharacteristic: items(rows.characteristic),
            notes: [
                "Verified incidents only, counted in the month they happened.",
                "byCharacteristic counts an incident once per targeted characteristic and ignores the characteristic filter.",
            ])
    }
}
