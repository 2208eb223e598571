import CGCasePanel
import CGDomain
import CGSecurity
import CGStorage
import Fluent
import Foundation
import Vapor

/// The multi-agency case panel: panels and membership, referral and screening, the "already known?" check,
/// reason-gated opening, sections with supplier and legal basis, support plans, closure and who saw what.
///
/// Need-to-know is enforced here, not in views: ``memberCase(_:viewer:)`` returns nil for anyone whose agency
/// is not on the case's panel, and ``detail(_:viewer:)`` never opens a section the viewer may not see.
struct CasePanelService: Sendable {
    let services: AppServices
    let database: any Database
    let lookup: LookupHash

    /// How long a stated reason opens a case for.
    static let accessDuration: TimeInterval = 30 * 60
    static let recordType = "panel_case"

    init(services: AppServices, database: any Database, lookup: LookupHash) {
        self.services = services
        self.database = database
        self.lookup = lookup
    }

    init(_ request: Request) {
        self.init(services: request.cg, database: request.db, lookup: request.application.panelLookup)
    }

    // MARK: - Bindings and keys

    static func binding(_ id: UUID, _ field: String) -> FieldBinding {
        FieldBinding(table: PanelCaseModel.schema, field: field, recordID: id.uuidString)
    }

    static func sectionBinding(_ id: UUID) -> FieldBinding {
        FieldBinding(table: PanelCaseSectionModel.schema, field: "content", recordID: id.uuidString)
    }

    static func actionBinding(_ id: UUID) -> FieldBinding {
        FieldBinding(table: PanelCaseActionModel.schema, field: "description", recordID: id.uuidString)
    }

    /// The case's own cipher; fails once the key has been destroyed.
    func caseCipher(_ record: PanelCaseModel) throws -> DataKeyCipher {
        guard let id = record.id, let wrapped = record.dataKeyWrapped else { throw Abort(.notFound) }
        return DataKeyCipher(dataKey: try services.cipher.unwrap(wrapped, binding: Self.binding(id, "data_key")))
    }

    // MARK: - Membership

    /// Panels whose member agencies include the viewer's.
    func memberPanelIDs(_ viewer: PanelViewer) async throws -> [UUID] {
        try await CasePanelAgencyModel.query(on: database).filter(\.$agencyID == viewer.agencyID).all().map(\.panelID)
    }

    /// Whether the viewer's agency is on the panel and the viewer may read cases in its city.
    func isMember(_ panel: CasePanelModel, _ viewer: PanelViewer) async throws -> Bool {
        guard let id = panel.id, viewer.may(.casesRead, in: panel.cityID) else { return false }
        return try await CasePanelAgencyModel.query(on: database)
            .filter(\.$panelID == id).filter(\.$agencyID == viewer.agencyID).first() != nil
    }

    func isCoordinator(_ panelID: UUID, _ viewer: PanelViewer) async throws -> Bool {
        try await CasePanelCoordinatorModel.query(on: database)
            .filter(\.$panelID == panelID).filter(\.$userID == viewer.userID).first() != nil
    }

    /// The panel when the viewer is a member of it; nil otherwise (the caller answers 404).
    func memberPanel(_ id: UUID?, viewer: PanelViewer?) async throws -> CasePanelModel? {
        guard let id, let viewer, let panel = try await CasePanelModel.find(id, on: database),
            try await isMember(panel, viewer)
        else { return nil }
        return panel
    }

    /// The panel for strategic insight: members, and anyone who may read statistics in the panel's city (a city
    /// leader), since insight is anonymised and the only thing that leaves the panel. Nil otherwise.
    func insightPanel(_ id: UUID?, principal: Principal) async throws -> CasePanelModel? {
        guard let id, let panel = try await CasePanelModel.find(id, on: database) else { return nil }
        if principal.may(.statsRead, in: panel.cityID) { return panel }
        return try await memberPanel(id, viewer: PanelViewer(principal))
    }

