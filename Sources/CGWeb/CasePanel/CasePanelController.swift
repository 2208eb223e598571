import CGCasePanel
import CGDomain
import CGGeo
import CGStorage
import Fluent
import Vapor

/// The case panel's pages. A case of a panel the user's agency is not on answers exactly like a case that
/// does not exist (404); a member sees only a reason form until stating why they open the case.
struct CasePanelController {
    func register(_ app: Application) {
        app.get("panel", use: home)
        app.get("panel", "admin", use: admin)
        app.post("panel", "admin", use: createPanel)
        app.post("panel", "admin", ":panel", "agencies", use: addAgency)
        app.post("panel", "admin", ":panel", "coordinators", use: addCoordinator)
        app.get("panel", "panels", ":panel", use: panel)
        app.post("panel", "panels", ":panel", "referrals", use: refer)
        app.post("panel", "panels", ":panel", "known", use: known)
        app.get("panel", "panels", ":panel", "insight", use: insight)
        app.get("panel", "cases", ":case", use: showCase)
        app.post("panel", "cases", ":case", "open", use: openCase)
        app.get("panel", "cases", ":case", "access", use: access)
        app.post("panel", "cases", ":case", "screen") { try await write($0) { request, s, v, c, p in
            let form = try request.content.decode(CasePanelForms.Screening.self)
            try await s.screen(c, panel: p, .init(decision: form.decision, note: form.note, ideology: form.ideology), viewer: v)
        } }
        app.post("panel", "cases", ":case", "sections") { try await write($0) { request, s, v, c, _ in
            let form = try request.content.decode(CasePanelForms.Section.self)
            try await s.addSection(c, Self.section(form), viewer: v)
        } }
        app.post("panel", "cases", ":case", "actions") { try await write($0) { request, s, v, c, _ in
            let form = try request.content.decode(CasePanelForms.Action.self)
            try await s.addAction(c, .init(agency: form.agency, description: form.description, dueOn: form.dueOn), viewer: v)
        } }
        app.post("panel", "cases", ":case", "actions", ":action") { try await write($0) { request, s, v, c, _ in
            let form = try request.content.decode(CasePanelForms.ActionStatus.self)
            try await s.setActionStatus(
                c, actionID: request.parameters.get("action").flatMap(UUID.init(uuidString:)), status: form.status, viewer: v)
        } }
        app.post("panel", "cases", ":case", "review") { try await write($0) { request, s, v, c, p in
            try await s.review(c, panel: p, decision: try request.content.decode(CasePanelForms.Review.self).decision, viewer: v)
        } }
        app.post("panel", "cases", ":case", "close") { try await write($0) { request, s, v, c, p in
            try await s.close(c, panel: p, outcome: try request.content.decode(CasePanelForms.Close.self).outcome, viewer: v)
        } }
        app.post("panel", "cases", ":case", "hold") { try await write($0) { request, s, v, c, _ in
            let form = try request.content.decode(CasePanelForms.Hold.self)
            try await s.setHold(c, hold: form.hold ?? false, reason: form.reason, viewer: v)
        } }
        app.post("panel", "cases", ":case", "erase", use: erase)
    }

    static func section(_ form: CasePanelForms.Section) -> CasePanelService.NewSection {
        .init(
            kind: form.kind, legalBasis: form.legalBasis, restrict: form.restrict ?? false,
            factors: (form.factors ?? []).joined(separator: ","), ideology: form.ideology, content: form.content)
    }

    // MARK: - Access

    /// The signed-in staff member as a panel viewer (any role: membership decides).
    static func viewer(_ request: Request) throws -> PanelViewer? {
        PanelViewer(try request.requireSignedIn())
    }

    /// The case in the path and its panel, when the signed-in user's agency is on the panel; 404 otherwise.
    static func memberCase(_ request: Request) async throws -> (PanelViewer, PanelCaseModel, CasePanelModel) {
        let viewer = try viewer(request)
        guard let viewer,
            let (record, panel) = try await CasePanelService(request).memberCase(
                request.parameters.get("case").flatMap(UUID.init(uuidString:)), viewer: viewer)
        else { throw Abort(.notFound) }
        return (viewer, record, panel)
    }

