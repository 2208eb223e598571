import CGDomain
import CGSentiment
import CGStorage
import Foundation
import Vapor

/// Online-message ingest for machine clients (and analysts' sessions): batches, deletion, the source registry.
/// There is no route that lists messages, and none keyed by author.
struct MessagesAPIController {
    /// The most messages one `POST /api/v1/messages` may carry.
    static let maximumBatch = 5_000
    /// The largest body that route accepts.
    static let maximumBody: ByteCount = "16mb"

    struct BatchResult: Content {
        var stored: Int
        var duplicates: Int
        var unplaced: Int
        var malformed: Int
        var errors: [BatchItemError]
    }

    struct SourceDTO: Content {
        var name: String
        var platform: String
        var collectionMethod: String
        var termsOfUse: String
        var synthetic: Bool
        var createdAt: Date
        var lastIngestedAt: Date?
        var messagesByCity: [String: Int]
    }

    struct NewSource: Content {
        var name: String
        var platform: String
        var collectionMethod: String
        var termsOfUse: String
    }

    func register(_ app: Application) {
        let post = APIOperation(
            method: .POST, path: "/api/v1/messages", summary: "Ingest a batch of online messages", tag: "messages",
            requestSchema: Schemas.messageBatch, requestExample: Schemas.messageBatchExample,
            responses: [
                .init(
                    200, "Every item was well formed; new ones are stored, repeats of a stored (source, id) are not.",
                    schema: Schemas.messageBatchResult, example: ["stored": 2, "duplicates": 1, "unplaced": 0, "malformed": 0, "errors": []]),
                .init(
                    422,
                    "Some items are malformed (listed by 0-based index with field and reason; the well-formed ones ARE stored, so resending the batch is safe), or the envelope is invalid (unknown source or city, more than 5,000 messages).",
                    schema: Schemas.messageBatchResult, example: Schemas.messageBatchResultExample),
                .init(401, "No or invalid bearer token.", schema: Schemas.errorRef),
                .init(403, "The token lacks messages:write for this city.", schema: Schemas.errorRef),
            ],
            permission: Permission.messagesWrite.rawValue)
        app.apiRegistry.add(post)
        app.on(.POST, APIOperation.vaporPath(post.path), body: .collect(maxSize: Self.maximumBody), use: ingest)
        app.documented(
            app,
            APIOperation(
                method: .DELETE, path: "/api/v1/messages/{source}/{id}",
                summary: "Delete a message everywhere (platform deletion or takedown); aggregates drop it",
                tag: "messages",
                parameters: [
                    .init("source", in: "path", description: "The registered source name.", example: "city-forum"),
                    .init("id", in: "path", description: "The message's id on its source.", example: "18342"),
                ],
                responses: [
                    .init(
                        200, "Deleted: the row and its counts in every rollup.", schema: Schemas.messageDeleted,
                        example: ["deleted": true, "source": "city-forum", "id": "18342"]),
                    .init(404, "No such message.", schema: Schemas.errorRef),
                    .init(401, "No or invalid bearer token.", schema: Schemas.errorRef),
                    .init(403, "The token lacks messages:write for the message's city.", schema: Schemas.errorRef),
                ],
                permission: Permission.messagesWrite.rawValue),
            use: delete)
        app.documented(
            app,
            APIOperation(
                method: .GET, path: "/api/v1/sources", summary: "The registered message sources and their provenance",
                tag: "messages",
                responses: [
                    .init(200, "The sources.", schema: Schemas.array(Schemas.messageSource), example: [Schemas.messageSourceExample])
                ],
                permission: Permission.messagesRead.rawValue),
            use: sources)
        app.documented(
            app,
            APIOperation(
                method: .POST, path: "/api/v1/sources", summary: "Register a message source", tag: "messages",
                requestSchema: Schemas.newMessageSource, requestExample: Schemas.newMessageSourceExample,
                responses: [
                    .init(201, "Registered.", schema: Schemas.messageSource, example: Schemas.messageSourceExample),
                    .init(422, "A field is invalid or the name is taken.", schema: Schemas.errorRef),
                ],
                permission: Permission.messagesWrite.rawValue),
            use: createSource)
    }

