import Foundation
import Vapor

/// A case as a member of its panel sees it after stating a reason: restricted sections of other agencies
/// are left out entirely (not blanked).
struct PanelCaseDTO: Content, Sendable {
    struct Person: Content, Sendable {
        var name: String
        var dateOfBirth: String
        var ageBand: String?
    }

    struct Section: Content, Sendable {
        var id: UUID
        var kind: String
        var agency: String
        var legalBasis: String
        var restricted: Bool
        var factors: [String]
        var ideology: String?
        var content: String
        var recordedAt: Date
    }

    struct Action: Content, Sendable {
        var id: UUID
        var agency: String
        var description: String
        var dueOn: String
        var status: String
        var overdue: Bool
    }

    var id: UUID
    var reference: String
    var panel: UUID
    var status: String
    var person: Person?
    var referringAgency: String
    var referralReason: String?
    var indicators: [String]
    var screeningNote: String?
    var ideology: String?
    var coordinator: UUID?
    var nextReviewOn: String?
    var outcome: String?
    var legalHold: Bool
    var referredAt: Date
    var sections: [Section]
    var actions: [Action]
}

/// A line of a panel's case list: nothing identifying.
struct PanelCaseSummaryDTO: Content, Sendable {
    var id: UUID
    var reference: String
    var panel: UUID
    var status: String
    var nextReviewOn: String?
    var referredAt: Date
}

/// A panel as its members see it.
struct CasePanelDTO: Content, Sendable {
    var id: UUID
    var city: String
    var name: String
    var meetingWeekdays: [Int]
    var reviewIntervalDays: Int
    var retentionDays: Int
    var agencies: [UUID]
    var coordinators: [UUID]
    var isCoordinator: Bool
}

/// One opening or viewing of a case, from the audit trail.
struct PanelAccessLogEntryDTO: Content, Sendable {
    var at: Date
    var actor: String
    var action: String
    var reason: String?
}
