/// The OpenAPI description of the analysis endpoints: their common filters and responses.
enum AnalysisDocs {
    static let filters: [APIOperation.Parameter] = [
        .init("city", in: "query", required: false, description: "City pack id (default: the caller's city)", example: "london"),
        .init("from", in: "query", required: false, schema: ["type": "string", "format": "date"],
              description: "First local day, YYYY-MM-DD (default: 55 days before 'to')", example: "2026-09-01"),
        .init("to", in: "query", required: false, schema: ["type": "string", "format": "date"],
              description: "Last local day, YYYY-MM-DD (default: today in the city); at most 400 days", example: "2026-10-26"),
        .init("group", in: "query", required: false, schema: Schemas.enumeration(AnalysisQuery.groups),
              description: "Target group ('all' = every hateful message; 'none' = hateful with no identifiable group)", example: "muslims"),
        .init("area", in: "query", required: false, description: "Area code of the city pack (default: the whole city)", example: "E09000030"),
    ]

    static func operation(_ kind: AnalysisKind, summary: String, schema: JSONValue, example: JSONValue) -> APIOperation {
        APIOperation(
            method: .GET, path: AnalysisRoute.api(kind).path, summary: summary, tag: "analysis", parameters: filters,
            responses: [
                .init(200, "Aggregates only: counts per area, day and group — never a message, an author or a pseudonym.",
                      schema: Schemas.analysisEnvelope(schema), example: Schemas.analysisEnvelopeExample(example)),
                .init(422, "A filter is invalid (the field and the reason).", schema: Schemas.errorRef),
            ],
            permission: "messages:read")
    }

    /// One trigger event by its key, with the list's filters (the group is the key's).
    static let eventOperation = APIOperation(
        method: .GET, path: AnalysisRoute.apiEvent(key: "{key}").path,
        summary: "One trigger event: its days, size, areas and terms as in the events list for the same filters, the group's daily series around it with the baseline, verified offline incidents and the alerts recorded for it",
        tag: "analysis",
        parameters: [
            .init("key", in: "path", description: "The event's target group and first day, GROUP-YYYY-MM-DD (stable while the stored data do not change)", example: "muslims-2026-10-14")
        ] + filters.filter { $0.name != "group" }
            + [.init("group", in: "query", required: false, schema: Schemas.enumeration(AnalysisQuery.groups),
                     description: "Kept for the links back to the list; the event's group is the key's", example: "muslims")],
        responses: [
            .init(200, "Aggregates only: counts per area and day and aggregated words — never a message, an author or a pseudonym.",
                  schema: Schemas.analysisEnvelope(Schemas.analysisEvent), example: Schemas.analysisEnvelopeExample(Schemas.analysisEventExample)),
            .init(400, "The key is not GROUP-YYYY-MM-DD with a known group (`fields.key` says why).", schema: Schemas.errorRef),
            .init(404, "No current event has this key in the city and period (the data changed, or it never was one; `fields.key`).", schema: Schemas.errorRef),
            .init(422, "A filter is invalid (the field and the reason).", schema: Schemas.errorRef),
        ],
        permission: "messages:read")
}
