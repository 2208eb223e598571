import CGDomain
import CGGeo
import CGStorage
import Vapor

/// Caseworker triage pages. Everything answers 404 to anyone who may not read the city's reports, so the
/// existence of a report is not given away.
struct TriageController {
    struct UpdateForm: Content { var status: String?; var classification: String?; var duplicateOf: String?; var note: String? }
    struct ReasonForm: Content { var reason: String? }
    struct ReferralForm: Content { var partner: String?; var note: String? }
    struct MessageForm: Content { var message: String? }
    struct PartnerForm: Content { var name: String?; var services: String?; var languages: String?; var areasServed: String?; var contact: String? }
    struct ActiveForm: Content { var active: String? }

    func register(_ app: Application) {
        app.get(APIOperation.vaporPath(SiteRoute.triage.path), use: queue)
        app.get("triage", "reports", ":id", use: show)
        app.post("triage", "reports", ":id", "update", use: update)
        app.post("triage", "reports", ":id", "contact", use: openContact)
        app.post("triage", "reports", ":id", "referral", use: refer)
        app.post("triage", "reports", ":id", "message", use: message)
        app.get(APIOperation.vaporPath(SiteRoute.triagePartners.path), use: partners)
        app.post(APIOperation.vaporPath(SiteRoute.triagePartners.path), use: createPartner)
        app.post("triage", "partners", ":id", "active", use: setPartnerActive)
        app.get("triage", "export.csv", use: export)
    }

    // MARK: - Access

    /// The signed-in principal when it may read reports of some city; 404 otherwise.
    static func caseworker(_ request: Request) throws -> Principal {
        let principal = try request.requireSignedIn()
        guard principal.permissions.contains(.reportsRead) else { throw Abort(.notFound) }
        return principal
    }

    /// The city the request is about: the principal's own, or `?city=` for installation-wide staff.
    static func city(_ request: Request, _ principal: Principal) throws -> CityPack {
        let asked = request.query[String.self, at: "city"]
        let id: String
        switch principal.scope {
        case .city(let own):
            if let asked, asked != own { throw Abort(.notFound) }
            id = own
        case .all:
            id = asked ?? DemoSeeder.city
        }
        guard let pack = CityPacks.pack(id: id), principal.may(.reportsRead, in: id) else { throw Abort(.notFound) }
        return pack
    }

    /// The report named in the path when the principal may read its city's reports; 404 otherwise.
    static func report(_ request: Request, _ principal: Principal) async throws -> IncidentReportModel {
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let report = try await TriageService(services: request.cg, database: request.db).report(id),
            principal.may(.reportsRead, in: report.cityID)
        else { throw Abort(.notFound) }
        return report
    }

    static func actor(_ principal: Principal) -> TriageService.Actor {
        TriageService.Actor(id: principal.auditActorID, label: principal.auditLabel)
    }

    static func service(_ request: Request) -> TriageService {
        TriageService(services: request.cg, database: request.db)
    }

    // MARK: - Queue and report

    @Sendable func queue(_ request: Request) async throws -> HTMLPage {
        let principal = try Self.caseworker(request)
        let pack = try Self.city(request, principal)
        let status = request.query[String.self, at: "status"].flatMap(ReportStatus.init(rawValue:))
        let service = Self.service(request)
        let model = TriagePage.Model(
            city: pack.id, cityName: pack.englishName, status: status?.rawValue,
            counts: try await service.statusCounts(city: pack.id),
            items: try await service.queue(city: pack.id, status: status),
            areaNames: Dictionary(pack.areas.map { ($0.code, $0.localName) }, uniquingKeysWith: { first, _ in first }))
        return HTMLPage(TriagePage.render(request.page, model))
    }

    func render(
        _ request: Request, _ principal: Principal, _ report: IncidentReportModel, status: HTTPStatus = .ok,
        opened: TriageService.OpenedContact? = nil, message: String? = nil, errors: [String: String] = [:]
    ) async throws -> HTMLPage {
        let detail = try await Self.service(request).detail(report, actor: Self.actor(principal))
        let partners = try await PartnerDirectory(services: request.cg, database: request.db)
            .partners(city: report.cityID, activeOnly: true)
        let model = TriageReportPage.Model(
            detail: detail, areaName: CityPacks.pack(id: report.cityID)?.area(code: report.areaCode)?.localName,
            partners: partners, opened: opened, mayWrite: principal.may(.reportsWrite, in: report.cityID),
            mayOpenContact: principal.may(.contactOpen, in: report.cityID), message: message, errors: errors)
        return HTMLPage(TriageReportPage.render(request.page, model), status: status)
    }

    @Sendable func show(_ request: Request) async throws -> HTMLPage {
        let principal = try Self.caseworker(request)
        return try await render(request, principal, try await Self.report(request, principal))
    }

    /// Runs a write on a report and shows the report again, with the reasons when it was refused.
    func perform(
        _ request: Request, needs permission: Permission,
        _ change: (Principal, IncidentReportModel) async throws -> (message: String, opened: TriageService.OpenedContact?)
    ) async throws -> HTMLPage {
        let principal = try Self.caseworker(request)
        let report = try await Self.report(request, principal)
        guard principal.may(permission, in: report.cityID) else {
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        }
        do {
            let result = try await change(principal, report)
            let fresh = try await Self.report(request, principal)
            return try await render(request, principal, fresh, opened: result.opened, message: result.message)
        } catch let errors as FieldErrors {
            return try await render(request, principal, report, status: .unprocessableEntity, errors: errors.fields)
        }
    }

