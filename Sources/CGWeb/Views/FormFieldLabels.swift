import Foundation

/// The label each staff form shows for each of its fields, as catalogue keys, by the form's action (UUIDs in the
/// path written `{id}`). An error list names a field by this label in the page's language, not by the name the
/// service gave (`displayName`, `agencyID`); the API keeps the names. `FieldLabelTests` checks both ways on a
/// site in use: every entry is the label its page shows (`labelsMatchTheForms`), and every field a staff page's
/// forms show is listed (`everyFieldHasALabel`), so a new form or field cannot fall out of this table.
enum FormFieldLabels {
    static let forms: [String: [String: String]] = [
        "/admin/agencies": ["name": "admin.agency_name", "kind": "admin.agency_kind", "city": "admin.city"],
        "/admin/users": [
            "name": "account.name", "email": "account.email", "password": "admin.initial_password", "role": "account.role",
            "agencyID": "admin.agency", "city": "admin.city",
        ],
        "/admin/users/{id}/role": ["role": "account.role"],
        "/admin/users/{id}/disable": ["user": ""],
        "/admin/users/{id}/enable": ["user": ""],
        "/admin/tokens": ["name": "admin.token_name", "city": "admin.city", "permissions": "admin.permissions"],
        "/account/totp/enable": ["code": "account.totp_code", "secret": ""],
        "/account/totp/disable": ["code": "login.code"],
        "/account/password": [
            "current": "account.current_password", "password": "account.new_password", "again": "account.new_password_again",
        ],
        "/triage/partners": [
            "name": "partners.name", "services": "partners.services", "languages": "partners.languages",
            "areasServed": "partners.areas", "contact": "partners.contact",
        ],
        "/triage/reports/{id}/contact": ["reason": "triage.contact_reason"],
        "/triage/reports/{id}/update": [
            "status": "triage.new_status", "duplicateOf": "triage.duplicate_of", "classification": "triage.classification",
            "note": "triage.note",
        ],
        "/triage/reports/{id}/referral": ["partner": "triage.partner", "note": "triage.note"],
        "/triage/reports/{id}/message": ["message": "triage.message_to_reporter"],
        "/analysis/alerts/subscriptions": [
            "city": "sentiment.city", "areas": "sentiment.areas", "groups": "sentiment.alerts.groups",
            "webhookURL": "sentiment.alerts.webhook",
        ],
        "/analysis/sources": [
            "name": "sentiment.sources.name", "platform": "sentiment.sources.platform",
            "collectionMethod": "sentiment.sources.method", "termsOfUse": "sentiment.sources.terms",
        ],
        // The filters (GET forms) of the public observatory and of the analyses.
        "/observatory": [
            "city": "report.city", "from": "observatory.from", "to": "observatory.to",
            "characteristic": "triage.characteristics", "type": "triage.type",
        ],
        "/panel/admin": [
            "name": "panel.name", "weekdays": "panel.weekdays", "reviewIntervalDays": "panel.review_interval",
            "retentionDays": "panel.retention_days",
        ],
        "/panel/admin/{id}/agencies": ["agency": "panel.agency"],
        "/panel/admin/{id}/coordinators": ["user": "panel.coordinator_user"],
        "/panel/panels/{id}/referrals": [
            "name": "panel.person_name", "dateOfBirth": "panel.date_of_birth", "reason": "panel.referral_reason",
            "indicators": "panel.factors",
        ],
        "/panel/panels/{id}/known": ["name": "panel.person_name", "dateOfBirth": "panel.date_of_birth"],
        "/panel/cases/{id}/open": ["reason": "panel.reason"],
        "/panel/cases/{id}/sections": [
            "kind": "panel.kind", "legalBasis": "panel.legal_basis", "restrict": "panel.restrict", "factors": "panel.factors",
            "ideology": "panel.ideology", "content": "panel.content",
        ],
        "/panel/cases/{id}/actions/{id}": ["status": "panel.status"],
        "/panel/cases/{id}/actions": ["agency": "panel.agency", "description": "panel.action", "dueOn": "panel.due"],
        "/panel/cases/{id}/screen": ["decision": "panel.decision", "ideology": "panel.ideology", "note": "panel.screening_note"],
        "/panel/cases/{id}/review": ["decision": "panel.decision"],
        "/panel/cases/{id}/close": ["outcome": "panel.outcome"],
        "/panel/cases/{id}/erase": ["reason": "panel.reason"],
        "/panel/cases/{id}/hold": ["reason": "panel.reason"],
    ]

    /// The analyses' filter, on every analysis page.
    static let analysisFilter = [
        "city": "sentiment.city", "from": "sentiment.from", "to": "sentiment.to", "group": "sentiment.group",
        "area": "sentiment.area",
    ]

    /// What an analysis link carries besides the filter and can be refused: an event's key, in its path. Named by
    /// a label in the page's language, not by the bare field name ("key: …" on a Swedish page until 2026-12-01).
    static let analysisLink = ["key": "sentiment.event.key"]

    /// The catalogue key of the label of `field` on the form posting to `path`: "" for a field the form does not
    /// show (the account a one-button form acts on), nil for a field of a form not listed here.
    static func key(_ field: String, action path: String) -> String? {
        let form = pattern(path)
        if let key = forms[form]?[field] { return key }
        return form == "/analysis" || form.hasPrefix("/analysis/") ? analysisFilter[field] ?? analysisLink[field] : nil
    }

    /// `path` with each UUID segment written `{id}` and without a query.
    static func pattern(_ path: String) -> String {
        let plain = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? path
        return plain.split(separator: "/", omittingEmptySubsequences: false)
            .map { UUID(uuidString: String($0)) == nil ? String($0) : "{id}" }.joined(separator: "/")
    }
}
