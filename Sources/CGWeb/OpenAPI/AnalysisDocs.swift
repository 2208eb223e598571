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
}
