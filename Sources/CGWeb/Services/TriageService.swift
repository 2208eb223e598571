import CGDomain
import CGGeo
import CGSecurity
import CGStorage
import Fluent
import Foundation
import Vapor

/// Caseworker triage: the queue, a report's details and history, status changes with notes, classification,
/// opening contact details (with a reason), referrals, messages to the reporter, the partner directory and
/// the staff export. Every write and every opening of contact details is audited in its own transaction.
struct TriageService: Sendable {
    let services: AppServices
    let database: any Database

    /// Who acts, for the history and the audit trail.
    struct Actor: Sendable {
        var id: String
        var label: String
    }

    struct QueueItem: Sendable {
        var id: UUID
        var reference: String
        var receivedAt: Date
        var occurredOn: String
        var type: String
        var areaCode: String
        var status: String
        var characteristics: [String]
        var wantsSupport: Bool
        var synthetic: Bool
    }

    /// Reports of a city in a status (nil: the open ones, received and under review), oldest first.
    func queue(city: String, status: ReportStatus?, limit: Int = 200) async throws -> [QueueItem] {
        let statuses = status.map { [$0.rawValue] } ?? [ReportStatus.received.rawValue, ReportStatus.underReview.rawValue]
        var query = IncidentReportModel.query(on: database)
            .filter(\.$cityID == city).filter(\.$status ~~ statuses)
        query = status?.isFinal == true ? query.sort(\.$createdAt, .descending) : query.sort(\.$createdAt)
        return try await query.limit(limit).all().compactMap { report in
            guard let id = report.id else { return nil }
            return QueueItem(
                id: id, reference: report.reference, receivedAt: report.createdAt, occurredOn: report.occurredOn,
                type: report.incidentType, areaCode: report.areaCode, status: report.status,
                characteristics: report.characteristics.split(separator: ",").map(String.init),
                wantsSupport: report.wantsSupport, synthetic: report.isSynthetic)
        }
    }

