import CGCasePanel
import CGDomain
import CGStorage
import Vapor

/// The case panel's JSON API. Same rules as the pages: a case of a panel the caller's agency is not on is a
/// 404 identical to a missing case; a member must state a reason (`…/open`) before reading or writing it.
/// Only staff sessions act here: API tokens belong to no agency, so for them no case exists.
struct PanelAPIController {
    static let error: JSONValue = ["$ref": "#/components/schemas/Error"]
    static let caseParameter = APIOperation.Parameter("case", in: "path", schema: Schemas.uuid, description: "Case id", example: .string(Schemas.panelCaseID))
    static let panelParameter = APIOperation.Parameter("panel", in: "path", schema: Schemas.uuid, description: "Panel id", example: .string(Schemas.panelID))

    static func operation(
        _ method: HTTPMethod, _ path: String, _ summary: String, parameter: APIOperation.Parameter,
        request: (JSONValue, JSONValue)? = nil, success: APIOperation.ResponseDoc, forbidden: String? = nil
    ) -> APIOperation {
        var responses: [APIOperation.ResponseDoc] = [
            success,
            .init(401, "Not signed in.", schema: error),
            .init(404, "No such case or panel, or not one the caller's agency is on (indistinguishable).", schema: error),
        ]
        if let forbidden { responses.append(.init(403, forbidden, schema: error)) }
        if request != nil {
            responses.append(.init(400, "The body could not be read.", schema: error))
            responses.append(.init(422, "A field is invalid; the reason is given per field.", schema: error))
        }
        return APIOperation(
            method: method, path: path, summary: summary, tag: "case panel", parameters: [parameter],
            requestSchema: request?.0, requestExample: request?.1, responses: responses, permission: "cases:read")
    }

    static let needsReason = "The caller has not stated a reason for this case recently (POST …/open), or lacks the role for this."

