extension Schemas {
    static let analysisFilters = object(
        ["city": string, "from": string, "to": string, "group": string, "area": string], required: ["city", "from", "to", "group"])
    static let dayRange = object(["from": integer, "to": integer, "fromDate": string, "toDate": string], required: ["from", "to", "fromDate", "toDate"])

    static func analysisEnvelope(_ result: JSONValue) -> JSONValue {
        object(
            ["filters": analysisFilters, "synthetic": boolean, "partlySynthetic": boolean, "result": result,
             "wholeCity": array(string),
             "notices": ["type": "object", "additionalProperties": string]],
            required: ["filters", "synthetic", "result"])
    }

    static func analysisEnvelopeExample(_ result: JSONValue) -> JSONValue {
        [
            "filters": ["city": "london", "from": "2026-09-01", "to": "2026-10-26", "group": "muslims"],
            "synthetic": true, "result": result,
        ]
    }

    static let areaCount = object(
        ["areaCode": string, "name": string, "messages": integer, "hateful": integer, "violent": integer, "perThousand": number],
        required: ["areaCode", "name", "messages", "hateful", "violent"])
    static let analysisMap = object(
        ["city": string, "period": dayRange, "targetGroup": string, "areas": array(areaCount), "unplaced": areaCount, "total": areaCount],
        required: ["city", "period", "targetGroup", "areas", "unplaced", "total"])
    static let exampleRange: JSONValue = ["from": 20_697, "to": 20_752, "fromDate": "2026-09-01", "toDate": "2026-10-26"]
    static let analysisMapExample: JSONValue = [
        "city": "london", "period": exampleRange, "targetGroup": "muslims",
        "areas": [["areaCode": "E09000030", "name": "Tower Hamlets", "messages": 1680, "hateful": 21, "violent": 3, "perThousand": 12.5]],
        "unplaced": ["areaCode": "unplaced", "name": "unplaced", "messages": 400, "hateful": 4, "violent": 0, "perThousand": 10.0],
        "total": ["areaCode": "london", "name": "London", "messages": 2080, "hateful": 25, "violent": 3, "perThousand": 12.02],
    ]

    static let hateSeries = object(
        ["city": string, "area": string, "targetGroup": string, "period": dayRange, "dates": array(string),
         "messages": array(integer), "hateful": array(integer), "violent": array(integer), "perThousand": array(number)],
        required: ["city", "targetGroup", "period", "dates", "messages", "hateful", "violent", "perThousand"])
    /// The part of an event (or area) within the period asked for, present only when its days reach outside it.
    static let eventPeriodPart = object(["period": dayRange, "observed": number], required: ["observed"])
    /// The part of an event in the area filtered by, present only under an area filter.
    static let eventAreaPart = object(
        ["areas": array(string), "period": dayRange, "observed": number, "inPeriod": eventPeriodPart],
        required: ["areas", "period", "observed"])
    static let eventArea = object(
        ["areaCode": string, "name": string, "period": dayRange, "peakDay": integer, "observed": number, "expected": number, "score": number,
         "inPeriod": eventPeriodPart],
        required: ["areaCode", "name", "period", "peakDay", "observed", "expected", "score"])
    static let distinctiveTerm = object(["term": string], required: ["term"])
    static let triggerEvent = object(
        ["targetGroup": string, "period": dayRange, "peakDay": integer, "observed": number, "expected": number, "score": number,
         "cityWide": boolean, "areas": array(eventArea), "terms": array(distinctiveTerm), "cityPeriod": dayRange,
         "inPeriod": eventPeriodPart, "inAreas": eventAreaPart],
        required: ["targetGroup", "period", "peakDay", "observed", "expected", "score", "cityWide", "areas", "terms"])
    static let triggerEventExample: JSONValue = [
        "targetGroup": "muslims", "period": ["from": 20_740, "to": 20_745, "fromDate": "2026-10-14", "toDate": "2026-10-19"],
        "peakDay": 20_741, "observed": 96, "expected": 14, "score": 9.1, "cityWide": true,
        "cityPeriod": ["from": 20_740, "to": 20_744, "fromDate": "2026-10-14", "toDate": "2026-10-18"],
        "areas": [["areaCode": "E09000030", "name": "Tower Hamlets",
                   "period": ["from": 20_740, "to": 20_744, "fromDate": "2026-10-14", "toDate": "2026-10-18"],
                   "peakDay": 20_741, "observed": 30, "expected": 2, "score": 8.2]],
        "terms": [["term": "market attack", "logOdds": 3.1, "zScore": 5.2, "targetCount": 41, "backgroundCount": 2]],
    ]
    static let analysisSeries = object(
        ["series": hateSeries, "offlineIncidents": array(integer), "events": array(triggerEvent)],
        required: ["series", "offlineIncidents", "events"])
    static let analysisSeriesExample: JSONValue = [
        "series": [
            "city": "london", "targetGroup": "muslims",
            "period": ["from": 20_697, "to": 20_698, "fromDate": "2026-09-01", "toDate": "2026-09-02"],
            "dates": ["2026-09-01", "2026-09-02"], "messages": [1020, 998], "hateful": [4, 6], "violent": [0, 1],
            "perThousand": [3.9, 6.0],
        ],
        "offlineIncidents": [0, 1], "events": [],
    ]
    static let analysisEvents = array(triggerEvent)
    static let analysisEventsExample: JSONValue = [triggerEventExample]
    static let eventTimeline = object(
        ["targetGroup": string, "period": dayRange, "dates": array(string), "hateful": array(integer),
         "expected": array(number), "offlineIncidents": array(integer)],
        required: ["targetGroup", "period", "dates", "hateful", "expected", "offlineIncidents"])
    static let analysisEvent = object(
        ["key": string, "event": triggerEvent, "timeline": eventTimeline, "offlineDuringEvent": integer, "alerts": array(alert)],
        required: ["key", "event", "timeline", "offlineDuringEvent", "alerts"])
    static let analysisEventExample: JSONValue = [
        "key": "muslims-2026-10-14", "event": triggerEventExample,
        "timeline": [
            "targetGroup": "muslims", "period": ["from": 20_739, "to": 20_740, "fromDate": "2026-10-13", "toDate": "2026-10-14"],
            "dates": ["2026-10-13", "2026-10-14"], "hateful": [3, 31], "expected": [2.8, 3.1], "offlineIncidents": [0, 1],
        ],
        "offlineDuringEvent": 1, "alerts": [],
    ]

