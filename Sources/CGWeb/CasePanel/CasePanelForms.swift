import Vapor

/// Request bodies of the case panel, shared by the pages (forms) and the JSON API.
enum CasePanelForms {
    struct Panel: Content { var name: String?; var weekdays: String?; var reviewIntervalDays: Int?; var retentionDays: Int?; var city: String? }
    struct Agency: Content { var agency: String? }
    struct Coordinator: Content { var user: String? }
    struct Referral: Content { var name: String?; var dateOfBirth: String?; var reason: String?; var indicators: [String]? }
    struct Known: Content { var name: String?; var dateOfBirth: String? }
    struct Reason: Content { var reason: String? }
    struct Screening: Content { var decision: String?; var note: String?; var ideology: String? }
    struct Section: Content {
        var kind: String?; var legalBasis: String?; var restrict: Bool?; var factors: [String]?; var ideology: String?
        var content: String?
    }
    struct Action: Content { var agency: String?; var description: String?; var dueOn: String? }
    struct ActionStatus: Content { var status: String? }
    struct Review: Content { var decision: String? }
    struct Close: Content { var outcome: String? }
    struct Hold: Content { var hold: Bool?; var reason: String? }
}