    static func memberPanel(_ request: Request) async throws -> (PanelViewer, CasePanelModel) {
        let viewer = try viewer(request)
        guard let viewer,
            let panel = try await CasePanelService(request).memberPanel(
                request.parameters.get("panel").flatMap(UUID.init(uuidString:)), viewer: viewer)
        else { throw Abort(.notFound) }
        return (viewer, panel)
    }

    // MARK: - Pages

    @Sendable func home(_ request: Request) async throws -> HTMLPage {
        guard let viewer = try Self.viewer(request) else { throw Abort(.notFound) }
        let service = CasePanelService(request)
        return HTMLPage(
            PanelHomePage.render(
                request.page,
                .init(panels: try await service.panels(viewer), mayAdminister: viewer.permissions.contains(.usersManage))))
    }

    func renderPanel(
        _ request: Request, _ viewer: PanelViewer, _ panel: CasePanelModel, status: HTTPStatus = .ok,
        message: String? = nil, errors: [String: String] = [:]
    ) async throws -> HTMLPage {
        let service = CasePanelService(request)
        let dto = try await service.panelDTO(panel, viewer: viewer)
        let agenda = try await service.agenda(panel)
        let model = PanelPage.Model(
            panel: dto, cases: try await service.cases(panelID: dto.id), meeting: PanelCalendar.string(agenda.meeting),
            agenda: agenda.items, message: message, errors: errors)
        return HTMLPage(PanelPage.render(request.page, model), status: status)
    }

    @Sendable func panel(_ request: Request) async throws -> HTMLPage {
        let (viewer, panel) = try await Self.memberPanel(request)
        return try await renderPanel(request, viewer, panel)
    }

