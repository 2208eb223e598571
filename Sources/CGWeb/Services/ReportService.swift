import CGDomain
import CGGeo
import CGSecurity
import CGStorage
import Fluent
import Foundation
import Vapor

/// Takes public reports in and serves the reporter's private follow-up page. Every write runs in an audited
/// transaction; the description, contact details, exact location, link and police reference are sealed.
struct ReportService: Sendable {
    let services: AppServices
    let database: any Database

    /// The keyed digests of an `Idempotency-Key` and of the report it came with.
    struct Idempotency: Sendable {
        var keyDigest: String
        var requestDigest: String
    }

    /// How long an idempotency key is remembered.
    static let idempotencyWindow: TimeInterval = 24 * 3600

    /// The validator, placing coordinates with the application's area lookup.
    var validator: ReportValidator {
        let areas = services.areas
        let database = database
        return ReportValidator { point, city in
            try await areas.locate(point, city: city, on: database)?.areaCode
        }
    }

    /// The idempotency digests for a presented key, or a field error when the key is unusable.
    func idempotency(key: String?, report: ValidatedReport) throws -> Idempotency? {
        guard let key else { return nil }
        guard (1...200).contains(key.count), key.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            throw FieldErrors(["Idempotency-Key": "must be 1 to 200 visible ASCII characters (a UUID is ideal)"])
        }
        return Idempotency(
            keyDigest: services.pseudonymizer.pseudonym(authorID: key, source: "report-idempotency-key"),
            requestDigest: SecretToken.digest(report.contentDigest))
    }

    /// Stores a report and returns its receipt; a retry under the same idempotency key gets the first
    /// receipt back (`replayed` true) and stores nothing.
    func submit(_ report: ValidatedReport, language: String, idempotency: Idempotency?) async throws
        -> (receipt: ReportReceipt, replayed: Bool)
    {
        let now = services.clock.now()
        let cipher = services.cipher
        let token = SecretToken.generate()
        let id = UUID()
        let model = try Self.model(
            report, id: id, reference: ReferenceCode.generate(), followUpToken: token, language: language,
            status: .received, now: now, synthetic: false, cipher: cipher)
        let receipt = ReportReceipt(
            reference: model.reference, status: ReportStatus.received.rawValue, followUpToken: token,
            followUpPath: SiteRoute.reportFollowUp(token: token).path)
        return try await services.audit.transaction(on: database) { tx, audit in
            if let idempotency {
                try await ReportIdempotencyKeyModel.query(on: tx)
                    .filter(\.$createdAt < now.addingTimeInterval(-Self.idempotencyWindow)).delete()
                if let existing = try await ReportIdempotencyKeyModel.query(on: tx)
                    .filter(\.$keyDigest == idempotency.keyDigest).first()
                {
                    guard existing.requestDigest == idempotency.requestDigest else {
                        throw FieldErrors(["Idempotency-Key": "was already used for a different report; use a new key"])
                    }
                    let json = try cipher.open(existing.responseSealed, binding: Self.idempotencyBinding(existing.keyDigest))
                    return (try JSONDecoder().decode(ReportReceipt.self, from: Data(json.utf8)), true)
                }
            }
            try await model.create(on: tx)
            for characteristic in report.characteristics {
                try await IncidentCharacteristicModel(reportID: id, characteristic: characteristic.rawValue).create(on: tx)
            }
            try await Self.event(id, kind: "submitted", to: .received, actorLabel: "reporter", at: now).create(on: tx)
            if let idempotency {
                let row = ReportIdempotencyKeyModel()
                row.id = UUID()
                row.keyDigest = idempotency.keyDigest
                row.requestDigest = idempotency.requestDigest
                row.reportID = id
                row.responseSealed = try cipher.seal(
                    String(decoding: try JSONEncoder().encode(receipt), as: UTF8.self),
                    binding: Self.idempotencyBinding(idempotency.keyDigest))
                row.createdAt = now
                try await row.create(on: tx)
            }
            try await audit.record(
                AuditEvent(
                    actorID: nil, actorLabel: "public reporter", action: .reportSubmitted,
                    recordType: "incident_report", recordID: id.uuidString, cityID: report.city))
            return (receipt, false)
        }
    }

    static func idempotencyBinding(_ keyDigest: String) -> FieldBinding {
        FieldBinding(table: ReportIdempotencyKeyModel.schema, field: "response", recordID: keyDigest)
    }

    /// The binding of a sealed report field.
    static func binding(_ id: UUID, _ field: String) -> FieldBinding {
        FieldBinding(table: IncidentReportModel.schema, field: field, recordID: id.uuidString)
    }

    /// A report row with its personal fields sealed.
    static func model(
        _ report: ValidatedReport, id: UUID, reference: String, followUpToken: String, language: String,
        status: ReportStatus, now: Date, synthetic: Bool, cipher: FieldCipher
    ) throws -> IncidentReportModel {
        let model = IncidentReportModel()
        model.id = id
        model.reference = reference
        model.followUpDigest = SecretToken.digest(followUpToken)
        model.cityID = report.city
        model.areaCode = report.areaCode
        model.locationSealed = try report.location.map {
            try cipher.seal("\($0.latitude),\($0.longitude)", binding: binding(id, "location"))
        }
        model.onlinePlatform = report.platform?.rawValue
        model.onlineLinkSealed = try cipher.sealIfPresent(report.link, binding: binding(id, "online_link"))
        model.incidentType = report.type.rawValue
        model.characteristics = report.characteristics.map(\.rawValue).joined(separator: ",")
        model.religion = report.religion?.rawValue
        model.occurredOn = report.date
        model.occurredTime = report.time
        model.day = report.day
        model.month = report.month
        model.reporterRole = report.reporter.rawValue
        model.policeReported = report.policeReported
        model.policeReferenceSealed = try cipher.sealIfPresent(report.policeReference, binding: binding(id, "police_reference"))
        model.wantsSupport = report.wantsSupport
        model.consentContact = report.consentToContact
        model.consentReferral = report.consentToReferral
        if let contact = report.contact {
            let json = String(decoding: try JSONEncoder().encode(contact), as: UTF8.self)
            model.contactSealed = try cipher.seal(json, binding: binding(id, "contact"))
        }
        model.descriptionSealed = try cipher.seal(report.description, binding: binding(id, "description"))
        model.status = status.rawValue
        model.language = language
        model.isSynthetic = synthetic
        model.createdAt = now
        model.updatedAt = now
        return model
    }

    /// A history entry.
    static func event(
        _ reportID: UUID, kind: String, from: ReportStatus? = nil, to: ReportStatus? = nil, detail: String? = nil,
        noteSealed: String? = nil, actorID: String? = nil, actorLabel: String, at date: Date
    ) -> IncidentReportEventModel {
        let event = IncidentReportEventModel()
        event.id = UUID()
        event.reportID = reportID
        event.kind = kind
        event.fromStatus = from?.rawValue
        event.toStatus = to?.rawValue
        event.detail = detail
        event.noteSealed = noteSealed
        event.actorID = actorID
        event.actorLabel = actorLabel
        event.createdAt = date
        return event
    }

    // MARK: - The reporter's follow-up page

    /// What the holder of a follow-up link may see: the status and its changes, and staff messages.
    /// Never notes, staff names, contact details or the location.
    struct FollowUp: Sendable {
        struct Message: Sendable {
            var date: Date
            var fromStaff: Bool
            /// Staff messages only; the reporter's own additions are not shown back.
            var text: String?
        }

        var reference: String
        var status: ReportStatus
        var submittedAt: Date
        var statusChanges: [(date: Date, status: ReportStatus)]
        var messages: [Message]
    }

    /// The report behind a follow-up token, or nil.
    func report(followUpToken token: String) async throws -> IncidentReportModel? {
        guard SecretToken.isWellFormed(token) else { return nil }
        return try await IncidentReportModel.query(on: database)
            .filter(\.$followUpDigest == SecretToken.digest(token)).first()
    }

    /// The follow-up page's content, or nil when the token is unknown.
    func followUp(token: String) async throws -> FollowUp? {
        guard let report = try await report(followUpToken: token), let id = report.id else { return nil }
        let events = try await IncidentReportEventModel.query(on: database)
            .filter(\.$reportID == id).filter(\.$kind ~~ ["submitted", "status"]).sort(\.$createdAt).all()
        let messages = try await IncidentReportMessageModel.query(on: database)
            .filter(\.$reportID == id).sort(\.$createdAt).all()
        let cipher = services.cipher
        return FollowUp(
            reference: report.reference, status: ReportStatus(rawValue: report.status) ?? .received,
            submittedAt: report.createdAt,
            statusChanges: events.compactMap { event in
                event.toStatus.flatMap(ReportStatus.init(rawValue:)).map { (event.createdAt, $0) }
            },
            messages: try messages.map { message in
                let fromStaff = message.direction == "staff"
                return FollowUp.Message(
                    date: message.createdAt, fromStaff: fromStaff,
                    text: fromStaff
                        ? try cipher.open(message.bodySealed, binding: Self.messageBinding(message.id ?? UUID())) : nil)
            })
    }

    static func messageBinding(_ id: UUID) -> FieldBinding {
        FieldBinding(table: IncidentReportMessageModel.schema, field: "body", recordID: id.uuidString)
    }

    /// Adds a message to a report's follow-up channel, sealed and audited.
    static func addMessage(
        _ text: String, to report: IncidentReportModel, fromStaff: Bool, actorID: String?, actorLabel: String,
        services: AppServices, on database: any Database
    ) async throws {
        guard let reportID = report.id else { throw Abort(.notFound) }
        var errors = FieldErrors()
        let body = ReportValidator.clean(text, limit: nil, keepLines: true)
        if body == nil { errors.add("message", "is required") }
        if let body, body.count > ReportValidator.Limit.followUpMessage {
            errors.add("message", "must be at most \(ReportValidator.Limit.followUpMessage) characters")
        }
        try errors.throwIfAny()
        guard let body else { return }
        let now = services.clock.now()
        let message = IncidentReportMessageModel()
        let messageID = UUID()
        message.id = messageID
        message.reportID = reportID
        message.direction = fromStaff ? "staff" : "reporter"
        message.bodySealed = try services.cipher.seal(body, binding: messageBinding(messageID))
        message.createdAt = now
        try await services.audit.transaction(on: database) { tx, audit in
            try await message.create(on: tx)
            try await event(
                reportID, kind: fromStaff ? "staff_message" : "reporter_message", actorID: actorID,
                actorLabel: actorLabel, at: now
            ).create(on: tx)
            try await IncidentReportModel.query(on: tx).filter(\.$id == reportID).set(\.$updatedAt, to: now).update()
            try await audit.record(
                AuditEvent(
                    actorID: actorID, actorLabel: actorLabel,
                    action: fromStaff ? .reportMessageSent : .reportFollowUpAdded, recordType: "incident_report",
                    recordID: reportID.uuidString, cityID: report.cityID))
        }
    }
}
