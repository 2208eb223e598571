import CGCasePanel
import CGDomain
import CGSecurity
import CGStorage
import Fluent
import Foundation
import Vapor

extension CasePanelService {
    struct NewSection: Sendable {
        var kind: String?
        var legalBasis: String?
        var restrict: Bool
        var factors: String?
        var ideology: String?
        var content: String?
    }

    /// Adds a section supplied by the viewer's agency under a legal basis. Health details stay with the
    /// supplier unless the basis allows wider sharing (``SectionSharing``).
    @discardableResult
    func addSection(
        _ record: PanelCaseModel, _ input: NewSection, viewer: PanelViewer, meetingID: UUID? = nil
    ) async throws -> UUID {
        guard let caseID = record.id else { throw Abort(.notFound) }
        var errors = FieldErrors()
        let kind = input.kind.flatMap(CaseSectionKind.init(rawValue:))
        if kind == nil { errors.add("kind", "must be one of: \(CaseSectionKind.allCases.map(\.rawValue).joined(separator: ", "))") }
        let basis = input.legalBasis.flatMap(LegalBasis.init(rawValue:))
        if basis == nil { errors.add("legalBasis", "must be one of: \(LegalBasis.allCases.map(\.rawValue).joined(separator: ", "))") }
        var factors: [PanelFactor] = []
        switch PanelFactor.parseList(input.factors ?? "") {
        case .success(let list): factors = list
        case .failure(let error): errors.add("factors", error.description)
        }
        var ideology: IdeologyCategory?
        if let raw = input.ideology, !raw.isEmpty {
            ideology = IdeologyCategory(rawValue: raw)
            if ideology == nil { errors.add("ideology", "unknown ideology category") }
        }
        let content = Self.clean(input.content, limit: 8_000)
        if content == nil { errors.add("content", "is required (at most 8000 characters)") }
        // Decisions at post-closure reviews land on closed cases; other information only on open ones.
        let writable = record.status == CaseStatus.open.rawValue
            || (kind == .decision && record.status == CaseStatus.closed.rawValue)
        if !writable { errors.add("kind", "information is added to open cases only") }
        try errors.throwIfAny()
        guard let kind, let basis, let content else { return caseID }
        let cipher = try caseCipher(record)
        let id = UUID()
        let section = PanelCaseSectionModel()
        section.id = id
        section.caseID = caseID
        section.kind = kind.rawValue
        section.agencyID = viewer.agencyID
        section.legalBasis = basis.rawValue
        section.restricted = SectionSharing.isRestricted(kind: kind, basis: basis, supplierRestricts: input.restrict)
        section.factors = factors.map(\.rawValue).joined(separator: ",")
        section.ideology = ideology?.rawValue
        section.contentSealed = try cipher.seal(content, binding: Self.sectionBinding(id))
        section.meetingID = meetingID
        section.authorUserID = viewer.userID
        section.createdAt = services.clock.now()
        if let ideology { record.ideology = ideology.rawValue }
        record.updatedAt = section.createdAt
        try await services.audit.transaction(on: database) { tx, audit in
            try await section.create(on: tx)
            try await record.update(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: viewer.actorID, actorLabel: viewer.label, action: .panelCaseWritten,
                    recordType: Self.recordType, recordID: caseID.uuidString, cityID: record.cityID,
                    detail: "section \(kind.rawValue) \(basis.rawValue)\(section.restricted ? " restricted" : "")"))
        }
        return id
    }

    struct NewAction: Sendable {
        var agency: String?
        var description: String?
        var dueOn: String?
    }

    /// Adds an action to the support plan, owned by a member agency.
    func addAction(_ record: PanelCaseModel, _ input: NewAction, viewer: PanelViewer) async throws {
        guard let caseID = record.id else { throw Abort(.notFound) }
        var errors = FieldErrors()
        let agencyID = input.agency.flatMap(UUID.init(uuidString:))
        let member = try await agencyID.asyncMap { id in
            try await CasePanelAgencyModel.query(on: database).filter(\.$panelID == record.panelID)
                .filter(\.$agencyID == id).first() != nil
        } ?? false
        if !member { errors.add("agency", "choose a member agency of the panel") }
        let description = Self.clean(input.description, limit: 2_000)
        if description == nil { errors.add("description", "is required (at most 2000 characters)") }
        let due = input.dueOn.flatMap(PanelCalendar.parse)
        if due == nil { errors.add("dueOn", "give a date as yyyy-mm-dd") }
        if record.status != CaseStatus.open.rawValue { errors.add("agency", "actions are added to open cases only") }
        try errors.throwIfAny()
        guard let agencyID, let description, let due else { return }
        let cipher = try caseCipher(record)
        let now = services.clock.now()
        let action = PanelCaseActionModel()
        let id = UUID()
        action.id = id
        action.caseID = caseID
        action.agencyID = agencyID
        action.descriptionSealed = try cipher.seal(description, binding: Self.actionBinding(id))
        action.dueOn = due
        action.status = ActionStatus.planned.rawValue
        action.createdAt = now
        action.updatedAt = now
        try await services.audit.transaction(on: database) { tx, audit in
            try await action.create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: viewer.actorID, actorLabel: viewer.label, action: .panelCaseWritten,
                    recordType: Self.recordType, recordID: caseID.uuidString, cityID: record.cityID,
                    detail: "action added \(id.uuidString)"))
        }
    }

    /// Moves an action of this case to a new status.
    func setActionStatus(_ record: PanelCaseModel, actionID: UUID?, status: String?, viewer: PanelViewer) async throws {
        guard let caseID = record.id else { throw Abort(.notFound) }
        guard let actionID, let action = try await PanelCaseActionModel.find(actionID, on: database), action.caseID == caseID
        else { throw FieldErrors(["action": "no such action on this case"]) }
        guard let status = status.flatMap(ActionStatus.init(rawValue:)) else {
            throw FieldErrors(["status": "must be one of: \(ActionStatus.allCases.map(\.rawValue).joined(separator: ", "))"])
        }
        action.status = status.rawValue
        action.updatedAt = services.clock.now()
        try await services.audit.transaction(on: database) { tx, audit in
            try await action.update(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: viewer.actorID, actorLabel: viewer.label, action: .panelCaseWritten,
                    recordType: Self.recordType, recordID: caseID.uuidString, cityID: record.cityID,
                    detail: "action \(actionID.uuidString) \(status.rawValue)"))
        }
    }

    /// Records the panel's decision on a case reviewed at today's meeting and schedules the next review:
    /// the open interval for open cases, the next post-closure review for closed ones.
    func review(_ record: PanelCaseModel, panel: CasePanelModel, decision: String?, viewer: PanelViewer) async throws {
        guard let panelID = panel.id else { throw Abort(.notFound) }
        guard try await isCoordinator(panelID, viewer) else { throw Abort(.forbidden, reason: "only the panel's coordinators record decisions") }
        guard let text = Self.clean(decision, limit: 4_000) else { throw FieldErrors(["decision": "is required (at most 4000 characters)"]) }
        let now = services.clock.now()
        let today = PanelCalendar.day(now)
        let meeting: PanelMeetingModel
        if let held = try await PanelMeetingModel.query(on: database).filter(\.$panelID == panelID).filter(\.$heldOn == today).first() {
            meeting = held
        } else {
            meeting = PanelMeetingModel()
            meeting.id = UUID()
            meeting.panelID = panelID
            meeting.heldOn = today
            meeting.createdAt = now
            try await services.audit.transaction(on: database) { tx, audit in
                try await meeting.create(on: tx)
                try await audit.record(
                    AuditEvent(
                        actorID: viewer.actorID, actorLabel: viewer.label, action: .panelMeetingHeld,
                        recordType: "case_panel", recordID: panelID.uuidString, cityID: panel.cityID,
                        detail: PanelCalendar.string(today)))
            }
        }
        let policy = ReviewPolicy(openIntervalDays: panel.reviewIntervalDays)
        if record.status == CaseStatus.closed.rawValue {
            record.closureReviewsDone += 1
            record.nextReviewOn = record.finishedAt.flatMap { policy.nextClosureReview(closedAt: $0, reviewsDone: record.closureReviewsDone) }
        } else {
            record.nextReviewOn = policy.nextOpenReview(after: now)
        }
        try await addSection(
            record, NewSection(kind: "decision", legalBasis: "public_task", restrict: false, content: text),
            viewer: viewer, meetingID: meeting.id)
    }

    /// Closes an open case with an outcome; the "already known?" hash goes, post-closure reviews start.
    func close(_ record: PanelCaseModel, panel: CasePanelModel, outcome: String?, viewer: PanelViewer) async throws {
        guard let caseID = record.id, let panelID = panel.id else { throw Abort(.notFound) }
        guard try await isCoordinator(panelID, viewer) else { throw Abort(.forbidden, reason: "only the panel's coordinators close cases") }
        guard let outcome = outcome.flatMap(CaseOutcome.init(rawValue:)) else {
            throw FieldErrors(["outcome": "must be one of: \(CaseOutcome.allCases.map(\.rawValue).joined(separator: ", "))"])
        }
        guard record.status == CaseStatus.open.rawValue else { throw FieldErrors(["outcome": "only an open case can be closed"]) }
        let now = services.clock.now()
        record.status = CaseStatus.closed.rawValue
        record.outcome = outcome.rawValue
        record.finishedAt = now
        record.lookupHash = nil
        record.closureReviewsDone = 0
        record.nextReviewOn = ReviewPolicy(openIntervalDays: panel.reviewIntervalDays).nextClosureReview(closedAt: now, reviewsDone: 0)
        record.updatedAt = now
        try await services.audit.transaction(on: database) { tx, audit in
            try await record.update(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: viewer.actorID, actorLabel: viewer.label, action: .panelCaseClosed,
                    recordType: Self.recordType, recordID: caseID.uuidString, cityID: record.cityID, detail: outcome.rawValue))
        }
    }

    /// Sets or lifts a legal hold, which stops retention.
    func setHold(_ record: PanelCaseModel, hold: Bool, reason: String?, viewer: PanelViewer) async throws {
        guard let caseID = record.id else { throw Abort(.notFound) }
        guard try await isCoordinator(record.panelID, viewer) else { throw Abort(.forbidden, reason: "only the panel's coordinators set legal holds") }
        guard let reason = Self.clean(reason, limit: 500) else { throw FieldErrors(["reason": "state the reason for the hold"]) }
        record.legalHold = hold
        record.updatedAt = services.clock.now()
        try await services.audit.transaction(on: database) { tx, audit in
            try await record.update(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: viewer.actorID, actorLabel: viewer.label, action: .panelCaseHoldChanged,
                    recordType: Self.recordType, recordID: caseID.uuidString, cityID: record.cityID, reason: reason,
                    detail: hold ? "hold" : "released"))
        }
    }

    /// One line of a meeting's agenda: a case due for review, with its overdue actions counted.
    struct AgendaItem: Content, Sendable {
        var id: UUID
        var reference: String
        var status: String
        var dueOn: String
        var overdueActions: Int
    }

    /// The next meeting and the cases due for review by then (open cases at their interval, closed cases at
    /// their post-closure reviews).
    func agenda(_ panel: CasePanelModel) async throws -> (meeting: Date, items: [AgendaItem]) {
        guard let panelID = panel.id else { throw Abort(.notFound) }
        let now = services.clock.now()
        let schedule = (try? MeetingSchedule(stored: panel.meetingWeekdays)) ?? .twiceWeekly
        let meeting = schedule.nextMeeting(onOrAfter: now)
        let cases = try await PanelCaseModel.query(on: database).filter(\.$panelID == panelID)
            .filter(\.$status ~~ [CaseStatus.open.rawValue, CaseStatus.closed.rawValue]).all()
        var items: [AgendaItem] = []
        for record in cases where ReviewPolicy.isDue(record.nextReviewOn, for: meeting) {
            guard let id = record.id, let due = record.nextReviewOn else { continue }
            let overdue = try await PanelCaseActionModel.query(on: database).filter(\.$caseID == id).all()
                .filter { OverdueRule.isOverdue(status: ActionStatus(rawValue: $0.status) ?? .planned, due: $0.dueOn, now: now) }
            items.append(
                AgendaItem(
                    id: id, reference: record.reference, status: record.status, dueOn: PanelCalendar.string(due),
                    overdueActions: overdue.count))
        }
        return (meeting, items.sorted { ($0.dueOn, $0.reference) < ($1.dueOn, $1.reference) })
    }
}

extension Optional {
    /// `map` with an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