    @Sendable func refer(_ request: Request) async throws -> Response {
        let (viewer, panel) = try await Self.memberPanel(request)
        guard viewer.may(.casesWrite, in: panel.cityID) else { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
        let form = try request.content.decode(CasePanelForms.Referral.self)
        do {
            let record = try await CasePanelService(request).refer(
                .init(name: form.name, dateOfBirth: form.dateOfBirth, reason: form.reason,
                      indicators: (form.indicators ?? []).joined(separator: ",")),
                panel: panel, viewer: viewer)
            return try await renderPanel(
                request, viewer, panel, message: request.t("panel.referred", ["reference": record.reference]))
                .encodeResponse(for: request)
        } catch let errors as FieldErrors {
            return try await renderPanel(request, viewer, panel, status: .unprocessableEntity, errors: errors.fields)
                .encodeResponse(for: request)
        }
    }

    @Sendable func known(_ request: Request) async throws -> HTMLPage {
        let (viewer, panel) = try await Self.memberPanel(request)
        let form = try request.content.decode(CasePanelForms.Known.self)
        do {
            let known = try await CasePanelService(request).isKnown(
                panel: panel, name: form.name, dateOfBirth: form.dateOfBirth, viewer: viewer)
            return try await renderPanel(request, viewer, panel, message: request.t(known ? "panel.known_yes" : "panel.known_no"))
        } catch let errors as FieldErrors {
            return try await renderPanel(request, viewer, panel, status: .unprocessableEntity, errors: errors.fields)
        }
    }

    @Sendable func insight(_ request: Request) async throws -> HTMLPage {
        let principal = try request.requireSignedIn()
        let service = CasePanelService(request)
        guard let panel = try await service.insightPanel(request.parameters.get("panel").flatMap(UUID.init(uuidString:)), principal: principal)
        else { throw Abort(.notFound) }
        let insight = try await service.insight(panel, viewer: PanelViewer(principal))
        return HTMLPage(PanelInsightPage.render(request.page, .init(panelName: panel.name, insight: insight)))
    }

    func renderCase(
        _ request: Request, _ viewer: PanelViewer, _ record: PanelCaseModel, _ panel: CasePanelModel,
        status: HTTPStatus = .ok, errors: [String: String] = [:]
    ) async throws -> HTMLPage {
        let service = CasePanelService(request)
        guard let id = record.id else { throw Abort(.notFound) }
        guard try await service.hasAccess(record, viewer) else {
            return HTMLPage(
                PanelCasePage.render(request.page, .init(id: id, reference: record.reference, detail: nil, errors: errors)),
                status: status == .ok ? .ok : status)
        }
        let dto = try await service.panelDTO(panel, viewer: viewer)
        let agencies = try await AgencyModel.query(on: request.db).filter(\.$id ~~ dto.agencies).sort(\.$name).all()
        let model = PanelCasePage.Model(
            id: id, reference: record.reference, detail: try await service.detail(record, viewer: viewer),
            isCoordinator: dto.isCoordinator,
            agencies: agencies.compactMap { agency in agency.id.map { ($0.uuidString, agency.name) } }, errors: errors)
        return HTMLPage(PanelCasePage.render(request.page, model), status: status)
    }

    @Sendable func showCase(_ request: Request) async throws -> HTMLPage {
        let (viewer, record, panel) = try await Self.memberCase(request)
        return try await renderCase(request, viewer, record, panel)
    }

    @Sendable func openCase(_ request: Request) async throws -> Response {
        let (viewer, record, panel) = try await Self.memberCase(request)
        let form = try request.content.decode(CasePanelForms.Reason.self)
        do {
            try await CasePanelService(request).open(record, reason: form.reason, viewer: viewer)
        } catch let errors as FieldErrors {
            return try await renderCase(request, viewer, record, panel, status: .unprocessableEntity, errors: errors.fields)
                .encodeResponse(for: request)
        }
        return request.redirect(to: PanelRoute.caseFile(record.id ?? UUID()).path, redirectType: .normal)
    }

    /// Runs a write on a case the viewer has opened, then shows the case again (with reasons on refusal).
    func write(
        _ request: Request,
        _ change: @escaping @Sendable (Request, CasePanelService, PanelViewer, PanelCaseModel, CasePanelModel) async throws -> Void
    ) async throws -> Response {
        let (viewer, record, panel) = try await Self.memberCase(request)
        let service = CasePanelService(request)
        guard try await service.hasAccess(record, viewer) else {
            return try await renderCase(request, viewer, record, panel, status: .forbidden).encodeResponse(for: request)
        }
        guard viewer.may(.casesWrite, in: record.cityID) else { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
        do {
            try await change(request, service, viewer, record, panel)
        } catch let errors as FieldErrors {
            return try await renderCase(request, viewer, record, panel, status: .unprocessableEntity, errors: errors.fields)
                .encodeResponse(for: request)
        }
        return request.redirect(to: PanelRoute.caseFile(record.id ?? UUID()).path, redirectType: .normal)
    }

    /// Erasure leaves nothing to show: back to the panel.
    @Sendable func erase(_ request: Request) async throws -> Response {
        let (viewer, record, panel) = try await Self.memberCase(request)
        let service = CasePanelService(request)
        guard try await service.hasAccess(record, viewer) else {
            return try await renderCase(request, viewer, record, panel, status: .forbidden).encodeResponse(for: request)
        }
        do {
            try await service.erase(record, reason: try request.content.decode(CasePanelForms.Reason.self).reason, viewer: viewer)
        } catch let errors as FieldErrors {
            return try await renderCase(request, viewer, record, panel, status: .unprocessableEntity, errors: errors.fields)
                .encodeResponse(for: request)
        }
        return request.redirect(to: PanelRoute.panel(record.panelID).path, redirectType: .normal)
    }

    @Sendable func access(_ request: Request) async throws -> HTMLPage {
        let (viewer, record, _) = try await Self.memberCase(request)
        let entries = try await CasePanelService(request).accessLog(record, viewer: viewer)
        return HTMLPage(PanelAccessPage.render(request.page, .init(id: record.id ?? UUID(), reference: record.reference, entries: entries)))
    }

    // MARK: - Administration

    static func adminCity(_ request: Request) throws -> (PanelViewer?, Principal, String) {
        let principal = try request.requireSignedIn()
        let city: String
        switch principal.scope {
        case .city(let own): city = own
        case .all: city = request.query[String.self, at: "city"] ?? DemoSeeder.city
        }
        guard CityPacks.pack(id: city) != nil, principal.may(.usersManage, in: city) else { throw Abort(.notFound) }
        return (PanelViewer(principal), principal, city)
    }

    func renderAdmin(
        _ request: Request, _ principal: Principal, city: String, status: HTTPStatus = .ok, message: String? = nil,
        errors: [String: String] = [:]
    ) async throws -> HTMLPage {
        let service = CasePanelService(request)
        var panels: [CasePanelDTO] = []
        for panel in try await CasePanelModel.query(on: request.db).filter(\.$cityID == city).sort(\.$name).all() {
            panels.append(try await service.panelDTO(panel, viewer: nil))
        }
        let agencies = try await AgencyModel.query(on: request.db).filter(\.$cityID == city).sort(\.$name).all()
        let names = Dictionary(agencies.compactMap { agency in agency.id.map { ($0, agency.name) } }, uniquingKeysWith: { a, _ in a })
        let users = try await StaffDirectory(services: request.cg, database: request.db)
            .users(in: .city(city), readBy: .init(id: principal.auditActorID, label: principal.auditLabel))
            .filter { !$0.disabled && $0.role.permissions.contains(.casesRead) }
        let model = PanelAdminPage.Model(
            city: city, panels: panels,
            agencies: agencies.compactMap { agency in agency.id.map { ($0.uuidString, agency.name) } },
            users: users.map { ($0.id.uuidString, "\($0.name) · \(names[$0.agencyID] ?? "?")") },
            message: message, errors: errors)
        return HTMLPage(PanelAdminPage.render(request.page, model), status: status)
    }

    @Sendable func admin(_ request: Request) async throws -> HTMLPage {
        let (_, principal, city) = try Self.adminCity(request)
        return try await renderAdmin(request, principal, city: city)
    }

    @Sendable func createPanel(_ request: Request) async throws -> HTMLPage {
        let (_, principal, city) = try Self.adminCity(request)
        let form = try request.content.decode(CasePanelForms.Panel.self)
        do {
            _ = try await CasePanelService(request).createPanel(
                .init(city: city, name: form.name, weekdays: form.weekdays, reviewIntervalDays: form.reviewIntervalDays,
                      retentionDays: form.retentionDays),
                actorID: principal.auditActorID, label: principal.auditLabel)
            return try await renderAdmin(request, principal, city: city, message: request.t("panel.saved"))
        } catch let errors as FieldErrors {
            return try await renderAdmin(request, principal, city: city, status: .unprocessableEntity, errors: errors.fields)
        }
    }

    func adminPanelChange(
        _ request: Request,
        _ change: (CasePanelService, CasePanelModel, Principal) async throws -> Void
    ) async throws -> HTMLPage {
        let (_, principal, city) = try Self.adminCity(request)
        guard let id = request.parameters.get("panel").flatMap(UUID.init(uuidString:)),
            let panel = try await CasePanelModel.find(id, on: request.db), panel.cityID == city
        else { throw Abort(.notFound) }
        do {
            try await change(CasePanelService(request), panel, principal)
            return try await renderAdmin(request, principal, city: city, message: request.t("panel.saved"))
        } catch let errors as FieldErrors {
            return try await renderAdmin(request, principal, city: city, status: .unprocessableEntity, errors: errors.fields)
        }
    }

    @Sendable func addAgency(_ request: Request) async throws -> HTMLPage {
        let form = try request.content.decode(CasePanelForms.Agency.self)
        return try await adminPanelChange(request) { service, panel, principal in
            try await service.addAgency(
                panel, agencyID: form.agency.flatMap(UUID.init(uuidString:)), actorID: principal.auditActorID,
                label: principal.auditLabel)
        }
    }

    @Sendable func addCoordinator(_ request: Request) async throws -> HTMLPage {
        let form = try request.content.decode(CasePanelForms.Coordinator.self)
        return try await adminPanelChange(request) { service, panel, principal in
            try await service.addCoordinator(
                panel, userID: form.user.flatMap(UUID.init(uuidString:)), actorID: principal.auditActorID,
                label: principal.auditLabel)
        }
    }
}
