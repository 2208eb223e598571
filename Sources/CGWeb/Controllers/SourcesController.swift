import CGDomain
import CGGeo
import CGSentiment
import Vapor

/// The source registry page (`/analysis/sources`): listed with `messages:read`, as `GET /api/v1/sources` is; its
/// registration form needs `messages:write`, as `POST /api/v1/sources` does. Counts only for the cities in the
/// reader's scope.
struct SourcesController {
    struct SourceForm: Content {
        var name: String?
        var platform: String?
        var collectionMethod: String?
        var termsOfUse: String?
    }

    func register(_ app: Application) {
        app.get(APIOperation.vaporPath(AnalysisRoute.sources.path), use: page)
        app.post(APIOperation.vaporPath(AnalysisRoute.sources.path), use: create)
    }

    @Sendable func page(_ request: Request) async throws -> HTMLPage {
        try await Self.render(request)
    }

    /// The registry in the analysis layout, with the form filled in from `draft`.
    static func render(
        _ request: Request, draft: SourceRegistryPage.Draft? = nil, status: HTTPStatus = .ok
    ) async throws -> HTMLPage {
        let (principal, query) = try await AnalysisController.context(request)
        let service = MessageIngestService(request: request)
        let rows = SourceRegistryRow.rows(
            try await service.sources(), days: try await service.sourceDays(), covers: principal.scope.covers)
        let registry = SourceRegistryPage.Model(
            rows: rows, canRegister: principal.permissions.contains(.messagesWrite), draft: draft)
        let analysis = try AnalysisController.service(request)
        let model = AnalysisPage.Model(
            query: query, kind: nil, synthetic: try await analysis.synthetic(query),
            cities: CityPacks.all.filter { principal.scope.covers($0.id) }.map { ($0.id, $0.name) },
            content: .sources(registry))
        return HTMLPage(AnalysisPage.render(request.page, model), status: status)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let principal = try request.require(.messagesWrite)
        let form = try request.content.decode(SourceForm.self)
        let source = MessageSource(
            name: form.name ?? "", platform: form.platform ?? "", collectionMethod: form.collectionMethod ?? "",
            termsOfUse: form.termsOfUse ?? "")
        do {
            _ = try await MessageIngestService(request: request)
                .register(source, actor: MessagesAPIController.actor(principal))
            return request.redirect(to: AnalysisRoute.sources.path, redirectType: .normal)
        } catch let errors as FieldErrors {
            // Back on the page, filled in, each field's reason beside it; nothing was stored.
            let values = [
                "name": source.name, "platform": source.platform, "collectionMethod": source.collectionMethod,
                "termsOfUse": source.termsOfUse,
            ]
            return try await Self.render(request, draft: .init(values: values, errors: errors.fields), status: .unprocessableEntity)
                .encodeResponse(for: request)
        }
    }
}
