import CGDomain

extension Schemas {
    static let followUp = object(
        [
            "reference": string, "status": enumeration(ReportStatus.allCases.map(\.rawValue)), "submittedAt": dateTime,
            "statusChanges": array(object(["date": dateTime, "status": string], required: ["date", "status"])),
            "messages": array(
                object(["date": dateTime, "from": enumeration(["caseworker", "reporter"]), "text": string], required: ["date", "from"])),
        ], required: ["reference", "status", "submittedAt", "statusChanges", "messages"])
    static let followUpExample: JSONValue = [
        "reference": "CG-7K3P-9QXM", "status": "under_review", "submittedAt": "2026-05-02T18:40:00Z",
        "statusChanges": [
            ["date": "2026-05-02T18:40:00Z", "status": "received"], ["date": "2026-05-03T09:12:00Z", "status": "under_review"],
        ],
        "messages": [["date": "2026-05-03T09:15:00Z", "from": "caseworker", "text": "Thank you. Could you tell us the bus route?"]],
    ]
    static let followUpMessage = object(["message": limited(4_000, "More information for the caseworker")], required: ["message"])
    static let followUpMessageExample: JSONValue = ["message": "It was the number 25 bus, going east."]
}
