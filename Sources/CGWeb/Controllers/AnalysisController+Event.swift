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
            let (_, query) = try await Self.context(request)
            let (service, detail) = try await Self.eventDetail(request, query)
            return AnalysisResponse(query, synthetic: try await service.synthetic(query), result: detail)
        }
    }

    /// The service and the event the path's key names for the filters (read first by ``context(_:city:)``, which
    /// also checks access): 400 naming `key` when it is not a key, 404 naming it when no current event has it, and
    /// 404 naming `group` when the group filter names another group than the key's.
    static func eventDetail(_ request: Request, _ query: AnalysisQuery) async throws -> (AnalysisService, EventDetail) {
        let text = request.parameters.get("key") ?? ""
        let key: TriggerEventKey
        switch TriggerEventKey.parse(text) {
        case .success(let parsed): key = parsed
        case .failure(let malformed):
            throw FieldAbort(status: .badRequest, reason: EventKeyReasons.invalid, fields: ["key": malformed.reason])
        }
        // The group filter only rides along for the links back; one naming another group than the key's would
        // show this event under a filter it does not match (the form saying "Jews" above an event against Muslims).
        // Like an area the event is not in, it finds no event: 404 naming the filter, the link back keeping it.
        if query.group != AggregateKey.allTargets, query.group != key.group {
            throw FieldAbort(status: .notFound, reason: EventKeyReasons.notFound, fields: ["group": EventKeyReasons.otherGroup])
        }
        let service = try service(request)
        guard let sql = request.db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "no SQL database") }
        let store = EarlyWarningStore(sql: sql, cipher: request.cg.cipher)
        guard let detail = try await service.event(query, key: key, alerts: store) else {
            throw FieldAbort(status: .notFound, reason: EventKeyReasons.notFound, fields: ["key": EventKeyReasons.noEvent])
        }
        return (service, detail)
    }

    /// The event's page; a key that finds nothing (or is not one) is answered with its reason and a link back to
    /// the events list with the same filters — the link was followed, so there is no form to go back to.
    func eventPage(_ request: Request) async throws -> HTMLPage {
        let (_, query) = try await Self.context(request)
        do {
            let (service, detail) = try await Self.eventDetail(request, query)
            return try await render(request, query, service, kind: nil, .event(detail))
        } catch let abort as FieldAbort {
            let page = request.page
            return HTMLPage(
                ErrorPage.render(
                    page, status: Int(abort.status.code), message: abort.reason, fields: abort.fields,
                    back: (page.t("sentiment.event.back"), AnalysisRoute.page(.events).url(query))),
                status: abort.status)
        }
    }
}