    /// The case when the viewer's agency is on its panel; nil otherwise, exactly as for a missing case.
    func memberCase(_ id: UUID?, viewer: PanelViewer?) async throws -> (PanelCaseModel, CasePanelModel)? {
        guard let id, let viewer, let record = try await PanelCaseModel.find(id, on: database),
            record.status != CaseStatus.anonymised.rawValue,
            let panel = try await memberPanel(record.panelID, viewer: viewer)
        else { return nil }
        return (record, panel)
    }

    /// Whether the viewer stated a reason for this case recently enough.
    func hasAccess(_ record: PanelCaseModel, _ viewer: PanelViewer) async throws -> Bool {
        guard let id = record.id else { return false }
        return try await PanelCaseAccessModel.query(on: database)
            .filter(\.$caseID == id).filter(\.$userID == viewer.userID)
            .filter(\.$expiresAt > services.clock.now()).first() != nil
    }

    func panelDTO(_ panel: CasePanelModel, viewer: PanelViewer?) async throws -> CasePanelDTO {
        let id = panel.id ?? UUID()
        let coordinators = try await CasePanelCoordinatorModel.query(on: database).filter(\.$panelID == id).all().map(\.userID)
        return CasePanelDTO(
            id: id, city: panel.cityID, name: panel.name,
            meetingWeekdays: (try? MeetingSchedule(stored: panel.meetingWeekdays).weekdays) ?? [],
            reviewIntervalDays: panel.reviewIntervalDays, retentionDays: panel.retentionDays,
            agencies: try await CasePanelAgencyModel.query(on: database).filter(\.$panelID == id).all().map(\.agencyID),
            coordinators: coordinators, isCoordinator: viewer.map { coordinators.contains($0.userID) } ?? false)
    }

    /// The viewer's panels.
    func panels(_ viewer: PanelViewer) async throws -> [CasePanelDTO] {
        var result: [CasePanelDTO] = []
        for id in try await memberPanelIDs(viewer) {
            if let panel = try await memberPanel(id, viewer: viewer) { result.append(try await panelDTO(panel, viewer: viewer)) }
        }
        return result.sorted { $0.name < $1.name }
    }

    /// A panel's live cases, with nothing identifying.
    func cases(panelID: UUID) async throws -> [PanelCaseSummaryDTO] {
        try await PanelCaseModel.query(on: database).filter(\.$panelID == panelID)
            .filter(\.$status != CaseStatus.anonymised.rawValue).sort(\.$createdAt, .descending).all()
            .compactMap { record in
                guard let id = record.id else { return nil }
                return PanelCaseSummaryDTO(
                    id: id, reference: record.reference, panel: record.panelID, status: record.status,
                    nextReviewOn: record.nextReviewOn.map(PanelCalendar.string), referredAt: record.createdAt)
            }
    }

    // MARK: - Administration

    struct NewPanel: Sendable {
        var city: String
        var name: String?
        var weekdays: String?
        var reviewIntervalDays: Int?
        var retentionDays: Int?
    }