    @Sendable func update(_ request: Request) async throws -> HTMLPage {
        let form = try request.content.decode(UpdateForm.self)
        return try await perform(request, needs: .reportsWrite) { principal, report in
            var change = TriageService.Change()
            if let raw = form.status, !raw.isEmpty {
                guard let status = ReportStatus(rawValue: raw) else { throw FieldErrors(["status": "unknown status"]) }
                change.status = status
            }
            if let raw = form.classification, !raw.isEmpty {
                if raw == "none" {
                    change.clearClassification = true
                } else {
                    guard let value = HateClassification(rawValue: raw) else {
                        throw FieldErrors(["classification": "unknown classification"])
                    }
                    change.classification = value
                }
            }
            change.duplicateOf = form.duplicateOf
            change.note = form.note
            try await Self.service(request).update(reportID: report.id ?? UUID(), change, actor: Self.actor(principal))
            return (request.t("triage.saved"), nil)
        }
    }

    @Sendable func openContact(_ request: Request) async throws -> HTMLPage {
        let form = try request.content.decode(ReasonForm.self)
        return try await perform(request, needs: .contactOpen) { principal, report in
            let opened = try await Self.service(request).openContact(report, reason: form.reason, actor: Self.actor(principal))
            return (request.t("triage.contact_opened"), opened)
        }
    }

    @Sendable func refer(_ request: Request) async throws -> HTMLPage {
        let form = try request.content.decode(ReferralForm.self)
        return try await perform(request, needs: .reportsWrite) { principal, report in
            try await Self.service(request).refer(
                report, partnerID: form.partner.flatMap(UUID.init(uuidString:)), note: form.note,
                actor: Self.actor(principal))
            return (request.t("triage.referred"), nil)
        }
    }

    @Sendable func message(_ request: Request) async throws -> HTMLPage {
        let form = try request.content.decode(MessageForm.self)
        return try await perform(request, needs: .reportsWrite) { principal, report in
            try await ReportService.addMessage(
                form.message ?? "", to: report, fromStaff: true, actorID: principal.auditActorID,
                actorLabel: principal.auditLabel, services: request.cg, on: request.db)
            return (request.t("triage.message_sent"), nil)
        }
    }

    // MARK: - Partners

    func renderPartners(
        _ request: Request, _ principal: Principal, _ pack: CityPack, status: HTTPStatus = .ok, message: String? = nil,
        errors: [String: String] = [:]
    ) async throws -> HTMLPage {
        let model = PartnersPage.Model(
            city: pack.id, cityName: pack.englishName,
            partners: try await PartnerDirectory(services: request.cg, database: request.db).partners(city: pack.id),
            areaNames: Dictionary(pack.areas.map { ($0.code, $0.localName) }, uniquingKeysWith: { first, _ in first }),
            mayEdit: principal.may(.reportsWrite, in: pack.id) || principal.may(.usersManage, in: pack.id),
            message: message, errors: errors)
        return HTMLPage(PartnersPage.render(request.page, model), status: status)
    }

    static func partnerEditor(_ request: Request) throws -> (Principal, CityPack) {
        let principal = try caseworker(request)
        let pack = try city(request, principal)
        guard principal.may(.reportsWrite, in: pack.id) || principal.may(.usersManage, in: pack.id) else {
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        }
        return (principal, pack)
    }

    @Sendable func partners(_ request: Request) async throws -> HTMLPage {
        let principal = try Self.caseworker(request)
        return try await renderPartners(request, principal, try Self.city(request, principal))
    }

    @Sendable func createPartner(_ request: Request) async throws -> HTMLPage {
        let (principal, pack) = try Self.partnerEditor(request)
        let form = try request.content.decode(PartnerForm.self)
        do {
            try await PartnerDirectory(services: request.cg, database: request.db).create(
                .init(name: form.name, services: form.services, languages: form.languages, areasServed: form.areasServed, contact: form.contact),
                city: pack.id, actor: Self.actor(principal))
            return try await renderPartners(request, principal, pack, message: request.t("partners.saved"))
        } catch let errors as FieldErrors {
            return try await renderPartners(request, principal, pack, status: .unprocessableEntity, errors: errors.fields)
        }
    }

    @Sendable func setPartnerActive(_ request: Request) async throws -> HTMLPage {
        let principal = try Self.caseworker(request)
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let partner = try await SupportPartnerModel.find(id, on: request.db),
            let pack = CityPacks.pack(id: partner.cityID), principal.may(.reportsRead, in: pack.id)
        else { throw Abort(.notFound) }
        guard principal.may(.reportsWrite, in: pack.id) || principal.may(.usersManage, in: pack.id) else {
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        }
        let form = try request.content.decode(ActiveForm.self)
        try await PartnerDirectory(services: request.cg, database: request.db)
            .setActive(id, form.active == "1", city: pack.id, actor: Self.actor(principal))
        return try await renderPartners(request, principal, pack, message: request.t("partners.saved"))
    }

    // MARK: - Export

    @Sendable func export(_ request: Request) async throws -> Response {
        let principal = try Self.caseworker(request)
        let pack = try Self.city(request, principal)
        let csv = try await Self.service(request).export(city: pack.id, actor: Self.actor(principal))
        var headers = HTTPHeaders()
        headers.add(name: .contentType, value: "text/csv; charset=utf-8")
        headers.add(name: .contentDisposition, value: "attachment; filename=\"reports-\(pack.id).csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: csv))
    }
}