    func register(_ app: Application) {
        app.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/panels", summary: "The panels the caller's agency is a member of", tag: "case panel",
                responses: [
                    .init(200, "The panels.", schema: Schemas.array(Schemas.casePanel), example: [Schemas.casePanelExample]),
                    .init(401, "Not signed in.", schema: Self.error),
                ], permission: "cases:read"),
            use: panels)
        app.documented(
            app, Self.operation(.GET, "/api/v1/panels/{panel}/cases", "A panel's cases (reference and status only)", parameter: Self.panelParameter,
                success: .init(200, "The cases.", schema: Schemas.array(Schemas.panelCaseSummary), example: [Schemas.panelCaseSummaryExample])),
            use: cases)
        app.documented(
            app, Self.operation(.POST, "/api/v1/panels/{panel}/referrals", "Refer a person of concern to the panel", parameter: Self.panelParameter,
                request: (Schemas.panelReferral, Schemas.panelReferralExample),
                success: .init(201, "The referral, awaiting screening.", schema: Schemas.panelCaseSummary, example: Schemas.panelCaseSummaryExample),
                forbidden: "The caller may not write cases."),
            use: refer)
        app.documented(
            app, Self.operation(.POST, "/api/v1/panels/{panel}/known", "Already known? Yes or no, for the panel's coordinators", parameter: Self.panelParameter,
                request: (Schemas.panelKnown, Schemas.panelKnownExample),
                success: .init(200, "Whether an open case matches.", schema: Schemas.panelKnownAnswer, example: ["known": false]),
                forbidden: "Only the panel's coordinators may check."),
            use: known)
        app.documented(
            app, Self.operation(.GET, "/api/v1/panels/{panel}/agenda", "The next meeting and the cases due for review", parameter: Self.panelParameter,
                success: .init(200, "The agenda.", schema: Schemas.panelAgenda, example: Schemas.panelAgendaExample)),
            use: agenda)
        app.documented(
            app, Self.operation(.GET, "/api/v1/panels/{panel}/insight", "Anonymised strategic insight (counts under 10 suppressed), for members and anyone with stats:read in the city", parameter: Self.panelParameter,
                success: .init(200, "The insight.", schema: Schemas.panelInsight, example: Schemas.panelInsightExample)),
            use: insight)
        app.documented(
            app, Self.operation(.GET, "/api/v1/panel-cases/{case}", "A case, after stating a reason", parameter: Self.caseParameter,
                success: .init(200, "The case as the caller's agency may see it.", schema: Schemas.panelCase, example: Schemas.panelCaseExample),
                forbidden: Self.needsReason),
            use: show)
        app.documented(
            app, Self.operation(.POST, "/api/v1/panel-cases/{case}/open", "State a reason to open a case (audited)", parameter: Self.caseParameter,
                request: (Schemas.panelReason, Schemas.panelReasonExample),
                success: .init(200, "Opened until the given time.", schema: Schemas.panelOpened, example: ["expiresAt": "2026-09-09T10:30:00Z"])),
            use: open)
        app.documented(
            app, Self.operation(.GET, "/api/v1/panel-cases/{case}/access-log", "Who opened the case, when and why (coordinators)", parameter: Self.caseParameter,
                success: .init(200, "The openings and views.", schema: Schemas.panelAccessLog, example: Schemas.panelAccessLogExample),
                forbidden: "Only the panel's coordinators see the access log."),
            use: accessLog)
        app.documented(
            app, Self.operation(.POST, "/api/v1/panel-cases/{case}/erase", "Erase a finished case now by destroying its key (coordinators)", parameter: Self.caseParameter,
                request: (Schemas.panelReason, Schemas.panelReasonExample),
                success: .init(200, "Erased; the case no longer exists.", schema: Schemas.panelErased, example: ["erased": true]),
                forbidden: Self.needsReason),
            use: erase)
        let writes: [(String, String, (JSONValue, JSONValue), @Sendable (Request, CasePanelService, PanelViewer, PanelCaseModel, CasePanelModel) async throws -> Void)] = [
            ("screening", "Screen a referral (coordinators)", (Schemas.panelScreening, Schemas.panelScreeningExample), { request, s, v, c, p in
                let body = try request.content.decode(CasePanelForms.Screening.self)
                try await s.screen(c, panel: p, .init(decision: body.decision, note: body.note, ideology: body.ideology), viewer: v)
            }),
            ("sections", "Add information with its supplier and legal basis", (Schemas.panelSection, Schemas.panelSectionExample), { request, s, v, c, _ in
                try await s.addSection(c, CasePanelController.section(try request.content.decode(CasePanelForms.Section.self)), viewer: v)
            }),
            ("actions", "Add an action to the support plan", (Schemas.panelAction, Schemas.panelActionExample), { request, s, v, c, _ in
                let body = try request.content.decode(CasePanelForms.Action.self)
                try await s.addAction(c, .init(agency: body.agency, description: body.description, dueOn: body.dueOn), viewer: v)
            }),
            ("review", "Record the panel's decision at a review (coordinators)", (Schemas.panelReview, Schemas.panelReviewExample), { request, s, v, c, p in
                try await s.review(c, panel: p, decision: try request.content.decode(CasePanelForms.Review.self).decision, viewer: v)
            }),
            ("close", "Close a case with an outcome (coordinators)", (Schemas.panelClose, Schemas.panelCloseExample), { request, s, v, c, p in
                try await s.close(c, panel: p, outcome: try request.content.decode(CasePanelForms.Close.self).outcome, viewer: v)
            }),
            ("hold", "Set or lift a legal hold (coordinators)", (Schemas.panelHold, Schemas.panelHoldExample), { request, s, v, c, _ in
                let body = try request.content.decode(CasePanelForms.Hold.self)
                try await s.setHold(c, hold: body.hold ?? false, reason: body.reason, viewer: v)
            }),
        ]
        for (name, summary, body, change) in writes {
            app.documented(
                app, Self.operation(.POST, "/api/v1/panel-cases/{case}/\(name)", summary, parameter: Self.caseParameter, request: body,
                    success: .init(200, "The case after the change.", schema: Schemas.panelCase, example: Schemas.panelCaseExample),
                    forbidden: Self.needsReason),
                use: { request in try await Self.write(request, change) })
        }
    }

    // MARK: - Access

    static func viewer(_ request: Request) throws -> PanelViewer? {
        PanelViewer(try request.requirePrincipal())
    }

    static func memberPanel(_ request: Request) async throws -> (PanelViewer, CasePanelModel) {
        let viewer = try viewer(request)
        guard let panel = try await CasePanelService(request).memberPanel(
            request.parameters.get("panel").flatMap(UUID.init(uuidString:)), viewer: viewer),
            let viewer
        else { throw Abort(.notFound) }
        return (viewer, panel)
    }

    static func memberCase(_ request: Request) async throws -> (PanelViewer, PanelCaseModel, CasePanelModel) {
        let viewer = try viewer(request)
        guard let (record, panel) = try await CasePanelService(request).memberCase(
            request.parameters.get("case").flatMap(UUID.init(uuidString:)), viewer: viewer),
            let viewer
        else { throw Abort(.notFound) }
        return (viewer, record, panel)
    }

    /// A member case the caller has opened with a reason; 403 before that.
    static func openedCase(_ request: Request) async throws -> (PanelViewer, PanelCaseModel, CasePanelModel) {
        let (viewer, record, panel) = try await memberCase(request)
        guard try await CasePanelService(request).hasAccess(record, viewer) else {
            throw Abort(.forbidden, reason: "state a reason first: POST /api/v1/panel-cases/{case}/open")
        }
        return (viewer, record, panel)
    }

    static func write(
        _ request: Request,
        _ change: @Sendable (Request, CasePanelService, PanelViewer, PanelCaseModel, CasePanelModel) async throws -> Void
    ) async throws -> PanelCaseDTO {
        let (viewer, record, panel) = try await openedCase(request)
        guard viewer.may(.casesWrite, in: record.cityID) else { throw Abort(.forbidden, reason: "this needs the 'cases:write' permission") }
        let service = CasePanelService(request)
        try await change(request, service, viewer, record, panel)
        guard let fresh = try await PanelCaseModel.find(record.id, on: request.db) else { throw Abort(.notFound) }
        return try await service.detail(fresh, viewer: viewer)
    }

    // MARK: - Handlers

    @Sendable func panels(_ request: Request) async throws -> [CasePanelDTO] {
        guard let viewer = try Self.viewer(request) else { return [] }
        return try await CasePanelService(request).panels(viewer)
    }

    @Sendable func cases(_ request: Request) async throws -> [PanelCaseSummaryDTO] {
        let (_, panel) = try await Self.memberPanel(request)
        return try await CasePanelService(request).cases(panelID: panel.id ?? UUID())
    }

    @Sendable func refer(_ request: Request) async throws -> Response {
        let (viewer, panel) = try await Self.memberPanel(request)
        guard viewer.may(.casesWrite, in: panel.cityID) else { throw Abort(.forbidden, reason: "this needs the 'cases:write' permission") }
        let body = try request.content.decode(CasePanelForms.Referral.self)
        let record = try await CasePanelService(request).refer(
            .init(name: body.name, dateOfBirth: body.dateOfBirth, reason: body.reason, indicators: (body.indicators ?? []).joined(separator: ",")),
            panel: panel, viewer: viewer)
        let summary = PanelCaseSummaryDTO(
            id: record.id ?? UUID(), reference: record.reference, panel: record.panelID, status: record.status,
            nextReviewOn: nil, referredAt: record.createdAt)
        let response = Response(status: .created)
        try response.content.encode(summary, as: .json)
        return response
    }

    struct KnownAnswer: Content { var known: Bool }

    @Sendable func known(_ request: Request) async throws -> KnownAnswer {
        let (viewer, panel) = try await Self.memberPanel(request)
        let body = try request.content.decode(CasePanelForms.Known.self)
        return KnownAnswer(
            known: try await CasePanelService(request).isKnown(panel: panel, name: body.name, dateOfBirth: body.dateOfBirth, viewer: viewer))
    }

    struct AgendaDTO: Content { var meeting: String; var items: [CasePanelService.AgendaItem] }

    @Sendable func agenda(_ request: Request) async throws -> AgendaDTO {
        let (_, panel) = try await Self.memberPanel(request)
        let agenda = try await CasePanelService(request).agenda(panel)
        return AgendaDTO(meeting: PanelCalendar.string(agenda.meeting), items: agenda.items)
    }

    @Sendable func insight(_ request: Request) async throws -> CasePanelService.Insight {
        let principal = try request.requirePrincipal()
        let service = CasePanelService(request)
        guard let panel = try await service.insightPanel(request.parameters.get("panel").flatMap(UUID.init(uuidString:)), principal: principal)
        else { throw Abort(.notFound) }
        return try await service.insight(panel, viewer: PanelViewer(principal))
    }

    @Sendable func show(_ request: Request) async throws -> PanelCaseDTO {
        let (viewer, record, _) = try await Self.openedCase(request)
        return try await CasePanelService(request).detail(record, viewer: viewer)
    }

    struct Opened: Content { var expiresAt: Date }

    @Sendable func open(_ request: Request) async throws -> Opened {
        let (viewer, record, _) = try await Self.memberCase(request)
        let body = try request.content.decode(CasePanelForms.Reason.self)
        try await CasePanelService(request).open(record, reason: body.reason, viewer: viewer)
        return Opened(expiresAt: request.cg.clock.now().addingTimeInterval(CasePanelService.accessDuration))
    }

    struct Erased: Content { var erased: Bool }

    @Sendable func erase(_ request: Request) async throws -> Erased {
        let (viewer, record, _) = try await Self.openedCase(request)
        let body = try request.content.decode(CasePanelForms.Reason.self)
        try await CasePanelService(request).erase(record, reason: body.reason, viewer: viewer)
        return Erased(erased: true)
    }

    @Sendable func accessLog(_ request: Request) async throws -> [PanelAccessLogEntryDTO] {
        let (viewer, record, _) = try await Self.memberCase(request)
        return try await CasePanelService(request).accessLog(record, viewer: viewer)
    }
}
