extension Schemas {
    static let incomingMessage = object(
        [
            "id": string, "timestamp": dateTime, "text": string, "language": string, "author_id": string,
            "author_location": string, "latitude": number, "longitude": number, "mentions": array(string),
            "reply_to": string,
            "author_age_band": enumeration(["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"]),
            "author_gender": enumeration(["female", "male", "non-binary", "other"]),
        ], required: ["id", "timestamp", "text", "author_id"])
    static let messageBatch = object(
        [
            "source": string, "city": string,
            "messages": [
                "type": "array", "maxItems": .integer(MessagesAPIController.maximumBatch),
                "items": incomingMessage,
            ],
        ], required: ["source", "city", "messages"])
    static let messageBatchExample: JSONValue = [
        "source": "city-forum", "city": "london",
        "messages": [
            [
                "id": "18342", "timestamp": "2026-03-14T18:05:00Z", "text": "Lovely market in Hackney today",
                "author_id": "u-991", "author_location": "Hackney", "mentions": ["@cityhall"],
            ],
            [
                "id": "18343", "timestamp": "2026-03-14T18:06:10+00:00", "text": "See you at the match",
                "author_id": "u-212", "latitude": 51.5155, "longitude": -0.0361, "author_age_band": "25-34",
                "author_gender": "female",
            ],
            ["id": "18344", "timestamp": "2026-03-14 18:07", "text": "no offset: the city's local time", "author_id": "u-5"],
            ["id": "18345", "timestamp": "2026-03-14T18:08:00Z", "text": "somewhere else", "author_id": "u-6", "latitude": 95, "longitude": 0],
        ],
    ]
    static let itemError = object(
        ["index": integer, "field": string, "reason": string], required: ["index", "reason"])
    static let messageBatchResult = object(
        [
            "stored": integer, "duplicates": integer, "unplaced": integer, "malformed": integer,
            "errors": array(itemError),
        ], required: ["stored", "duplicates", "unplaced", "malformed", "errors"])
    static let messageBatchResultExample: JSONValue = [
        "stored": 3, "duplicates": 0, "unplaced": 0, "malformed": 1,
        "errors": [["index": 3, "field": "latitude", "reason": "must be between -90 and 90"]],
    ]
    static let messageDeleted = object(
        ["deleted": boolean, "source": string, "id": string], required: ["deleted", "source", "id"])
    static let messageSource = object(
        [
            "name": string, "platform": string, "collectionMethod": string, "termsOfUse": string,
            "synthetic": boolean, "createdAt": dateTime, "lastIngestedAt": dateTime,
            "messagesByCity": ["type": "object", "additionalProperties": integer],
        ], required: ["name", "platform", "collectionMethod", "termsOfUse", "synthetic", "createdAt", "messagesByCity"])
    static let messageSourceExample: JSONValue = [
        "name": "city-forum", "platform": "city forum", "collectionMethod": "export by the forum operator",
        "termsOfUse": "data-sharing agreement 2026-04", "synthetic": false, "createdAt": "2026-04-01T09:00:00Z",
        "lastIngestedAt": "2026-04-02T10:00:00Z", "messagesByCity": ["london": 12840],
    ]
    static let newMessageSource = object(
        ["name": string, "platform": string, "collectionMethod": string, "termsOfUse": string],
        required: ["name", "platform", "collectionMethod", "termsOfUse"])
    static let newMessageSourceExample: JSONValue = [
        "name": "city-forum", "platform": "city forum", "collectionMethod": "export by the forum operator",
        "termsOfUse": "data-sharing agreement 2026-04",
    ]
}