    static func actor(_ principal: Principal) -> MessageIngestService.Actor {
        MessageIngestService.Actor(id: principal.auditActorID, label: principal.auditLabel)
    }

    @Sendable func ingest(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard principal.permissions.contains(.messagesWrite) else {
            throw Abort(.forbidden, reason: "this needs the 'messages:write' permission")
        }
        let batch = try BatchEnvelope.read(
            request, items: "messages", maximum: Self.maximumBatch, sourceHint: "a registered source name")
        let (source, city) = (batch.source, batch.city)
        try request.require(.messagesWrite, in: city)
        let read = MessageFileReader(
            format: .jsonArray, source: source, localTimeZone: MessageIngestService.timeZone(city: city)
        ).read(data: batch.data)
        let summary = try await MessageIngestService(request: request)
            .ingest(read, source: source, city: city, actor: Self.actor(principal))
        let result = BatchResult(
            stored: summary.stored, duplicates: summary.duplicates, unplaced: summary.unplaced,
            malformed: summary.malformed,
            errors: summary.errors.map(BatchItemError.init))
        return try BatchEnvelope.response(result, failed: !result.errors.isEmpty)
    }

    struct Deleted: Content {
        var deleted: Bool
        var source: String
        var id: String
    }

    @Sendable func delete(_ request: Request) async throws -> Deleted {
        let principal = try request.requirePrincipal()
        guard principal.permissions.contains(.messagesWrite) else {
            throw Abort(.forbidden, reason: "this needs the 'messages:write' permission")
        }
        guard let source = request.parameters.get("source"), let id = request.parameters.get("id") else {
            throw Abort(.notFound)
        }
        let service = MessageIngestService(request: request)
        guard let city = try await service.city(source: source, messageID: id) else {
            throw Abort(.notFound, reason: "no message \(id) from source \(source)")
        }
        try request.require(.messagesWrite, in: city)
        let deleted = try await service
            .delete(source: source, messageID: id, actor: Self.actor(principal))
        guard deleted else { throw Abort(.notFound, reason: "no message \(id) from source \(source)") }
        return Deleted(deleted: true, source: source, id: id)
    }

    @Sendable func sources(_ request: Request) async throws -> [SourceDTO] {
        let principal = try request.requirePrincipal()
        guard principal.permissions.contains(.messagesRead) || principal.permissions.contains(.messagesWrite) else {
            throw Abort(.forbidden, reason: "this needs the 'messages:read' permission")
        }
        return try await MessageIngestService(request: request).sources().map { summary in
            SourceDTO(
                name: summary.source.name, platform: summary.source.platform,
                collectionMethod: summary.source.collectionMethod, termsOfUse: summary.source.termsOfUse,
                synthetic: summary.isSynthetic, createdAt: summary.createdAt, lastIngestedAt: summary.lastIngestedAt,
                messagesByCity: summary.messagesByCity.filter { principal.scope.covers($0.key) })
        }
    }

    @Sendable func createSource(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard principal.permissions.contains(.messagesWrite) else {
            throw Abort(.forbidden, reason: "this needs the 'messages:write' permission")
        }
        let input = try request.content.decode(NewSource.self)
        let source = MessageSource(
            name: input.name, platform: input.platform, collectionMethod: input.collectionMethod,
            termsOfUse: input.termsOfUse)
        let model = try await MessageIngestService(request: request).register(source, actor: Self.actor(principal))
        let response = Response(status: .created)
        try response.content.encode(
            SourceDTO(
                name: model.name, platform: model.platform, collectionMethod: model.collectionMethod,
                termsOfUse: model.termsOfUse, synthetic: model.isSynthetic, createdAt: model.createdAt,
                lastIngestedAt: model.lastIngestedAt, messagesByCity: [:]),
            as: .json)
        return response
    }
}