    func createPanel(_ input: NewPanel, actorID: String, label: String) async throws -> CasePanelModel {
        var errors = FieldErrors()
        let name = (input.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 200 { errors.add("name", "is required (at most 200 characters)") }
        let schedule = try? MeetingSchedule(stored: input.weekdays ?? "3,6")
        if schedule == nil { errors.add("weekdays", "give weekdays 1 (Sunday) to 7 (Saturday), comma-separated") }
        let interval = input.reviewIntervalDays ?? 28
        if !(1...365).contains(interval) { errors.add("reviewIntervalDays", "must be 1 to 365") }
        let retention = input.retentionDays ?? 730
        if !(1...3_650).contains(retention) { errors.add("retentionDays", "must be 1 to 3650") }
        try errors.throwIfAny()
        let panel = CasePanelModel()
        panel.id = UUID()
        panel.cityID = input.city
        panel.name = name
        panel.meetingWeekdays = schedule?.stored ?? "3,6"
        panel.reviewIntervalDays = interval
        panel.retentionDays = retention
        panel.createdAt = services.clock.now()
        try await services.audit.transaction(on: database) { tx, audit in
            try await panel.create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actorID, actorLabel: label, action: .panelSaved, recordType: "case_panel",
                    recordID: panel.id?.uuidString, cityID: input.city, detail: "created"))
        }
        return panel
    }

    func addAgency(_ panel: CasePanelModel, agencyID: UUID?, actorID: String, label: String) async throws {
        guard let panelID = panel.id, let agencyID, let agency = try await AgencyModel.find(agencyID, on: database),
            agency.cityID == panel.cityID
        else { throw FieldErrors(["agency": "choose an agency of the panel's city"]) }
        if try await CasePanelAgencyModel.query(on: database).filter(\.$panelID == panelID)
            .filter(\.$agencyID == agencyID).first() != nil
        { return }
        let now = services.clock.now()
        try await services.audit.transaction(on: database) { tx, audit in
            let link = CasePanelAgencyModel()
            link.panelID = panelID
            link.agencyID = agencyID
            link.createdAt = now
            try await link.create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actorID, actorLabel: label, action: .panelSaved, recordType: "case_panel",
                    recordID: panelID.uuidString, cityID: panel.cityID, detail: "agency added \(agencyID.uuidString)"))
        }
    }

    func addCoordinator(_ panel: CasePanelModel, userID: UUID?, actorID: String, label: String) async throws {
        guard let panelID = panel.id, let userID, let user = try await UserModel.find(userID, on: database),
            try await CasePanelAgencyModel.query(on: database).filter(\.$panelID == panelID)
                .filter(\.$agencyID == user.$agency.id).first() != nil
        else { throw FieldErrors(["user": "a coordinator must be a user of a member agency"]) }
        if try await isCoordinator(panelID, userIDOnly: userID) { return }
        let now = services.clock.now()
        try await services.audit.transaction(on: database) { tx, audit in
            let link = CasePanelCoordinatorModel()
            link.panelID = panelID
            link.userID = userID
            link.createdAt = now
            try await link.create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actorID, actorLabel: label, action: .panelSaved, recordType: "case_panel",
                    recordID: panelID.uuidString, cityID: panel.cityID, detail: "coordinator added \(userID.uuidString)"))
        }
    }

    func isCoordinator(_ panelID: UUID, userIDOnly userID: UUID) async throws -> Bool {
        try await CasePanelCoordinatorModel.query(on: database)
            .filter(\.$panelID == panelID).filter(\.$userID == userID).first() != nil
    }

    // MARK: - Referral and screening

    struct Referral: Sendable {
        var name: String?
        var dateOfBirth: String?
        var reason: String?
        var indicators: String?
    }

    static func clean(_ text: String?, limit: Int) -> String? {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || trimmed.count > limit ? nil : trimmed
    }

    /// Validates name and date of birth, returning them with the date parsed.
    func person(name: String?, dateOfBirth: String?, errors: inout FieldErrors) -> (String, String, Date)? {
        let cleanName = Self.clean(name, limit: 200)
        if cleanName == nil { errors.add("name", "is required (at most 200 characters)") }
        let day = dateOfBirth.flatMap { PanelCalendar.parse($0.trimmingCharacters(in: .whitespaces)) }
        if day == nil || (day ?? .distantFuture) > services.clock.now() {
            errors.add("dateOfBirth", "give a past date as yyyy-mm-dd")
        }
        guard let cleanName, let day, let text = dateOfBirth?.trimmingCharacters(in: .whitespaces) else { return nil }
        return (cleanName, text, day)
    }

    /// Records a referral by a user of a member agency, sealed under a new data key of its own.
    func refer(_ input: Referral, panel: CasePanelModel, viewer: PanelViewer) async throws -> PanelCaseModel {
        var errors = FieldErrors()
        let person = person(name: input.name, dateOfBirth: input.dateOfBirth, errors: &errors)
        let reason = Self.clean(input.reason, limit: 8_000)
        if reason == nil { errors.add("reason", "is required (at most 8000 characters)") }
        var indicators: [PanelFactor] = []
        switch PanelFactor.parseList(input.indicators ?? "") {
        case .success(let list): indicators = list
        case .failure(let error): errors.add("indicators", error.description)
        }
        try errors.throwIfAny()
        guard let person, let reason, let panelID = panel.id else { throw Abort(.badRequest) }
        let id = UUID()
        let now = services.clock.now()
        let dataKey = DataKey.generate()
        let cipher = DataKeyCipher(dataKey: dataKey)
        let agency = try await AgencyModel.find(viewer.agencyID, on: database)
        let record = PanelCaseModel()
        record.id = id
        record.panelID = panelID
        record.cityID = panel.cityID
        record.reference = Self.newReference()
        record.status = CaseStatus.referred.rawValue
        record.dataKeyWrapped = try services.cipher.wrap(dataKey, binding: Self.binding(id, "data_key"))
        record.referrerUserID = viewer.userID
        record.referrerAgencyID = viewer.agencyID
        record.referralSource = agency?.kind ?? "unknown"
        record.personNameSealed = try cipher.seal(person.0, binding: Self.binding(id, "person_name"))
        record.personDOBSealed = try cipher.seal(person.1, binding: Self.binding(id, "person_dob"))
        record.reasonSealed = try cipher.seal(reason, binding: Self.binding(id, "reason"))
        record.indicators = indicators.map(\.rawValue).joined(separator: ",")
        record.ageBand = AgeBand(born: person.2, at: now).rawValue
        record.closureReviewsDone = 0
        record.legalHold = false
        record.createdAt = now
        record.updatedAt = now
        try await services.audit.transaction(on: database) { tx, audit in
            try await record.create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: viewer.actorID, actorLabel: viewer.label, action: .panelReferralMade,
                    recordType: Self.recordType, recordID: id.uuidString, cityID: panel.cityID))
        }
        return record
    }

    static func newReference() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return "PC-" + String((0..<8).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }

    struct Screening: Sendable {
        var decision: String?
        var note: String?
        var ideology: String?
    }

    /// The coordinator's screening: in scope (opens the case and makes it findable by "already known?"),
    /// not in scope (with the reason and where it was signposted), or more information needed.
    func screen(_ record: PanelCaseModel, panel: CasePanelModel, _ input: Screening, viewer: PanelViewer) async throws {
        guard let id = record.id, let panelID = panel.id else { throw Abort(.notFound) }
        guard try await isCoordinator(panelID, viewer) else { throw Abort(.forbidden, reason: "only the panel's coordinators screen referrals") }
        var errors = FieldErrors()
        let decision = input.decision.flatMap(CaseStatus.init(rawValue:))
        if decision == nil || !CaseStatus.screeningOutcomes.contains(decision ?? .closed) {
            errors.add("decision", "must be one of: open, not_in_scope, more_information")
        }
        let note = Self.clean(input.note, limit: 4_000)
        if decision != .open, note == nil { errors.add("note", "give the reason (and where the person was signposted)") }
        var ideology: IdeologyCategory?
        if let raw = input.ideology, !raw.isEmpty {
            ideology = IdeologyCategory(rawValue: raw)
            if ideology == nil { errors.add("ideology", "unknown ideology category") }
        }
        if !(CaseStatus(rawValue: record.status)?.mayBeScreened ?? false) {
            errors.add("decision", "this referral has already been screened")
        }
        try errors.throwIfAny()
        guard let decision else { return }
        let cipher = try caseCipher(record)
        let now = services.clock.now()
        if decision == .open {
            let name = try cipher.open(record.personNameSealed ?? "", binding: Self.binding(id, "person_name"))
            let dob = try cipher.open(record.personDOBSealed ?? "", binding: Self.binding(id, "person_dob"))
            record.lookupHash = try lookup.hash(name: name, dateOfBirth: dob)
            record.coordinatorUserID = viewer.userID
            record.nextReviewOn = ReviewPolicy(openIntervalDays: panel.reviewIntervalDays).nextOpenReview(after: now)
        } else if decision == .notInScope {
            record.finishedAt = now
        }
        record.status = decision.rawValue
        if let ideology { record.ideology = ideology.rawValue }
        record.screeningNoteSealed = try note.map { try cipher.seal($0, binding: Self.binding(id, "screening_note")) }
        record.updatedAt = now
        try await services.audit.transaction(on: database) { tx, audit in
            try await record.update(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: viewer.actorID, actorLabel: viewer.label, action: .panelReferralScreened,
                    recordType: Self.recordType, recordID: id.uuidString, cityID: record.cityID, detail: decision.rawValue))
        }
    }

    /// "Already known?": whether an open case of this panel matches the normalised name and date of birth.
    /// Only the panel's coordinators may ask; the answer is yes or no and nothing else, and it is audited.
    func isKnown(panel: CasePanelModel, name: String?, dateOfBirth: String?, viewer: PanelViewer) async throws -> Bool {
        guard let panelID = panel.id else { throw Abort(.notFound) }
        guard try await isCoordinator(panelID, viewer) else { throw Abort(.forbidden, reason: "only the panel's coordinators may check") }
        var errors = FieldErrors()
        let person = person(name: name, dateOfBirth: dateOfBirth, errors: &errors)
        try errors.throwIfAny()
        guard let person else { return false }
        let hash = try lookup.hash(name: person.0, dateOfBirth: person.1)
        let known = try await PanelCaseModel.query(on: database).filter(\.$panelID == panelID)
            .filter(\.$lookupHash == hash).filter(\.$status == CaseStatus.open.rawValue).first() != nil
        try await services.audit.record(
            AuditEvent(
                actorID: viewer.actorID, actorLabel: viewer.label, action: .panelKnownChecked,
                recordType: "case_panel", recordID: panelID.uuidString, cityID: panel.cityID,
                detail: known ? "match" : "no match"),
            on: database)
        return known
    }

    // MARK: - Opening and reading

    /// Grants the viewer a short look at the case for the stated reason, recorded in the audit trail.
    func open(_ record: PanelCaseModel, reason: String?, viewer: PanelViewer) async throws {
        guard let id = record.id else { throw Abort(.notFound) }
        guard let reason = Self.clean(reason, limit: 500), reason.count >= 5 else {
            throw FieldErrors(["reason": "state why you need to open this case (5 to 500 characters)"])
        }
        let now = services.clock.now()
        try await services.audit.transaction(on: database) { tx, audit in
            let grant = PanelCaseAccessModel()
            grant.caseID = id
            grant.userID = viewer.userID
            grant.createdAt = now
            grant.expiresAt = now.addingTimeInterval(Self.accessDuration)
            try await grant.create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: viewer.actorID, actorLabel: viewer.label, action: .panelCaseOpened,
                    recordType: Self.recordType, recordID: id.uuidString, cityID: record.cityID, reason: reason))
        }
    }

    /// The case as this viewer may see it. Sections restricted to another agency are skipped before they are
    /// opened, so their content never reaches a response. Audited as a read.
    func detail(_ record: PanelCaseModel, viewer: PanelViewer) async throws -> PanelCaseDTO {
        guard let id = record.id else { throw Abort(.notFound) }
        let cipher = try caseCipher(record)
        let now = services.clock.now()
        let agencies = try await AgencyModel.query(on: database).filter(\.$cityID == record.cityID).all()
        let names = Dictionary(agencies.compactMap { agency in agency.id.map { ($0, agency.name) } }, uniquingKeysWith: { a, _ in a })
        let sections = try await PanelCaseSectionModel.query(on: database).filter(\.$caseID == id).sort(\.$createdAt).all()
        let actions = try await PanelCaseActionModel.query(on: database).filter(\.$caseID == id).sort(\.$dueOn).all()
        var visible: [PanelCaseDTO.Section] = []
        for section in sections {
            guard let sectionID = section.id,
                SectionSharing.mayView(restricted: section.restricted, supplier: section.agencyID, viewerAgency: viewer.agencyID)
            else { continue }
            visible.append(
                PanelCaseDTO.Section(
                    id: sectionID, kind: section.kind, agency: names[section.agencyID] ?? "?",
                    legalBasis: section.legalBasis, restricted: section.restricted,
                    factors: section.factors.split(separator: ",").map(String.init), ideology: section.ideology,
                    content: try section.contentSealed.map { try cipher.open($0, binding: Self.sectionBinding(sectionID)) } ?? "",
                    recordedAt: section.createdAt))
        }
        let dto = PanelCaseDTO(
            id: id, reference: record.reference, panel: record.panelID, status: record.status,
            person: PanelCaseDTO.Person(
                name: try cipher.open(record.personNameSealed ?? "", binding: Self.binding(id, "person_name")),
                dateOfBirth: try cipher.open(record.personDOBSealed ?? "", binding: Self.binding(id, "person_dob")),
                ageBand: record.ageBand),
            referringAgency: names[record.referrerAgencyID] ?? "?",
            referralReason: try cipher.openIfPresent(record.reasonSealed, binding: Self.binding(id, "reason")),
            indicators: record.indicators.split(separator: ",").map(String.init),
            screeningNote: try cipher.openIfPresent(record.screeningNoteSealed, binding: Self.binding(id, "screening_note")),
            ideology: record.ideology, coordinator: record.coordinatorUserID,
            nextReviewOn: record.nextReviewOn.map(PanelCalendar.string), outcome: record.outcome,
            legalHold: record.legalHold, referredAt: record.createdAt, sections: visible,
            actions: try actions.compactMap { action in
                guard let actionID = action.id else { return nil }
                let status = ActionStatus(rawValue: action.status) ?? .planned
                return PanelCaseDTO.Action(
                    id: actionID, agency: names[action.agencyID] ?? "?",
                    description: try cipher.openIfPresent(action.descriptionSealed, binding: Self.actionBinding(actionID)) ?? "",
                    dueOn: PanelCalendar.string(action.dueOn), status: status.rawValue,
                    overdue: OverdueRule.isOverdue(status: status, due: action.dueOn, now: now))
            })
        try await services.audit.record(
            AuditEvent(
                actorID: viewer.actorID, actorLabel: viewer.label, action: .panelCaseViewed,
                recordType: Self.recordType, recordID: id.uuidString, cityID: record.cityID),
            on: database)
        return dto
    }

    /// Who opened and viewed the case, when and why: from the audit trail itself. Coordinators only.
    func accessLog(_ record: PanelCaseModel, viewer: PanelViewer) async throws -> [PanelAccessLogEntryDTO] {
        guard let id = record.id else { throw Abort(.notFound) }
        guard try await isCoordinator(record.panelID, viewer) else {
            throw Abort(.forbidden, reason: "only the panel's coordinators see who opened a case")
        }
        return try await AuditEntryModel.query(on: database)
            .filter(\.$recordType == Self.recordType).filter(\.$recordID == id.uuidString)
            .filter(\.$action ~~ [AuditAction.panelCaseOpened.rawValue, AuditAction.panelCaseViewed.rawValue])
            .sort(\.$id).all()
            .map { entry in
                PanelAccessLogEntryDTO(
                    at: Date(timeIntervalSince1970: Double(entry.occurredAtMilliseconds) / 1_000),
                    actor: entry.actorLabel, action: entry.action, reason: entry.reason)
            }
    }
}
