/// JSON Schemas of the API's bodies, with examples, for the OpenAPI document.
enum Schemas {
    static func object(_ properties: [String: JSONValue], required: [String]) -> JSONValue {
        ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    static let string: JSONValue = ["type": "string"]
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]
    static let number: JSONValue = ["type": "number"]
    static let integer: JSONValue = ["type": "integer"]
    static let boolean: JSONValue = ["type": "boolean"]
    static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
    static func enumeration(_ values: [String]) -> JSONValue { ["type": "string", "enum": .array(values.map { .string($0) })] }

    static let health = object(
        [
            "status": enumeration(["ok", "degraded"]),
            "database": object(
                ["engine": enumeration(["sqlite", "postgresql"]), "reachable": boolean, "migrations": integer],
                required: ["engine", "reachable"]),
            "version": string,
        ], required: ["status", "database", "version"])
    static let healthExample: JSONValue = [
        "status": "ok", "database": ["engine": "sqlite", "reachable": true, "migrations": 7], "version": "0.1.0",
    ]

    static let point = object(["latitude": number, "longitude": number], required: ["latitude", "longitude"])
    static let area = object(
        [
            "code": string, "name": string, "englishName": string, "centroid": point,
            "tile": object(["column": integer, "row": integer], required: ["column", "row"]),
            "neighbours": array(string),
        ], required: ["code", "name", "englishName", "centroid", "tile", "neighbours"])
    static let areaExample: JSONValue = [
        "code": "E09000030", "name": "Tower Hamlets", "englishName": "Tower Hamlets",
        "centroid": ["latitude": 51.515, "longitude": -0.036], "tile": ["column": 6, "row": 3],
        "neighbours": ["E09000001", "E09000012", "E09000025", "E09000028", "E09000033"],
    ]
    static let citySummary = object(
        [
            "id": string, "name": string, "englishName": string, "country": string, "languages": array(string),
            "timeZone": string, "areaKind": string, "areaCount": integer, "hasBoundaries": boolean,
        ], required: ["id", "name", "englishName", "country", "languages", "timeZone", "areaKind", "areaCount"])
    static let citySummaryExample: JSONValue = [
        "id": "london", "name": "London", "englishName": "London", "country": "GB", "languages": ["en"],
        "timeZone": "Europe/London", "areaKind": "borough", "areaCount": 33, "hasBoundaries": false,
    ]
    static let cityDetail = object(
        [
            "id": string, "name": string, "englishName": string, "country": string, "languages": array(string),
            "timeZone": string, "areaKind": string,
            "bounds": object(
                ["minLatitude": number, "minLongitude": number, "maxLatitude": number, "maxLongitude": number],
                required: ["minLatitude", "minLongitude", "maxLatitude", "maxLongitude"]),
            "grid": object(["columns": integer, "rows": integer], required: ["columns", "rows"]),
            "areas": array(area),
        ], required: ["id", "name", "englishName", "languages", "bounds", "grid", "areas"])
    static let cityDetailExample: JSONValue = [
        "id": "london", "name": "London", "englishName": "London", "country": "GB", "languages": ["en"],
        "timeZone": "Europe/London", "areaKind": "borough",
        "bounds": ["minLatitude": 51.28, "minLongitude": -0.52, "maxLatitude": 51.7, "maxLongitude": 0.34],
        "grid": ["columns": 8, "rows": 7], "areas": [areaExample],
    ]
    static let placement = object(
        [
            "city": string, "areaCode": string, "areaName": string,
            "method": enumeration(["boundary", "nearest_centroid"]), "confidence": number,
        ], required: ["city", "areaCode", "areaName", "method", "confidence"])
    static let placementExample: JSONValue = [
        "city": "london", "areaCode": "E09000030", "areaName": "Tower Hamlets", "method": "nearest_centroid",
        "confidence": 0.6,
    ]

    static let agency = object(
        ["id": uuid, "name": string, "kind": enumeration(AgencyKindNames.all), "city": string],
        required: ["id", "name", "kind", "city"])
    static let agencyExample: JSONValue = [
        "id": "6F3D1C2A-8B4E-4C1D-9E2F-0A1B2C3D4E5F", "name": "Youth Services", "kind": "social_care",
        "city": "london",
    ]
    static let newAgency = object(
        ["name": string, "kind": enumeration(AgencyKindNames.all), "city": string], required: ["name", "kind", "city"])
    static let newAgencyExample: JSONValue = ["name": "Youth Services", "kind": "social_care", "city": "london"]

    static let user = object(
        [
            "id": uuid, "email": string, "name": string, "role": enumeration(RoleNames.all), "agencyID": uuid,
            "city": string, "totpEnabled": boolean, "disabled": boolean,
        ], required: ["id", "email", "name", "role", "agencyID", "city", "totpEnabled", "disabled"])
    static let userExample: JSONValue = [
        "id": "0B7D6C5A-4E3F-4A2B-8C1D-9E8F7A6B5C4D", "email": "caseworker@example.org", "name": "A. Caseworker",
        "role": "caseworker", "agencyID": "6F3D1C2A-8B4E-4C1D-9E2F-0A1B2C3D4E5F", "city": "london",
        "totpEnabled": false, "disabled": false,
    ]
    static let newUser = object(
        [
            "email": ["type": "string", "format": "email", "maxLength": 254], "name": ["type": "string", "maxLength": 200],
            "password": ["type": "string", "minLength": 12, "maxLength": 128], "role": enumeration(RoleNames.all),
            "agencyID": uuid, "city": string,
        ], required: ["email", "name", "password", "role", "agencyID", "city"])
    static let newUserExample: JSONValue = [
        "email": "caseworker@example.org", "name": "A. Caseworker", "password": "correct horse battery staple",
        "role": "caseworker", "agencyID": "6F3D1C2A-8B4E-4C1D-9E2F-0A1B2C3D4E5F", "city": "london",
    ]
    static let me = object(
        ["kind": enumeration(["api_token", "session"]), "city": string, "permissions": array(string)],
        required: ["kind", "city", "permissions"])
    static let meExample: JSONValue = ["kind": "api_token", "city": "london", "permissions": ["stats:read"]]
    static let auditVerification = object(
        ["intact": boolean, "entries": integer, "lastHash": string, "brokenAt": integer, "reason": string],
        required: ["intact"])
    static let auditVerificationExample: JSONValue = ["intact": true, "entries": 42, "lastHash": "9f2c…"]
}

import CGDomain

enum AgencyKindNames {
    static let all = AgencyKind.allCases.map(\.rawValue)
}

enum RoleNames {
    static let all = Role.allCases.map(\.rawValue)
}
