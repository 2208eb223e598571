import CGAnalytics
import CGDomain
import CGGeo
import CGSecurity
import Vapor

/// The public report form and API, and the reporter's private follow-up page.
struct ReportController {
    let limiter: SubmissionRateLimiter

    /// Stored submissions allowed per client address per hour: `CG_REPORT_RATE_LIMIT` (0 turns it off).
    init(settings: AppSettings) {
        let limit = settings.environment["CG_REPORT_RATE_LIMIT"].flatMap(Int.init) ?? 20
        limiter = SubmissionRateLimiter(limit: limit <= 0 ? Int.max : limit, window: 3600)
    }

    func register(_ app: Application) {
        app.get(APIOperation.vaporPath(SiteRoute.report.path), use: form)
        app.post(APIOperation.vaporPath(SiteRoute.report.path), use: submitForm)
        app.get("report", "follow-up", ":token", use: followUp)
        app.post("report", "follow-up", ":token", use: addToFollowUp)
        app.documented(
            app,
            APIOperation(
                method: .POST, path: "/api/v1/reports", summary: "Report a hate incident (no account needed)",
                tag: "reports",
                parameters: [
                    .init(
                        "Idempotency-Key", in: "header", required: false,
                        schema: ["type": "string", "maxLength": 200],
                        description: "Send the same key when retrying: the report is stored once and the same receipt is returned (remembered 24 hours)",
                        example: "3f1c6d0e-5b2a-4c8e-9d7f-1a2b3c4d5e6f")
                ],
                requestSchema: Schemas.reportSubmission, requestExample: Schemas.reportSubmissionExample,
                responses: [
                    .init(201, "Stored. Keep the follow-up token private: it is shown only now.",
                          schema: Schemas.reportReceipt, example: Schemas.reportReceiptExample),
                    .init(200, "A retry with an Idempotency-Key already used for this report: the first receipt.",
                          schema: Schemas.reportReceipt, example: Schemas.reportReceiptExample),
                    .init(400, "The body is not JSON of the documented shape.", schema: Schemas.errorRef),
                    .init(422, "Invalid fields, with a reason for each.", schema: Schemas.errorRef,
                          example: ["error": "the request has invalid fields", "fields": ["date": "must not be in the future"]]),
                    .init(429, "Too many reports from this address; see Retry-After.", schema: Schemas.errorRef),
                ]),
            use: submitAPI)
        let token = APIOperation.Parameter(
            "token", in: "path", description: "The secret from the report's receipt (followUpToken)",
            example: "q8mB0w7g2y6Jr5k1c3Vx9Zt4Hn0Ld2Pe8Sa6Uf1Wi3Q")
        app.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/reports/follow-up/{token}", summary: "The status of your report", tag: "reports",
                parameters: [token],
                responses: [
                    .init(200, "Status, its changes and messages from caseworkers.", schema: Schemas.followUp, example: Schemas.followUpExample),
                    .init(404, "Unknown token.", schema: Schemas.errorRef),
                ]),
            use: followUpAPI)
        app.documented(
            app,
            APIOperation(
                method: .POST, path: "/api/v1/reports/follow-up/{token}/messages", summary: "Add information to your report",
                tag: "reports", parameters: [token],
                requestSchema: Schemas.followUpMessage, requestExample: Schemas.followUpMessageExample,
                responses: [
                    .init(201, "Added; the report as it now stands.", schema: Schemas.followUp, example: Schemas.followUpExample),
                    .init(400, "The body is not JSON of the documented shape.", schema: Schemas.errorRef),
                    .init(404, "Unknown token.", schema: Schemas.errorRef),
                    .init(422, "The message is empty or too long.", schema: Schemas.errorRef),
                    .init(429, "Too many messages from this address; see Retry-After.", schema: Schemas.errorRef),
                ]),
            use: addToFollowUpAPI)
    }

    func followUpDTO(_ request: Request, token: String) async throws -> FollowUpDTO {
        guard let view = try await ReportService(services: request.cg, database: request.db).followUp(token: token)
        else { throw Abort(.notFound, reason: "unknown follow-up token") }
        return FollowUpDTO(
            reference: view.reference, status: view.status.rawValue, submittedAt: view.submittedAt,
            statusChanges: view.statusChanges.map { .init(date: $0.date, status: $0.status.rawValue) },
            messages: view.messages.map { .init(date: $0.date, from: $0.fromStaff ? "caseworker" : "reporter", text: $0.text) })
    }

    @Sendable func followUpAPI(_ request: Request) async throws -> FollowUpDTO {
        try await followUpDTO(request, token: request.parameters.get("token") ?? "")
    }

    @Sendable func addToFollowUpAPI(_ request: Request) async throws -> Response {
        let token = request.parameters.get("token") ?? ""
        guard let report = try await ReportService(services: request.cg, database: request.db).report(followUpToken: token)
        else { throw Abort(.notFound, reason: "unknown follow-up token") }
        let input = try request.content.decode(FollowUpMessageInput.self)
        let client = "follow-up " + (request.remoteAddress?.ipAddress ?? "unknown")
        try await admit(client, now: request.cg.clock.now())
        do {
            try await ReportService.addMessage(
                input.message ?? "", to: report, fromStaff: false, actorID: nil, actorLabel: "reporter (follow-up API)",
                services: request.cg, on: request.db)
        } catch {
            await limiter.refund(client)
            throw error
        }
        let response = Response(status: .created)
        try response.content.encode(try await followUpDTO(request, token: token), as: .json)
        return response
    }

    // MARK: - The form

    static func pack(_ id: String?) -> CityPack {
        id.flatMap(CityPacks.pack(id:)) ?? CityPacks.pack(id: DemoSeeder.city) ?? CityPacks.all[0]
    }

    func model(_ request: Request, pack: CityPack, values: [String: String], errors: [String: String] = [:])
        -> ReportPage.Model
    {
        let page = request.page
        let selected = values["area"] ?? ""
        let areas = pack.areas.sorted { $0.localName < $1.localName }
        let labels = FormParts.tileLabels(pack)
        let cells = pack.areas.map { area in
            TileMapCell(
                code: area.code, label: labels[area.code] ?? area.code, name: area.localName, column: area.tile.column,
                row: area.tile.row, value: area.code == selected ? 1 : nil,
                displayText: page.t(area.code == selected ? "report.map_selected" : "report.map_choose"),
                href: "\(SiteRoute.report.path)?city=\(pack.id)&area=\(area.code)")
        }
        let chart = TileMapChart(
            cells: cells, columns: pack.gridColumns, rows: pack.gridRows,
            title: page.t("report.map_title"), description: page.t("report.map_hint"),
            legendTitle: page.t("report.map_legend"), breaks: ClassBreaks(bounds: [0, 1]), id: "areapicker",
            noDataText: page.t("report.map_choose"), suppressedText: page.t("report.map_choose"),
            tableColumns: [page.t("report.area"), page.t("report.map_legend")],
            classLabels: [page.t("report.map_selected")])
        let timeZone = TimeZone(identifier: pack.timeZone) ?? TimeZone(identifier: "UTC") ?? .current
        return ReportPage.Model(
            cityID: pack.id, cityName: pack.englishName,
            cities: CityPacks.all.map { ($0.id, $0.name) },
            areas: areas.map { ($0.code, $0.localName) }, values: values, errors: errors.mapValues { page.reason($0) },
            tileMap: chart.svg(),
            today: ReportValidator.dayString(request.cg.clock.now(), in: timeZone))
    }

    @Sendable func form(_ request: Request) async throws -> HTMLPage {
        let pack = Self.pack(request.query[String.self, at: "city"])
        var values: [String: String] = [:]
        if let area = request.query[String.self, at: "area"], pack.area(code: area) != nil { values["area"] = area }
        return HTMLPage(ReportPage.render(request.page, model(request, pack: pack, values: values)))
    }

    @Sendable func submitForm(_ request: Request) async throws -> HTMLPage {
        var fields = (try? request.content.decode([String: String].self)) ?? [:]
        fields["_csrf"] = nil
        let pack = Self.pack(fields["city"])
        if request.formExpired {
            fields["website"] = nil
            return HTMLPage(
                ReportPage.render(
                    request.page,
                    model(request, pack: pack, values: fields, errors: ["form": CSRFMiddleware.expiredFormReason])),
                status: .unprocessableEntity)
        }
        var submission = ReportSubmission()
        var errors = FieldErrors()
        func text(_ name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }
        func number(_ name: String) -> Double? {
            guard let raw = text(name)?.trimmingCharacters(in: .whitespaces) else { return nil }
            guard let value = Double(raw.replacingOccurrences(of: ",", with: ".")) else {
                errors.add(name, "must be a number")
                return nil
            }
            return value
        }
        submission.city = text("city")
        submission.area = text("area")
        submission.latitude = number("latitude")
        submission.longitude = number("longitude")
        submission.platform = text("platform")
        submission.link = text("link")
        submission.type = text("type")
        submission.description = text("description")
        submission.characteristics = TargetedCharacteristic.allCases.map(\.rawValue).filter { text("c_\($0)") != nil }
        submission.religion = text("religion")
        submission.date = text("date")
        submission.time = text("time")
        submission.reporter = text("reporter")
        submission.policeReported = text("policeReported") != nil
        submission.policeReference = text("policeReference")
        submission.wantsSupport = text("wantsSupport") != nil
        submission.consentToContact = text("consentToContact") != nil
        submission.consentToReferral = text("consentToReferral") != nil
        submission.contact = .init(name: text("name"), email: text("email"), phone: text("phone"), notes: text("contactNotes"))
        do {
            if !errors.isEmpty {
                // An unreadable coordinate must not hide the other fields' problems: the reporter would fix it
                // only to meet the next ones. Check everything; the coordinate keeps its own reason.
                let validator = ReportService(services: request.cg, database: request.db).validator
                do {
                    _ = try await validator.validate(submission, now: request.cg.clock.now())
                } catch let invalid as FieldErrors {
                    for (field, reason) in invalid.fields { errors.add(field, reason) }
                }
                throw errors
            }
            let receipt = try await accept(request, submission, honeypot: text("website"), idempotencyKey: nil).receipt
            return HTMLPage(
                ReportReceivedPage.render(
                    request.page,
                    .init(
                        reference: receipt.reference, followUpPath: receipt.followUpPath,
                        followUpURL: Self.address(request, receipt.followUpPath))),
                status: .created)
        } catch var invalid as FieldErrors {
            for (field, reason) in errors.fields { invalid.add(field, reason) }
            fields["website"] = nil
            return HTMLPage(
                ReportPage.render(request.page, model(request, pack: pack, values: fields, errors: invalid.fields)),
                status: .unprocessableEntity)
        }
    }

    /// `path` as a whole address a reporter can copy and paste: the host the browser reached (its `Host` header,
    /// when it is a plain host name or address), https under TLS or behind a TLS proxy (`--secure-cookies`).
    static func address(_ request: Request, _ path: String) -> String {
        let settings = request.cg.settings
        let scheme = settings.secureCookies || settings.tlsCertificatePath != nil ? "https" : "http"
        guard let host = request.headers.first(name: .host), !host.isEmpty, host.count <= 255,
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-.:[]".contains($0)) })
        else { return path }
        return "\(scheme)://\(host)\(path)"
    }

    @Sendable func submitAPI(_ request: Request) async throws -> Response {
        let submission = try request.content.decode(ReportSubmission.self)
        let (receipt, replayed) = try await accept(
            request, submission, honeypot: nil, idempotencyKey: request.headers.first(name: "Idempotency-Key"))
        let response = Response(status: replayed ? .ok : .created)
        if replayed { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
        try response.content.encode(receipt, as: .json)
        return response
    }

    /// Validates, rate-limits and stores a submission. A filled honeypot gets a convincing receipt and
    /// nothing is stored.
    func accept(_ request: Request, _ submission: ReportSubmission, honeypot: String?, idempotencyKey: String?)
        async throws -> (receipt: ReportReceipt, replayed: Bool)
    {
        let now = request.cg.clock.now()
        let client = request.remoteAddress?.ipAddress ?? "unknown"
        if honeypot != nil {
            try await admit(client, now: now)
            let token = SecretToken.generate()
            request.logger.info("report honeypot filled; nothing stored")
            return (
                ReportReceipt(
                    reference: ReferenceCode.generate(), status: ReportStatus.received.rawValue, followUpToken: token,
                    followUpPath: SiteRoute.reportFollowUp(token: token).path), false
            )
        }
        let service = ReportService(services: request.cg, database: request.db)
        let report = try await service.validator.validate(submission, now: now)
        let idempotency = try service.idempotency(key: idempotencyKey, report: report)
        try await admit(client, now: now)
        do {
            let result = try await service.submit(report, language: request.uiLanguage.rawValue, idempotency: idempotency)
            if result.replayed { await limiter.refund(client) }
            return result
        } catch {
            await limiter.refund(client)
            throw error
        }
    }

    func admit(_ client: String, now: Date) async throws {
        if let wait = await limiter.admit(client, now: now) {
            throw Abort(
                .tooManyRequests, headers: ["Retry-After": String(wait)],
                reason: "too many reports from this address; try again in \(wait) seconds")
        }
    }

    // MARK: - Follow-up

    func followUpModel(
        _ request: Request, token: String, message: String? = nil, error: String? = nil, draft: String? = nil
    ) async throws -> FollowUpPage.Model {
        guard let view = try await ReportService(services: request.cg, database: request.db).followUp(token: token)
        else { throw Abort(.notFound, reason: request.t("follow_up.unknown")) }
        return FollowUpPage.Model(
            token: token, reference: view.reference, status: view.status.rawValue, submittedAt: view.submittedAt,
            statusChanges: view.statusChanges.map { ($0.date, $0.status.rawValue) },
            messages: view.messages.map { ($0.date, $0.fromStaff, $0.text) }, message: message, error: error, draft: draft)
    }

    @Sendable func followUp(_ request: Request) async throws -> HTMLPage {
        let token = request.parameters.get("token") ?? ""
        return HTMLPage(FollowUpPage.render(request.page, try await followUpModel(request, token: token)))
    }

    @Sendable func addToFollowUp(_ request: Request) async throws -> HTMLPage {
        let token = request.parameters.get("token") ?? ""
        let service = ReportService(services: request.cg, database: request.db)
        guard let report = try await service.report(followUpToken: token) else {
            throw Abort(.notFound, reason: request.t("follow_up.unknown"))
        }
        let text = (try? request.content.get(String.self, at: "message")) ?? ""
        if request.formExpired {
            return HTMLPage(
                FollowUpPage.render(
                    request.page,
                    try await followUpModel(
                        request, token: token, error: request.page.reason(CSRFMiddleware.expiredFormReason), draft: text)),
                status: .unprocessableEntity)
        }
        let client = "follow-up " + (request.remoteAddress?.ipAddress ?? "unknown")
        do {
            try await admit(client, now: request.cg.clock.now())
            try await ReportService.addMessage(
                text, to: report, fromStaff: false, actorID: nil, actorLabel: "reporter (follow-up link)",
                services: request.cg, on: request.db)
        } catch let errors as FieldErrors {
            await limiter.refund(client)
            return HTMLPage(
                FollowUpPage.render(
                    request.page,
                    try await followUpModel(
                        request, token: token,
                        error: errors.fields.sorted { $0.key < $1.key }.map { request.page.reason($0.value) }
                            .joined(separator: "; "), draft: text)),
                status: .unprocessableEntity)
        }
        return HTMLPage(
            FollowUpPage.render(
                request.page, try await followUpModel(request, token: token, message: request.t("follow_up.thanks"))))
    }
}
