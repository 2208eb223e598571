import CGDomain
import CGSentiment
import Foundation
import Vapor

/// `POST /api/v1/incidents/import`: partner agencies and police systems push recorded incidents with an API
/// token (`reports:write` in the city); the same reader and service as `commonground incidents import`.
struct IncidentsAPIController {
    /// The most records one batch may carry.
    static let maximumBatch = 5_000
    /// The largest body accepted.
    static let maximumBody: ByteCount = "8mb"

    struct ImportResult: Content {
        var read: Int
        var stored: Int
        var incidents: Int
        var duplicates: Int
        var malformed: Int
        var errors: [BatchItemError]
    }

    func register(_ app: Application) {
        let post = APIOperation(
            method: .POST, path: "/api/v1/incidents/import",
            summary: "Import recorded offline incidents (police-recorded, partner agencies) as verified incidents",
            tag: "reports", requestSchema: Schemas.incidentImportBatch, requestExample: Schemas.incidentImportBatchExample,
            responses: [
                .init(
                    200, "Every record was well formed; new ones are stored, records already imported from the source are not.",
                    schema: Schemas.incidentImportResult, example: Schemas.incidentImportResultExample),
                .init(
                    422,
                    "Some records are malformed (by 0-based index with field and reason; the well-formed ones ARE stored, so resending is safe), or the envelope is invalid.",
                    schema: Schemas.incidentImportResult, example: Schemas.incidentImportResultErrorExample),
                .init(401, "No or invalid bearer token.", schema: Schemas.errorRef),
                .init(403, "The token lacks reports:write for this city.", schema: Schemas.errorRef),
            ],
            permission: Permission.reportsWrite.rawValue)
        app.apiRegistry.add(post)
        app.on(.POST, APIOperation.vaporPath(post.path), body: .collect(maxSize: Self.maximumBody), use: importBatch)
    }

    @Sendable func importBatch(_ request: Request) async throws -> Response {
        let principal = try request.require(.reportsWrite)
        let batch = try BatchEnvelope.read(
            request, items: "incidents", maximum: Self.maximumBatch, sourceHint: "where the records come from, e.g. police-recorded")
        let (source, city) = (batch.source, batch.city)
        try request.require(.reportsWrite, in: city)
        let service = IncidentImportService(request: request)
        let read = try await service.reader(city: city).read(data: batch.data, format: .jsonArray)
        let summary = try await service.importRecords(
            read, source: source, city: city,
            actor: IncidentImportService.Actor(id: principal.auditActorID, label: principal.auditLabel))
        let result = ImportResult(
            read: summary.read, stored: summary.stored, incidents: summary.incidents, duplicates: summary.duplicates,
            malformed: summary.malformed,
            errors: summary.errors.map(BatchItemError.init))
        return try BatchEnvelope.response(result, failed: !result.errors.isEmpty)
    }
}
