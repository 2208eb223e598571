import CGClassifier
import CGDomain
import CGGeo
import Foundation
import SQLKit
import Vapor

/// Early warning for analysts: subscriptions to areas and groups (with an optional webhook), and the alerts
/// recorded for them — a page and JSON endpoints.
struct AlertsController {
    struct SubscriptionForm: Content {
        var city: String?
        var areas: String?
        var groups: String?
        var webhookURL: String?
    }

    struct SubscriptionBody: Content {
        var city: String?
        var areas: [String]?
        var groups: [String]?
        var webhookURL: String?
    }

    func register(_ app: Application) {
        app.get(APIOperation.vaporPath(AnalysisRoute.alerts.path), use: page)
        app.post(APIOperation.vaporPath(AnalysisRoute.subscribe.path), use: subscribe)
        app.post(APIOperation.vaporPath(AnalysisRoute.unsubscribe(id: "{id}").path), use: unsubscribe)
        app.documented(
            app,
            APIOperation(
                method: .GET, path: AnalysisRoute.apiAlerts.path, summary: "Early-warning alerts recorded in a city (latest first)",
                tag: "analysis", parameters: AnalysisDocs.filters,
                responses: [.init(200, "The filters, whether the data is synthetic, and in `result` the alerts matching the filters: event days, areas, group, size and distinguishing terms.",
                                  schema: Schemas.analysisEnvelope(Schemas.array(Schemas.alert)),
                                  example: Schemas.analysisEnvelopeExample([Schemas.alertExample])),
                            .init(422, "A filter is invalid (the field and the reason).", schema: Schemas.errorRef)],
                permission: "messages:read"),
            use: apiAlerts)
        app.documented(
            app,
            APIOperation(
                method: .GET, path: AnalysisRoute.apiSubscriptions.path, summary: "The caller's early-warning subscriptions (an API token's own, or a session user's own)",
                tag: "analysis",
                responses: [.init(200, "Subscriptions.", schema: Schemas.array(Schemas.subscription), example: [Schemas.subscriptionExample])],
                permission: "messages:read"),
            use: apiSubscriptions)
        app.documented(
            app,
            APIOperation(
                method: .POST, path: AnalysisRoute.apiSubscriptions.path,
                summary: "Subscribe to trigger events in areas and groups of a city (empty lists watch everything)",
                tag: "analysis", requestSchema: Schemas.newSubscription, requestExample: Schemas.newSubscriptionExample,
                responses: [
                    .init(200, "The subscription (made with an API token: owned by the token, `apiTokenID` set).",
                          schema: Schemas.subscription, example: Schemas.subscriptionExample),
                    .init(403, "No 'messages:read' for the city, or an API token no staff user created.", schema: Schemas.errorRef),
                    .init(422, "A field is invalid (the field and the reason).", schema: Schemas.errorRef),
                ],
                permission: "messages:read"),
            use: apiSubscribe)
        app.documented(
            app,
            APIOperation(
                method: .DELETE, path: AnalysisRoute.apiSubscription(id: "{id}").path,
                summary: "Delete one of the caller's subscriptions and its alerts", tag: "analysis",
                parameters: [.init("id", in: "path", schema: Schemas.uuid, description: "Subscription id", example: "6f1c1d7e-2d55-4a55-9e0b-3f7c2b0a9c11")],
                responses: [
                    .init(204, "Deleted.", schema: ["type": "object"], example: [:]),
                    .init(404, "No such subscription of the caller.", schema: Schemas.errorRef),
                ],
                permission: "messages:read"),
            use: apiUnsubscribe)
    }