    /// Counts per status, for the queue's filter.
    func statusCounts(city: String) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for status in ReportStatus.allCases {
            counts[status.rawValue] = try await IncidentReportModel.query(on: database)
                .filter(\.$cityID == city).filter(\.$status == status.rawValue).count()
        }
        return counts
    }

    func report(_ id: UUID) async throws -> IncidentReportModel? {
        try await IncidentReportModel.find(id, on: database)
    }

    struct HistoryItem: Sendable {
        var date: Date
        var kind: String
        var from: String?
        var to: String?
        var detail: String?
        var note: String?
        var actor: String
    }

    struct ReferralItem: Sendable {
        var date: Date
        var partner: String
        var actor: String
    }

    struct Detail: Sendable {
        var id: UUID
        var reference: String
        var city: String
        var areaCode: String
        var type: String
        var description: String
        var characteristics: [String]
        var religion: String?
        var occurredOn: String
        var occurredTime: String?
        var reporterRole: String
        var policeReported: Bool
        var platform: String?
        var hasLocation: Bool
        var hasContact: Bool
        var wantsSupport: Bool
        var consentContact: Bool
        var consentReferral: Bool
        var status: ReportStatus
        var classification: String?
        var duplicateOfReference: String?
        var receivedAt: Date
        var synthetic: Bool
        var history: [HistoryItem]
        var messages: [(date: Date, fromStaff: Bool, text: String)]
        var referrals: [ReferralItem]
    }

    /// A report with its description and notes opened. Recorded in the audit trail as a read.
    func detail(_ report: IncidentReportModel, actor: Actor) async throws -> Detail {
        guard let id = report.id else { throw Abort(.notFound) }
        let cipher = services.cipher
        let events = try await IncidentReportEventModel.query(on: database)
            .filter(\.$reportID == id).sort(\.$createdAt).all()
        let messages = try await IncidentReportMessageModel.query(on: database)
            .filter(\.$reportID == id).sort(\.$createdAt).all()
        let referrals = try await IncidentReferralModel.query(on: database).filter(\.$reportID == id).sort(\.$createdAt).all()
        var partnerNames: [UUID: String] = [:]
        for partner in try await SupportPartnerModel.query(on: database).filter(\.$cityID == report.cityID).all() {
            if let pid = partner.id { partnerNames[pid] = partner.name }
        }
        var duplicateReference: String?
        if let original = report.duplicateOf {
            duplicateReference = try await IncidentReportModel.find(original, on: database)?.reference
        }
        try await services.audit.record(
            AuditEvent(
                actorID: actor.id, actorLabel: actor.label, action: .reportViewed, recordType: "incident_report",
                recordID: id.uuidString, cityID: report.cityID),
            on: database)
        return Detail(
            id: id, reference: report.reference, city: report.cityID, areaCode: report.areaCode,
            type: report.incidentType,
            description: try cipher.open(report.descriptionSealed, binding: ReportService.binding(id, "description")),
            characteristics: report.characteristics.split(separator: ",").map(String.init), religion: report.religion,
            occurredOn: report.occurredOn, occurredTime: report.occurredTime, reporterRole: report.reporterRole,
            policeReported: report.policeReported, platform: report.onlinePlatform,
            hasLocation: report.locationSealed != nil || report.onlineLinkSealed != nil,
            hasContact: report.contactSealed != nil || report.policeReferenceSealed != nil,
            wantsSupport: report.wantsSupport, consentContact: report.consentContact,
            consentReferral: report.consentReferral, status: ReportStatus(rawValue: report.status) ?? .received,
            classification: report.classification, duplicateOfReference: duplicateReference,
            receivedAt: report.createdAt, synthetic: report.isSynthetic,
            history: try events.map { event in
                HistoryItem(
                    date: event.createdAt, kind: event.kind, from: event.fromStatus, to: event.toStatus,
                    detail: event.detail,
                    note: try event.noteSealed.map {
                        try cipher.open($0, binding: Self.noteBinding(event.id ?? UUID()))
                    },
                    actor: event.actorLabel)
            },
            messages: try messages.map { message in
                (message.createdAt, message.direction == "staff",
                 try cipher.open(message.bodySealed, binding: ReportService.messageBinding(message.id ?? UUID())))
            },
            referrals: referrals.map {
                ReferralItem(date: $0.createdAt, partner: partnerNames[$0.partnerID] ?? "?", actor: $0.actorLabel)
            })
    }

    static func noteBinding(_ eventID: UUID) -> FieldBinding {
        FieldBinding(table: IncidentReportEventModel.schema, field: "note", recordID: eventID.uuidString)
    }

    /// A triage change: any of a new status, a classification and a note.
    struct Change: Sendable {
        var status: ReportStatus?
        var classification: HateClassification?
        var clearClassification = false
        var duplicateOf: String?
        var note: String?
    }

    /// Applies a change in one audited transaction, keeping the statistics rollup in step.
    func update(reportID: UUID, _ change: Change, actor: Actor) async throws {
        var errors = FieldErrors()
        let note = ReportValidator.clean(change.note, limit: nil, keepLines: true)
        if let note, note.count > 4_000 { errors.add("note", "must be at most 4000 characters") }
        try errors.throwIfAny()
        let now = services.clock.now()
        let cipher = services.cipher
        let statistics = IncidentStatisticsStore()
        try await services.audit.transaction(on: database) { tx, audit in
            guard let report = try await IncidentReportModel.find(reportID, on: tx) else { throw Abort(.notFound) }
            let current = ReportStatus(rawValue: report.status) ?? .received
            var changed = false
            func sealedNote(_ eventID: UUID) throws -> String? {
                try note.map { try cipher.seal($0, binding: Self.noteBinding(eventID)) }
            }
            var noteUsed = false
            if let target = change.status, target != current {
                guard current.canMove(to: target) else {
                    throw FieldErrors([
                        "status": "a report that is \(current.rawValue) can move to: \(current.next.map(\.rawValue).joined(separator: ", "))"
                    ])
                }
                var detail: String?
                if target == .duplicate {
                    guard let code = change.duplicateOf.flatMap(ReferenceCode.normalize),
                        let original = try await IncidentReportModel.query(on: tx)
                            .filter(\.$reference == code).filter(\.$cityID == report.cityID).first(),
                        original.id != report.id
                    else {
                        throw FieldErrors(["duplicateOf": "give the reference of the original report in this city"])
                    }
                    report.duplicateOf = original.id
                    detail = original.reference
                } else {
                    report.duplicateOf = nil
                }
                let keys = Self.statisticsKeys(report)
                if current == .verified { try await statistics.apply(keys, delta: -1, on: tx) }
                if target == .verified { try await statistics.apply(keys, delta: 1, on: tx) }
                report.status = target.rawValue
                let eventID = UUID()
                let event = ReportService.event(
                    reportID, kind: "status", from: current, to: target, detail: detail,
                    noteSealed: try sealedNote(eventID), actorID: actor.id, actorLabel: actor.label, at: now)
                event.id = eventID
                try await event.create(on: tx)
                noteUsed = true
                changed = true
                try await audit.record(
                    AuditEvent(
                        actorID: actor.id, actorLabel: actor.label, action: .reportStatusChanged,
                        recordType: "incident_report", recordID: reportID.uuidString, cityID: report.cityID,
                        detail: "\(current.rawValue) -> \(target.rawValue)"))
            }
            let newClassification = change.clearClassification ? nil : (change.classification?.rawValue ?? report.classification)
            if newClassification != report.classification {
                report.classification = newClassification
                let eventID = UUID()
                let event = ReportService.event(
                    reportID, kind: "classification", detail: newClassification ?? "none",
                    noteSealed: noteUsed ? nil : try sealedNote(eventID), actorID: actor.id, actorLabel: actor.label,
                    at: now)
                event.id = eventID
                try await event.create(on: tx)
                noteUsed = true
                changed = true
                try await audit.record(
                    AuditEvent(
                        actorID: actor.id, actorLabel: actor.label, action: .reportStatusChanged,
                        recordType: "incident_report", recordID: reportID.uuidString, cityID: report.cityID,
                        detail: "classification \(newClassification ?? "none")"))
            }
            if !noteUsed, note != nil {
                let eventID = UUID()
                let event = ReportService.event(
                    reportID, kind: "note", noteSealed: try sealedNote(eventID), actorID: actor.id,
                    actorLabel: actor.label, at: now)
                event.id = eventID
                try await event.create(on: tx)
                changed = true
                try await audit.record(
                    AuditEvent(
                        actorID: actor.id, actorLabel: actor.label, action: .reportNoteAdded,
                        recordType: "incident_report", recordID: reportID.uuidString, cityID: report.cityID))
            }
            guard changed else { throw FieldErrors(["status": "nothing to change: choose a new status or write a note"]) }
            report.updatedAt = now
            try await report.update(on: tx)
        }
    }

    static func statisticsKeys(_ report: IncidentReportModel) -> IncidentStatisticsStore.Keys {
        IncidentStatisticsStore.Keys(
            cityID: report.cityID, month: report.month, areaCode: report.areaCode, incidentType: report.incidentType,
            characteristics: report.characteristics.split(separator: ",").map(String.init))
    }

    /// Contact details and other staff-only fields, opened.
    struct OpenedContact: Sendable {
        var contact: ReportSubmission.Contact?
        var location: String?
        var link: String?
        var policeReference: String?
    }

    /// Opens a report's contact details, exact location, link and police reference: needs a reason, and the
    /// opening (with the reason) is in the audit trail before anything is shown.
    func openContact(_ report: IncidentReportModel, reason: String?, actor: Actor) async throws -> OpenedContact {
        guard let id = report.id else { throw Abort(.notFound) }
        let reason = ReportValidator.clean(reason, limit: nil) ?? ""
        if reason.count < 5 || reason.count > 500 {
            throw FieldErrors(["reason": "say why you need the contact details (5 to 500 characters)"])
        }
        let now = services.clock.now()
        try await services.audit.transaction(on: database) { tx, audit in
            try await ReportService.event(id, kind: "contact_opened", actorID: actor.id, actorLabel: actor.label, at: now)
                .create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .reportContactOpened,
                    recordType: "incident_report", recordID: id.uuidString, cityID: report.cityID, reason: reason))
        }
        let cipher = services.cipher
        let contact = try cipher.openIfPresent(report.contactSealed, binding: ReportService.binding(id, "contact"))
            .map { try JSONDecoder().decode(ReportSubmission.Contact.self, from: Data($0.utf8)) }
        return OpenedContact(
            contact: contact,
            location: try cipher.openIfPresent(report.locationSealed, binding: ReportService.binding(id, "location")),
            link: try cipher.openIfPresent(report.onlineLinkSealed, binding: ReportService.binding(id, "online_link")),
            policeReference: try cipher.openIfPresent(
                report.policeReferenceSealed, binding: ReportService.binding(id, "police_reference")))
    }

    /// Refers a report to a support partner of its city, only where the reporter consented.
    func refer(_ report: IncidentReportModel, partnerID: UUID?, note: String?, actor: Actor) async throws {
        guard let id = report.id else { throw Abort(.notFound) }
        guard report.consentReferral else {
            throw FieldErrors(["partner": "the reporter did not consent to a referral"])
        }
        guard let partnerID, let partner = try await SupportPartnerModel.find(partnerID, on: database),
            partner.cityID == report.cityID, partner.active
        else { throw FieldErrors(["partner": "choose an active support partner of this city"]) }
        let note = ReportValidator.clean(note, limit: nil, keepLines: true)
        if let note, note.count > 2_000 { throw FieldErrors(["note": "must be at most 2000 characters"]) }
        let now = services.clock.now()
        let referral = IncidentReferralModel()
        let referralID = UUID()
        referral.id = referralID
        referral.reportID = id
        referral.partnerID = partnerID
        referral.noteSealed = try note.map {
            try services.cipher.seal(
                $0, binding: FieldBinding(table: IncidentReferralModel.schema, field: "note", recordID: referralID.uuidString))
        }
        referral.actorID = actor.id
        referral.actorLabel = actor.label
        referral.createdAt = now
        try await services.audit.transaction(on: database) { tx, audit in
            try await referral.create(on: tx)
            try await ReportService.event(
                id, kind: "referral", detail: partner.name, actorID: actor.id, actorLabel: actor.label, at: now
            ).create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .reportReferred, recordType: "incident_report",
                    recordID: id.uuidString, cityID: report.cityID, detail: "partner \(partnerID.uuidString)"))
        }
    }

    // MARK: - Export

    /// Every report of a city as CSV (structured fields only: no description, contact, location or link),
    /// recorded in the audit trail.
    func export(city: String, actor: Actor) async throws -> String {
        let reports = try await IncidentReportModel.query(on: database).filter(\.$cityID == city).sort(\.$createdAt).all()
        var references: [UUID: String] = [:]
        for report in reports { if let id = report.id { references[id] = report.reference } }
        let pack = CityPacks.pack(id: city)
        var rows: [[String]] = [[
            "reference", "received_at", "occurred_on", "occurred_time", "month", "city", "area_code", "area_name",
            "type", "characteristics", "religion", "reporter", "police_reported", "online_platform", "wants_support",
            "consent_contact", "consent_referral", "status", "classification", "duplicate_of", "synthetic",
        ]]
        let iso = ISO8601DateFormatter()
        for report in reports {
            rows.append([
                report.reference, iso.string(from: report.createdAt), report.occurredOn, report.occurredTime ?? "",
                report.month, report.cityID, report.areaCode, pack?.area(code: report.areaCode)?.localName ?? "",
                report.incidentType, report.characteristics.replacingOccurrences(of: ",", with: ";"),
                report.religion ?? "", report.reporterRole, String(report.policeReported), report.onlinePlatform ?? "",
                String(report.wantsSupport), String(report.consentContact), String(report.consentReferral),
                report.status, report.classification ?? "", report.duplicateOf.flatMap { references[$0] } ?? "",
                String(report.isSynthetic),
            ])
        }
        try await services.audit.record(
            AuditEvent(
                actorID: actor.id, actorLabel: actor.label, action: .exportDownloaded, recordType: "incident_reports",
                cityID: city, detail: "triage export, \(reports.count) reports"),
            on: database)
        return CSVWriter.encode(rows)
    }
}