    static let lagResult = object(
        ["lag": integer, "status": string, "overlap": integer, "correlation": number, "testedCorrelation": number,
         "pValue": number, "familyPValue": number, "lower95": number, "upper95": number, "testedLower95": number,
         "testedUpper95": number],
        required: ["lag", "status", "overlap"])
    static let analysisOnlineOffline = object(
        ["analysis": object(
            ["status": enumeration(["ok", "tooFewOnline", "tooFewOffline"]), "area": string, "targetGroup": string, "period": dayRange,
             "onlineTotal": integer, "offlineTotal": integer, "daily": array(lagResult), "weekly": array(lagResult),
             "strongestDaily": lagResult, "strongestWeekly": lagResult, "note": string],
            required: ["status", "targetGroup", "period", "onlineTotal", "offlineTotal", "daily", "weekly", "note"]),
         "offlineCounting": string],
        required: ["analysis", "offlineCounting"])
    static let analysisOnlineOfflineExample: JSONValue = [
        "analysis": [
            "status": "ok", "targetGroup": "muslims", "period": exampleRange, "onlineTotal": 420, "offlineTotal": 17,
            "daily": [["lag": 3, "status": "ok", "overlap": 53, "correlation": 0.61, "testedCorrelation": 0.52,
                       "pValue": 0.001, "familyPValue": 0.029, "lower95": 0.41, "upper95": 0.75, "testedLower95": 0.29,
                       "testedUpper95": 0.69]],
            "weekly": [], "strongestDaily": ["lag": 3, "status": "ok", "overlap": 53, "correlation": 0.61, "testedCorrelation": 0.52],
            "note": "Correlation over time and place between aggregate counts; never a prediction about a person.",
        ],
        "offlineCounting": "Verified incident reports of the city, by the day they happened and their area.",
    ]
    static let abuseReceiver = object(
        ["name": string, "messages": integer, "hateful": integer, "violent": integer], required: ["name", "messages", "hateful", "violent"])
    static let analysisReceivers = object(["groups": array(abuseReceiver), "accounts": array(abuseReceiver)], required: ["groups", "accounts"])
    static let analysisReceiversExample: JSONValue = [
        "groups": [["name": "muslims", "messages": 420, "hateful": 420, "violent": 31]],
        "accounts": [["name": "mayoroflondon", "messages": 120, "hateful": 9, "violent": 0]],
    ]
    static let protectedTable = object(
        ["rowDimension": string, "columnDimension": string, "rowLabels": array(string), "columnLabels": array(string),
         "cells": array(array(protectedCell)), "rowTotals": array(protectedCell), "columnTotals": array(protectedCell),
         "grandTotal": protectedCell],
        required: ["rowLabels", "columnLabels", "cells"])
    static let analysisAuthors = object(
        ["targetGroup": string, "period": dayRange, "ageBands": array(string), "genders": array(string), "hateful": protectedTable,
         "hatefulWithDemographics": protectedCell, "hatefulInSuppressedCells": protectedCell,
         "messagesWithDemographics": protectedCell],
        required: [
            "targetGroup", "period", "ageBands", "genders", "hatefulWithDemographics", "hatefulInSuppressedCells",
            "messagesWithDemographics",
        ])
    static let analysisAuthorsExample: JSONValue = [
        "targetGroup": "muslims", "period": exampleRange, "ageBands": ["18-24", "unknown"], "genders": ["male", "unknown"],
        "hatefulWithDemographics": ["value": 26, "perturbed": true], "hatefulInSuppressedCells": ["value": 11, "perturbed": true],
        "messagesWithDemographics": ["value": 340, "rounded": true],
        "hateful": [
            "rowDimension": "ageBand", "columnDimension": "gender", "rowLabels": ["18-24", "unknown"],
            "columnLabels": ["male", "unknown"],
            "cells": [[["value": 16, "perturbed": true], ["suppressed": "fewer-than-10"]], [["value": 0], ["suppressed": "secondary"]]],
        ],
    ]
    static let violenceShare = object(
        ["area": string, "targetGroup": string, "hateful": integer, "violent": integer, "share": number],
        required: ["targetGroup", "hateful", "violent"])
    static let narrative = object(
        ["terms": array(string), "messages": integer, "share": number, "cohesion": number], required: ["terms", "messages", "share", "cohesion"])
    static let analysisSegments = object(["violence": array(violenceShare), "narratives": array(narrative)], required: ["violence", "narratives"])
    static let analysisSegmentsExample: JSONValue = [
        "violence": [["area": "E09000030", "targetGroup": "muslims", "hateful": 40, "violent": 6, "share": 0.15]],
        "narratives": [["terms": ["market", "attack", "market attack"], "messages": 38, "share": 0.21, "cohesion": 0.64]],
    ]

