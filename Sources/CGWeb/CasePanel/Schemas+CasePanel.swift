extension Schemas {
    static let panelCaseID = "3F2504E0-4F89-41D3-9A0C-0305E82C3301"
    static let panelID = "9C1B7E52-3D0A-4E8B-8F6A-1B2C3D4E5F60"

    static let casePanel = object(
        [
            "id": uuid, "city": string, "name": string, "meetingWeekdays": array(integer), "reviewIntervalDays": integer,
            "retentionDays": integer, "agencies": array(uuid), "coordinators": array(uuid), "isCoordinator": boolean,
        ], required: ["id", "city", "name", "meetingWeekdays", "agencies", "coordinators", "isCoordinator"])
    static let casePanelExample: JSONValue = [
        "id": .string(panelID), "city": "london", "name": "Tower Hamlets panel", "meetingWeekdays": [3, 6],
        "reviewIntervalDays": 28, "retentionDays": 730, "agencies": ["5B0C8C0A-1111-4E1E-9A43-6E2C3B0F0A01"],
        "coordinators": ["7A1D2C3B-2222-4F1E-8B43-6E2C3B0F0A02"], "isCoordinator": true,
    ]
    static let panelCaseSummary = object(
        ["id": uuid, "reference": string, "panel": uuid, "status": string, "nextReviewOn": string, "referredAt": dateTime],
        required: ["id", "reference", "panel", "status", "referredAt"])
    static let panelCaseSummaryExample: JSONValue = [
        "id": .string(panelCaseID), "reference": "PC-7K2M9QXA", "panel": .string(panelID), "status": "open",
        "nextReviewOn": "2026-10-06", "referredAt": "2026-09-08T10:00:00Z",
    ]
    static let panelCase = object(
        [
            "id": uuid, "reference": string, "panel": uuid, "status": string,
            "person": object(["name": string, "dateOfBirth": string, "ageBand": string], required: ["name", "dateOfBirth"]),
            "referringAgency": string, "referralReason": string, "indicators": array(string), "screeningNote": string,
            "ideology": string, "coordinator": uuid, "nextReviewOn": string, "outcome": string, "legalHold": boolean,
            "referredAt": dateTime,
            "sections": array(
                object(
                    [
                        "id": uuid, "kind": string, "agency": string, "legalBasis": string, "restricted": boolean,
                        "factors": array(string), "ideology": string, "content": string, "recordedAt": dateTime,
                    ], required: ["id", "kind", "agency", "legalBasis", "restricted", "content"])),
            "actions": array(
                object(
                    ["id": uuid, "agency": string, "description": string, "dueOn": string, "status": string, "overdue": boolean],
                    required: ["id", "agency", "description", "dueOn", "status", "overdue"])),
        ], required: ["id", "reference", "panel", "status", "sections", "actions", "legalHold"])
    static let panelCaseExample: JSONValue = [
        "id": .string(panelCaseID), "reference": "PC-7K2M9QXA", "panel": .string(panelID), "status": "open",
        "person": ["name": "Synthetic Person", "dateOfBirth": "2008-04-01", "ageBand": "18_24"],
        "referringAgency": "Schools Service", "referralReason": "Shares extremist videos with classmates.",
        "indicators": ["extremist_content", "isolation"], "ideology": "extreme_right_wing", "legalHold": false,
        "referredAt": "2026-09-08T10:00:00Z", "nextReviewOn": "2026-10-06",
        "sections": [[
            "id": "1E2D3C4B-5A69-4788-9900-AABBCCDDEEFF", "kind": "assessment", "agency": "Schools Service",
            "legalBasis": "public_task", "restricted": false, "factors": ["grievance", "mentor"],
            "content": "Spends evenings in an online group; a new older friend.", "recordedAt": "2026-09-09T10:00:00Z",
        ]],
        "actions": [[
            "id": "2E2D3C4B-5A69-4788-9900-AABBCCDDEEFF", "agency": "Youth Service", "description": "Mentoring offer",
            "dueOn": "2026-09-30", "status": "planned", "overdue": false,
        ]],
    ]
    static let panelReferral = object(
        ["name": string, "dateOfBirth": string, "reason": string, "indicators": array(string)],
        required: ["name", "dateOfBirth", "reason"])
    static let panelReferralExample: JSONValue = [
        "name": "Synthetic Person", "dateOfBirth": "2008-04-01", "reason": "Shares extremist videos with classmates.",
        "indicators": ["extremist_content"],
    ]
    static let panelKnown = object(["name": string, "dateOfBirth": string], required: ["name", "dateOfBirth"])
    static let panelKnownExample: JSONValue = ["name": "Synthetic Person", "dateOfBirth": "2008-04-01"]
    static let panelKnownAnswer = object(["known": boolean], required: ["known"])
    static let panelReason = object(["reason": string], required: ["reason"])
    static let panelReasonExample: JSONValue = ["reason": "Preparing Tuesday's panel review"]
    static let panelErased = object(["erased": boolean], required: ["erased"])
    static let panelOpened = object(["expiresAt": dateTime], required: ["expiresAt"])
    static let panelScreening = object(
        ["decision": enumeration(["open", "not_in_scope", "more_information"]), "note": string, "ideology": string],
        required: ["decision"])
    static let panelScreeningExample: JSONValue = ["decision": "open", "ideology": "extreme_right_wing"]
    static let panelSection = object(
        [
            "kind": enumeration(["assessment", "family", "health", "information"]),
            "legalBasis": enumeration(["consent", "legal_duty", "public_task", "vital_interests"]), "restrict": boolean,
            "factors": array(string), "ideology": string, "content": string,
        ], required: ["kind", "legalBasis", "content"])
    static let panelSectionExample: JSONValue = [
        "kind": "assessment", "legalBasis": "public_task", "factors": ["grievance"], "content": "Feels unfairly excluded.",
    ]
    static let panelAction = object(["agency": uuid, "description": string, "dueOn": string], required: ["agency", "description", "dueOn"])
    static let panelActionExample: JSONValue = [
        "agency": "5B0C8C0A-1111-4E1E-9A43-6E2C3B0F0A01", "description": "Mentoring offer", "dueOn": "2026-09-30",
    ]
    static let panelClose = object(["outcome": string], required: ["outcome"])
    static let panelCloseExample: JSONValue = ["outcome": "risks_reduced"]
    static let panelHold = object(["hold": boolean, "reason": string], required: ["hold", "reason"])
    static let panelHoldExample: JSONValue = ["hold": true, "reason": "Pending court proceedings"]
    static let panelReview = object(["decision": string], required: ["decision"])
    static let panelReviewExample: JSONValue = ["decision": "Keep open; mentoring continues."]
    static let panelAccessLog = array(
        object(["at": dateTime, "actor": string, "action": string, "reason": string], required: ["at", "actor", "action"]))
    static let panelAccessLogExample: JSONValue = [[
        "at": "2026-09-09T10:00:00Z", "actor": "panel_member 7A1D2C3B-2222-4F1E-8B43-6E2C3B0F0A02",
        "action": "panel.case_opened", "reason": "Preparing Tuesday's panel review",
    ]]
    static let panelAgenda = object(
        [
            "meeting": string,
            "items": array(
                object(
                    ["id": uuid, "reference": string, "status": string, "dueOn": string, "overdueActions": integer],
                    required: ["id", "reference", "status", "dueOn", "overdueActions"])),
        ], required: ["meeting", "items"])
    static let panelAgendaExample: JSONValue = [
        "meeting": "2026-10-06",
        "items": [["id": .string(panelCaseID), "reference": "PC-7K2M9QXA", "status": "open", "dueOn": "2026-10-06", "overdueActions": 1]],
    ]
    static let panelInsight = object(
        [
            "panel": uuid, "generatedAt": dateTime,
            "policy": object(["threshold": integer, "roundingBase": integer], required: ["threshold", "roundingBase"]),
            "total": protectedCell,
            "dimensions": array(
                object(
                    ["name": string, "items": array(object(["key": string, "count": protectedCell], required: ["key", "count"]))],
                    required: ["name", "items"])),
            "trend": array(object(["key": string, "count": protectedCell], required: ["key", "count"])),
        ], required: ["panel", "total", "dimensions", "trend"])
    static let panelInsightExample: JSONValue = [
        "panel": .string(panelID), "generatedAt": "2026-10-01T00:00:00Z",
        "policy": ["threshold": 10, "roundingBase": 5], "total": ["value": 45, "rounded": true],
        "dimensions": [[
            "name": "ideology",
            "items": [
                ["key": "extreme_right_wing", "count": ["value": 20, "rounded": true]],
                ["key": "islamist", "count": ["suppressed": "fewer-than-10"]],
            ],
        ]],
        "trend": [["key": "2026-H1", "count": ["value": 25, "rounded": true]]],
    ]
}