    static func store(_ request: Request) throws -> EarlyWarningStore {
        guard let sql = request.db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "no SQL database") }
        return EarlyWarningStore(sql: sql, cipher: request.cg.cipher)
    }

    /// The code of the area an analyst typed: its code, or its local or English name in any case and with or
    /// without accents ("hackney", "kensington and chelsea").
    static func areaCode(_ entry: String, in pack: CityPack) -> String? {
        if pack.area(code: entry) != nil { return entry }
        let fold = { (text: String) in text.folding(options: .diacriticInsensitive, locale: nil).lowercased() }
        let wanted = fold(entry)
        return pack.areas.first { fold($0.localName) == wanted || fold($0.englishName) == wanted }?.code
    }

    /// Checks a new subscription: known city in scope, its area codes, known groups, an http(s) webhook.
    static func validate(
        city: String?, areas: [String], groups: [String], webhookURL: String?, principal: Principal,
        owner: SubscriptionOwner
    ) throws -> SubscriptionDTO {
        var errors = FieldErrors()
        let defaultCity: String
        switch principal.scope {
        case .city(let id): defaultCity = id
        case .all: defaultCity = DemoSeeder.city
        }
        let cityID = AnalysisQuery.clean(city) ?? defaultCity
        guard let pack = CityPacks.pack(id: cityID) else {
            errors.add("city", "unknown city; one of: \(CityPacks.all.map(\.id).joined(separator: ", "))")
            throw errors
        }
        guard principal.may(.messagesRead, in: pack.id) else {
            throw Abort(.forbidden, reason: "this needs the 'messages:read' permission for this city")
        }
        // An entry is an area's code or name ("Kensington and Chelsea"); one that is neither may be several codes
        // separated by spaces.
        let areaCodes = Array(
            Set(
                areas.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    .flatMap { entry in
                        Self.areaCode(entry, in: pack).map { [$0] }
                            ?? entry.split(separator: " ").map { Self.areaCode(String($0), in: pack) ?? String($0) }
                    })
        ).sorted()
        if let bad = areaCodes.first(where: { pack.area(code: $0) == nil }) {
            errors.add("areas", "'\(bad.prefix(40))' is not an area code of \(pack.id)")
        }
        // "Muslims" as typed is the group muslims.
        let groupNames = Array(
            Set(groups.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .map { TargetGroup(rawValue: $0.lowercased()) == nil ? $0 : $0.lowercased() })
        ).sorted()
        if let bad = groupNames.first(where: { TargetGroup(rawValue: $0) == nil }) {
            errors.add("groups", "'\(bad.prefix(40))' is not a target group; one of: \(TargetGroup.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var webhook: String?
        if let text = webhookURL?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            if text.count > 500 {
                errors.add("webhookURL", "at most 500 characters")
            } else if let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
                url.host?.isEmpty == false
            {
                webhook = text
            } else {
                errors.add("webhookURL", "must be an http or https URL")
            }
        }
        try errors.throwIfAny()
        return SubscriptionDTO(
            id: UUID(), userID: owner.userID, apiTokenID: owner.apiTokenID, city: pack.id, areas: areaCodes,
            groups: groupNames, webhookURL: webhook)
    }

    static func split(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" }).map(String.init)
    }

    @Sendable func page(_ request: Request) async throws -> HTMLPage {
        try await Self.render(request)
    }

    /// The alerts page of the city in the query (or `city`), with the subscription form filled in from `draft`.
    static func render(
        _ request: Request, city: String? = nil, draft: AnalysisPage.SubscriptionDraft? = nil, status: HTTPStatus = .ok
    ) async throws -> HTMLPage {
        let (principal, query) = try await AnalysisController.context(request, city: city)
        let store = try Self.store(request)
        // A token no staff user created owns nothing: the page shows no subscription rather than refusing.
        var subscriptions: [SubscriptionDTO] = []
        if let owner = try await SubscriptionOwner.find(principal, on: request.db) {
            subscriptions = try await store.subscriptions(owner: owner)
        }
        var tokenSubscriptions: [TokenSubscription] = []
        if let userID = principal.userID { tokenSubscriptions = try await store.tokenSubscriptions(creator: userID) }
        let service = try AnalysisController.service(request)
        let alerts = try await service.linked(try await store.alerts(city: query.city.id, userID: nil, matching: query), query)
        let model = AnalysisPage.Model(
            query: query, kind: nil, synthetic: try await service.synthetic(query),
            cities: CityPacks.all.filter { principal.scope.covers($0.id) }.map { ($0.id, $0.name) },
            content: .alerts(
                subscriptions: subscriptions, tokenSubscriptions: tokenSubscriptions, alerts: alerts, draft: draft))
        return HTMLPage(AnalysisPage.render(request.page, model), status: status)
    }

    /// Validates and stores a new subscription of the request's principal (its user, or its API token).
    static func create(
        _ request: Request, principal: Principal, city: String?, areas: [String], groups: [String], webhookURL: String?
    ) async throws -> SubscriptionDTO {
        let owner = try await SubscriptionOwner.of(principal, on: request.db)
        let subscription = try validate(
            city: city, areas: areas, groups: groups, webhookURL: webhookURL, principal: principal, owner: owner)
        try await store(request).createSubscription(subscription, now: request.cg.clock.now())
        return subscription
    }

    /// Deletes one of the principal's subscriptions; 404 when it has none by that id (another's included).
    static func delete(_ request: Request) async throws {
        let principal = try request.require(.messagesRead)
        let owner = try await SubscriptionOwner.of(principal, on: request.db)
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
            try await store(request).deleteSubscription(id: id, owner: owner)
        else { throw Abort(.notFound, reason: "no such subscription") }
    }

    @Sendable func subscribe(_ request: Request) async throws -> Response {
        let principal = try request.require(.messagesRead)
        let form = try request.content.decode(SubscriptionForm.self)
        let values = ["areas": form.areas ?? "", "groups": form.groups ?? "", "webhookURL": form.webhookURL ?? ""]
        if request.formExpired {
            let draft = AnalysisPage.SubscriptionDraft(values: values, reason: CSRFMiddleware.expiredFormReason)
            return try await Self.render(request, city: form.city, draft: draft, status: .unprocessableEntity)
                .encodeResponse(for: request)
        }
        do {
            let subscription = try await Self.create(
                request, principal: principal, city: form.city,
                areas: (form.areas ?? "").split(whereSeparator: { $0 == "," || $0 == "\n" }).map(String.init),
                groups: Self.split(form.groups),
                webhookURL: form.webhookURL)
            return request.redirect(to: AnalysisRoute.alerts.path + "?city=\(subscription.city)", redirectType: .normal)
        } catch let errors as FieldErrors {
            // The form comes back on the alerts page, filled in, each field's reason beside it; nothing was stored.
            // An unknown city cannot be shown: the page is the analyst's own city's, its error listed.
            let city = form.city.flatMap { CityPacks.pack(id: $0)?.id }
            return try await Self.render(
                request, city: city, draft: .init(values: values, errors: errors.fields), status: .unprocessableEntity
            ).encodeResponse(for: request)
        }
    }

    @Sendable func unsubscribe(_ request: Request) async throws -> Response {
        try await Self.delete(request)
        return request.redirect(to: AnalysisRoute.alerts.path, redirectType: .normal)
    }

    /// The alerts in the analysis envelope: the filters they match, and whether the city's messages are synthetic.
    @Sendable func apiAlerts(_ request: Request) async throws -> AnalysisResponse<[AlertDTO]> {
        let (_, query) = try await AnalysisController.context(request)
        let service = try AnalysisController.service(request)
        let alerts = try await service.linked(try await Self.store(request).alerts(city: query.city.id, userID: nil, matching: query), query)
        return AnalysisResponse(query, synthetic: try await service.synthetic(query), result: alerts)
    }

    @Sendable func apiSubscriptions(_ request: Request) async throws -> [SubscriptionDTO] {
        let principal = try request.require(.messagesRead)
        return try await Self.store(request).subscriptions(owner: try await SubscriptionOwner.of(principal, on: request.db))
    }

    @Sendable func apiSubscribe(_ request: Request) async throws -> SubscriptionDTO {
        let principal = try request.require(.messagesRead)
        let body = try request.content.decode(SubscriptionBody.self)
        return try await Self.create(
            request, principal: principal, city: body.city, areas: body.areas ?? [], groups: body.groups ?? [], webhookURL: body.webhookURL)
    }

    @Sendable func apiUnsubscribe(_ request: Request) async throws -> HTTPStatus {
        try await Self.delete(request)
        return .noContent
    }
}
