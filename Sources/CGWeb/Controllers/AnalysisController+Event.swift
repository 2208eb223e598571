import CGSentiment
import SQLKit
import Vapor

/// One trigger event's page and JSON twin (`/analysis/events/{key}`, `/api/v1/analysis/events/{key}`): same
/// permission and filters as the events list, whose rows link here.
extension AnalysisController {
    func registerEvent(_ app: Application) {
        app.get(APIOperation.vaporPath(AnalysisRoute.event(key: "{key}").path)) { request in
            try await eventPage(request)
        }
        app.documented(app, AnalysisDocs.eventOperation) { request in
            let (query, service, detail) = try await Self.eventDetail(request)
            return AnalysisResponse(query, synthetic: try await service.synthetic(query), result: detail)
        }
    }

    /// The filters, the service and the event the path's key names: 400 naming `key` when it is not a key, 404
    /// naming it when no current event has it.
    static func eventDetail(_ request: Request) async throws -> (AnalysisQuery, AnalysisService, EventDetail) {
        let (_, query) = try await context(request)
        let text = request.parameters.get("key") ?? ""
        let key: TriggerEventKey
        switch TriggerEventKey.parse(text) {
        case .success(let parsed): key = parsed
        case .failure(let malformed):
            throw FieldAbort(status: .badRequest, reason: EventKeyReasons.invalid, fields: ["key": malformed.reason])
        }
        let service = try service(request)
        guard let sql = request.db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "no SQL database") }
        let store = EarlyWarningStore(sql: sql, cipher: request.cg.cipher)
        guard let detail = try await service.event(query, key: key, alerts: store) else {
            throw FieldAbort(status: .notFound, reason: EventKeyReasons.notFound, fields: ["key": EventKeyReasons.noEvent])
        }
        return (query, service, detail)
    }

    func eventPage(_ request: Request) async throws -> HTMLPage {
        let (query, service, detail) = try await Self.eventDetail(request)
        return try await render(request, query, service, kind: nil, .event(detail))
    }
}
