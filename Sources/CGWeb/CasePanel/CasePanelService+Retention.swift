import CGCasePanel
import CGDomain
import CGStorage
import Fluent
import Foundation
import Vapor

extension CasePanelService {
    /// What a retention run did.
    struct RetentionResult: Content, Sendable {
        var anonymised: Int
        var held: Int
    }

    /// Anonymises every finished case (and every referral left unscreened) past its panel's retention period that no legal hold stops: the case's
    /// data key is destroyed (crypto-erasure of every ciphertext sealed with it, including any copy in a
    /// backup), the sealed columns are emptied, access grants deleted, and only the structured,
    /// non-identifying facts that strategic insight counts remain. Each case is audited in its own transaction.
    func runRetention(actorLabel: String = "retention job") async throws -> RetentionResult {
        let now = services.clock.now()
        var result = RetentionResult(anonymised: 0, held: 0)
        for panel in try await CasePanelModel.query(on: database).all() {
            guard let panelID = panel.id else { continue }
            let finished = try await PanelCaseModel.query(on: database).filter(\.$panelID == panelID)
                .filter(\.$status ~~ [
                    CaseStatus.closed.rawValue, CaseStatus.notInScope.rawValue, CaseStatus.referred.rawValue,
                    CaseStatus.moreInformation.rawValue,
                ]).all()
            for record in finished {
                let status = CaseStatus(rawValue: record.status) ?? .closed
                let start = RetentionRule.clockStart(status: status, finishedAt: record.finishedAt, lastChange: record.updatedAt)
                let expired = RetentionRule.isDue(
                    status: status, finishedAt: start, retentionDays: panel.retentionDays, legalHold: false, now: now)
                guard expired else { continue }
                if record.legalHold {
                    result.held += 1
                    continue
                }
                try await anonymise(record, actorLabel: actorLabel)
                result.anonymised += 1
            }
        }
        return result
    }

    /// Erases a finished case now, on a coordinator's decision with a reason (for example a lawful erasure
    /// request): the same crypto-erasure as retention. Refused under a legal hold and for live cases.
    func erase(_ record: PanelCaseModel, reason: String?, viewer: PanelViewer) async throws {
        guard try await isCoordinator(record.panelID, viewer) else {
            throw Abort(.forbidden, reason: "only the panel's coordinators erase cases")
        }
        guard let reason = Self.clean(reason, limit: 500) else { throw FieldErrors(["reason": "state the reason for the erasure"]) }
        guard !record.legalHold else { throw FieldErrors(["reason": "a legal hold stops erasure; lift it first"]) }
        guard CaseStatus(rawValue: record.status)?.isFinished ?? false else {
            throw FieldErrors(["reason": "close the case (or screen it out) before erasing it"])
        }
        try await anonymise(record, actorLabel: viewer.label, actorID: viewer.actorID, reason: reason)
    }

    /// Destroys the case's key and everything sealed with it.
    func anonymise(_ record: PanelCaseModel, actorLabel: String, actorID: String? = nil, reason: String? = nil) async throws {
        guard let caseID = record.id else { return }
        let now = services.clock.now()
        try await services.audit.transaction(on: database) { tx, audit in
            record.dataKeyWrapped = nil
            record.personNameSealed = nil
            record.personDOBSealed = nil
            record.reasonSealed = nil
            record.screeningNoteSealed = nil
            record.lookupHash = nil
            record.referrerUserID = nil
            record.coordinatorUserID = nil
            record.nextReviewOn = nil
            record.status = CaseStatus.anonymised.rawValue
            record.updatedAt = now
            try await record.update(on: tx)
            try await PanelCaseSectionModel.query(on: tx).filter(\.$caseID == caseID)
                .set(\.$contentSealed, to: nil).set(\.$authorUserID, to: nil).update()
            try await PanelCaseActionModel.query(on: tx).filter(\.$caseID == caseID)
                .set(\.$descriptionSealed, to: nil).update()
            try await PanelCaseAccessModel.query(on: tx).filter(\.$caseID == caseID).delete()
            try await audit.record(
                AuditEvent(
                    actorID: actorID, actorLabel: actorLabel, action: .panelCaseAnonymised,
                    recordType: Self.recordType, recordID: caseID.uuidString, cityID: record.cityID, reason: reason,
                    detail: "data key destroyed"))
        }
    }
}
