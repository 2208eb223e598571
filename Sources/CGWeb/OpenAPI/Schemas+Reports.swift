import CGDomain

extension Schemas {
    static let errorRef: JSONValue = ["$ref": "#/components/schemas/Error"]

    static func limited(_ maxLength: Int, _ description: String) -> JSONValue {
        ["type": "string", "maxLength": .number(Double(maxLength)), "description": .string(description)]
    }

    static let reportSubmission = object(
        [
            "city": ["type": "string", "description": "City pack id (see GET /api/v1/cities)"],
            "area": ["type": "string", "description": "Area code of the city; required unless a coordinate is given or the incident was online"],
            "latitude": ["type": "number", "minimum": -90, "maximum": 90, "description": "Optional exact place (WGS84); staff-only, never published"],
            "longitude": ["type": "number", "minimum": -180, "maximum": 180],
            "platform": enumeration(OnlinePlatform.allCases.map(\.rawValue)),
            "link": limited(2_000, "For online incidents: a https:// link to the content"),
            "type": enumeration(IncidentType.allCases.map(\.rawValue)),
            "description": limited(5_000, "What happened, in your own words"),
            "characteristics": [
                "type": "array", "minItems": 1,
                "items": enumeration(TargetedCharacteristic.allCases.map(\.rawValue)),
                "description": "Targeted because they are, or were thought to be …",
            ],
            "religion": enumeration(ReligionGroup.allCases.map(\.rawValue)),
            "date": ["type": "string", "format": "date", "description": "YYYY-MM-DD, not in the future"],
            "time": ["type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$", "description": "Approximate time, HH:MM"],
            "reporter": enumeration(ReporterRole.allCases.map(\.rawValue)),
            "policeReported": boolean,
            "policeReference": limited(100, "The police reference, when reported"),
            "wantsSupport": boolean,
            "consentToContact": boolean,
            "consentToReferral": ["type": "boolean", "description": "Needs consentToContact"],
            "contact": object(
                [
                    "name": limited(200, "Name (optional)"), "email": limited(254, "E-mail address"),
                    "phone": limited(40, "Phone number"), "notes": limited(500, "e.g. when best to call"),
                ], required: []),
        ], required: ["city", "type", "description", "characteristics", "date", "reporter"])
    static let reportSubmissionExample: JSONValue = [
        "city": "london", "area": "E09000030", "type": "verbal_abuse",
        "description": "A man shouted abuse about my headscarf at the bus stop.",
        "characteristics": ["religion", "sex_gender"], "religion": "muslim", "date": "2026-05-02", "time": "18:30",
        "reporter": "victim", "policeReported": false, "wantsSupport": true, "consentToContact": true,
        "consentToReferral": true, "contact": ["email": "me@example.org"],
    ]
    static let reportReceipt = object(
        [
            "reference": ["type": "string", "description": "Quote this when you contact us"],
            "status": enumeration(ReportStatus.allCases.map(\.rawValue)),
            "followUpToken": ["type": "string", "description": "Secret; shown once. Keep it private."],
            "followUpPath": ["type": "string", "description": "Private page to follow the report and add information"],
        ], required: ["reference", "status", "followUpToken", "followUpPath"])
    static let reportReceiptExample: JSONValue = [
        "reference": "CG-7K3P-9QXM", "status": "received",
        "followUpToken": "q8mB0w7g2y6Jr5k1c3Vx9Zt4Hn0Ld2Pe8Sa6Uf1Wi3Q",
        "followUpPath": "/report/follow-up/q8mB0w7g2y6Jr5k1c3Vx9Zt4Hn0Ld2Pe8Sa6Uf1Wi3Q",
    ]
}