    static let subscription = object(
        ["id": uuid, "userID": uuid, "apiTokenID": uuid, "city": string, "areas": array(string), "groups": array(string),
         "webhookURL": string],
        required: ["id", "userID", "city", "areas", "groups"])
    static let subscriptionExample: JSONValue = [
        "id": "6f1c1d7e-2d55-4a55-9e0b-3f7c2b0a9c11", "userID": "0b7f3c4e-8a1d-4a8e-b1b2-6d3c9e2f1a00", "city": "london",
        "areas": ["E09000030"], "groups": ["muslims"], "webhookURL": "https://alerts.example.org/hook",
    ]
    static let newSubscription = object(
        ["city": string, "areas": array(string), "groups": array(string), "webhookURL": string], required: ["city"])
    static let newSubscriptionExample: JSONValue = [
        "city": "london", "areas": ["E09000030"], "groups": ["muslims"], "webhookURL": "https://alerts.example.org/hook",
    ]
    static let alert = object(
        ["id": uuid, "city": string, "eventKey": string, "group": string, "areas": array(string), "startDay": integer,
         "endDay": integer, "peakDay": integer, "startDate": string, "endDate": string, "observed": number, "expected": number,
         "score": number, "terms": array(string),
         // OpenAPI 3.1: a string or null.
         "eventPage": [
            "type": ["string", "null"],
            "description": "The path of the page of the current trigger event the alert belongs to (same group, the alert's start on one of the event's days), with the filters of the request; null when no current event holds it (the data changed). In webhook payloads, the event's page for the city's default period (`?city=` only), which holds the event when it is alerted",
         ]],
        required: ["id", "city", "eventKey", "group", "areas", "startDate", "endDate", "observed", "expected", "terms", "eventPage"])
    static let alertExample: JSONValue = [
        "id": "9a0e2c1b-3d4f-4a5b-8c6d-7e8f9a0b1c2d", "city": "london", "eventKey": "london/muslims/2026-10-14",
        "group": "muslims", "areas": ["E09000030", "E09000025"], "startDay": 20_740, "endDay": 20_745, "peakDay": 20_741,
        "startDate": "2026-10-14", "endDate": "2026-10-19", "observed": 96, "expected": 14, "score": 9.1,
        "terms": ["market attack", "market"],
        "eventPage": "/analysis/events/muslims-2026-10-14?city=london&from=2026-09-01&to=2026-10-26&group=all",
    ]
}
