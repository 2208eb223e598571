extension Schemas {
    static let protectedCell: JSONValue = [
        "type": "object",
        "description": "A published count: {\"value\":0}, {\"value\":45,\"rounded\":true}, {\"value\":47,\"perturbed\":true} (cell-key noise of at most 2, the authors table), or {\"suppressed\":\"fewer-than-10\"|\"secondary\"} with no number",
        "properties": [
            "value": ["type": "integer"], "rounded": ["type": "boolean"], "perturbed": ["type": "boolean"],
            "suppressed": ["type": "string", "enum": ["fewer-than-10", "secondary"]],
        ],
    ]
    static let statsItem = object(["key": string, "label": string, "count": protectedCell], required: ["key", "label", "count"])
    static let incidentStats = object(
        [
            "filters": object(
                ["city": string, "from": string, "to": string, "characteristic": string, "type": string],
                required: ["city", "from", "to"]),
            "policy": object(["threshold": integer, "roundingBase": integer], required: ["threshold", "roundingBase"]),
            "total": protectedCell, "byArea": array(statsItem), "byMonth": array(statsItem), "byType": array(statsItem),
            "byCharacteristic": array(statsItem), "notes": array(string),
        ], required: ["filters", "policy", "total", "byArea", "byMonth", "byType", "byCharacteristic"])
    static let incidentStatsExample: JSONValue = [
        "filters": ["city": "london", "from": "2026-01", "to": "2026-03"],
        "policy": ["threshold": 10, "roundingBase": 5],
        "total": ["value": 45, "rounded": true],
        "byArea": [
            ["key": "E09000030", "label": "Tower Hamlets", "count": ["value": 15, "rounded": true]],
            ["key": "E09000001", "label": "City of London", "count": ["suppressed": "fewer-than-10"]],
            ["key": "E09000002", "label": "Barking and Dagenham", "count": ["suppressed": "secondary"]],
            ["key": "E09000003", "label": "Barnet", "count": ["value": 0]],
        ],
        "byMonth": [["key": "2026-01", "label": "2026-01", "count": ["value": 20, "rounded": true]]],
        "byType": [["key": "verbal_abuse", "label": "Verbal abuse", "count": ["value": 25, "rounded": true]]],
        "byCharacteristic": [["key": "religion", "label": "Religion or belief", "count": ["value": 15, "rounded": true]]],
        "notes": ["Verified incidents only, counted in the month they happened."],
    ]
}
