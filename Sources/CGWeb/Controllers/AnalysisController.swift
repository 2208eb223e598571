import CGDomain
import CGGeo
import CGSentiment
import SQLKit
import Vapor

/// The analyst dashboard, one page per analysis, and their JSON twins under `/api/v1/analysis/…`.
/// Needs `messages:read` in the city (analysts and administrators); every response is aggregates only.
struct AnalysisController {
    func register(_ app: Application) {
        app.get(APIOperation.vaporPath(AnalysisRoute.dashboard.path), use: dashboard)
        for kind in AnalysisKind.allCases {
            app.get(APIOperation.vaporPath(AnalysisRoute.page(kind).path)) { request in
                try await page(request, kind)
            }
        }
        registerEvent(app)
        let docs = AnalysisDocs.self
        app.documented(app, docs.operation(.map, summary: "Hateful messages per area, counts and per 1,000 messages", schema: Schemas.analysisMap, example: Schemas.analysisMapExample)) { try await api($0, wholeCity: ["result"]) { try await $0.map($1) } }
        app.documented(app, docs.operation(.series, summary: "Daily hateful messages for a group and area, with verified offline incidents and trigger events", schema: Schemas.analysisSeries, example: Schemas.analysisSeriesExample)) { try await api($0) { try await $0.series($1) } }
        app.documented(app, docs.operation(.events, summary: "Trigger events: spikes against a weekly-rhythm baseline, with areas, groups, size and distinguishing terms", schema: Schemas.analysisEvents, example: Schemas.analysisEventsExample)) { try await api($0) { try await $0.events($1) } }
        app.documented(app, docs.operation(.onlineOffline, summary: "Lagged correlation (−14…14 days, −4…4 weeks) of online hate with verified offline incidents, with permutation tests", schema: Schemas.analysisOnlineOffline, example: Schemas.analysisOnlineOfflineExample)) { try await api($0) { try await $0.onlineOffline($1) } }
        app.documented(app, docs.operation(.receivers, summary: "Who receives the most abuse: target groups, and listed public accounts", schema: Schemas.analysisReceivers, example: Schemas.analysisReceiversExample)) { try await api($0, wholeCity: ["accounts"]) { try await $0.receivers($1) } }
        app.documented(app, docs.operation(.authors, summary: "Age band and gender of the authors of hateful messages, aggregated; 1–9 suppressed", schema: Schemas.analysisAuthors, example: Schemas.analysisAuthorsExample)) { try await api($0, wholeCity: ["result"]) { try await $0.authors($1) } }
        app.documented(app, docs.operation(.segments, summary: "Share of hateful messages supporting violence by area and group, and salient narratives", schema: Schemas.analysisSegments, example: Schemas.analysisSegmentsExample)) { try await api($0) { try await $0.segments($1) } }
    }

    /// The principal (403 unless it may read messages) and the parsed filters (422 per bad field, 403 for a
    /// city outside its scope).
    /// The signed-in analyst and the page's filter (from the query; `city`, when given, in place of the query's).
    static func context(_ request: Request, city: String? = nil) async throws -> (Principal, AnalysisQuery) {
        let principal = try request.require(.messagesRead)
        try AnalysisQuery.unknownParameters(AnalysisQuery.parameterNames(request.url.query)).throwIfAny()
        let defaultCity: String
        switch principal.scope {
        case .city(let id): defaultCity = id
        case .all: defaultCity = DemoSeeder.city
        }
        let query = try await AnalysisQuery.parse(
            city: city ?? request.query[String.self, at: "city"], from: request.query[String.self, at: "from"],
            to: request.query[String.self, at: "to"], group: request.query[String.self, at: "group"],
            area: request.query[String.self, at: "area"], defaultCity: defaultCity, now: request.cg.clock.now(),
            lastDay: { pack in try await Self.service(request).queries.lastDay(city: pack.id) })
        try request.require(.messagesRead, in: query.city.id)
        return (principal, query)
    }

    static func service(_ request: Request) throws -> AnalysisService {
        guard let sql = request.db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "no SQL database") }
        return AnalysisService(
            sql: sql, cache: request.application.eventCache, publicFigures: request.application.sentiment.publicFigures)
    }

    func api<R: Codable & Sendable>(
        _ request: Request, wholeCity: [String] = [], _ compute: (AnalysisService, AnalysisQuery) async throws -> R
    ) async throws -> AnalysisResponse<R> {
        let (_, query) = try await Self.context(request)
        let service = try Self.service(request)
        return AnalysisResponse(
            query, synthetic: try await service.synthetic(query), result: try await compute(service, query), wholeCity: wholeCity)
    }

    @Sendable func dashboard(_ request: Request) async throws -> HTMLPage {
        let (principal, query) = try await Self.context(request)
        let service = try Self.service(request)
        guard let sql = request.db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let events = try await service.events(query)
        let alerts = try await service.linked(
            try await EarlyWarningStore(sql: sql, cipher: request.cg.cipher).alerts(city: query.city.id, userID: nil, limit: 20, matching: query),
            query, events: events)
        let content = AnalysisPage.Content.dashboard(map: try await service.map(query), events: events, alerts: alerts)
        _ = principal
        return try await render(request, query, service, kind: nil, content)
    }

    func page(_ request: Request, _ kind: AnalysisKind) async throws -> HTMLPage {
        let (_, query) = try await Self.context(request)
        let service = try Self.service(request)
        let content: AnalysisPage.Content
        switch kind {
        case .map: content = .map(try await service.map(query))
        case .series: content = .series(try await service.series(query))
        case .events: content = .events(try await service.events(query))
        case .onlineOffline: content = .onlineOffline(try await service.onlineOffline(query))
        case .receivers: content = .receivers(try await service.receivers(query))
        case .authors: content = .authors(try await service.authors(query))
        case .segments: content = .segments(try await service.segments(query))
        }
        return try await render(request, query, service, kind: kind, content)
    }

    func render(
        _ request: Request, _ query: AnalysisQuery, _ service: AnalysisService, kind: AnalysisKind?,
        _ content: AnalysisPage.Content
    ) async throws -> HTMLPage {
        let model = AnalysisPage.Model(
            query: query, kind: kind, synthetic: try await service.synthetic(query),
            cities: CityPacks.all.filter { request.principal?.scope.covers($0.id) ?? false }.map { ($0.id, $0.name) },
            content: content)
        return HTMLPage(AnalysisPage.render(request.page, model))
    }
}
