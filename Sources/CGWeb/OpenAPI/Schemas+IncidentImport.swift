import CGClassifier
import CGDomain
import CGSentiment

extension Schemas {
    static let incidentRecord = object(
        [
            "id": string, "date": ["type": "string", "format": "date"], "area": string, "latitude": number,
            "longitude": number, "target_group": enumeration(TargetGroup.allCases.map(\.rawValue)),
            "characteristic": enumeration(TargetedCharacteristic.allCases.map(\.rawValue)),
            "religion": enumeration(ReligionGroup.allCases.map(\.rawValue)),
            "type": enumeration(IncidentType.allCases.map(\.rawValue)),
            "classification": enumeration(HateClassification.allCases.map(\.rawValue)),
            "count": ["type": "integer", "minimum": 1, "maximum": .integer(IncidentFileReader.maximumCount)],
        ], required: ["id", "date"])
    static let incidentImportBatch = object(
        [
            "source": string, "city": string,
            "incidents": ["type": "array", "maxItems": .integer(IncidentsAPIController.maximumBatch), "items": incidentRecord],
        ], required: ["source", "city", "incidents"])
    static let incidentImportBatchExample: JSONValue = [
        "source": "police-recorded", "city": "london",
        "incidents": [
            [
                "id": "MPS-2026-118342", "date": "2026-03-14", "area": "Tower Hamlets", "target_group": "muslims",
                "type": "verbal_abuse", "classification": "hate_crime",
            ],
            ["id": "MPS-2026-118350", "date": "2026-03-15", "latitude": 51.5155, "longitude": -0.0361, "characteristic": "sexual_orientation", "count": 2],
        ],
    ]
    static let incidentImportResult = object(
        [
            "read": integer, "stored": integer, "incidents": integer, "duplicates": integer, "malformed": integer,
            "errors": array(itemError),
        ], required: ["read", "stored", "incidents", "duplicates", "malformed", "errors"])
    static let incidentImportResultExample: JSONValue = [
        "read": 2, "stored": 2, "incidents": 3, "duplicates": 0, "malformed": 0, "errors": [],
    ]
    static let incidentImportResultErrorExample: JSONValue = [
        "read": 1, "stored": 1, "incidents": 1, "duplicates": 0, "malformed": 1,
        "errors": [["index": 1, "field": "area", "reason": "not an area code or area name of london"]],
    ]
}
