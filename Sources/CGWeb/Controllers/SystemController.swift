import CGStorage
import Fluent
import SQLKit
import Vapor

/// `/healthz`, `/metrics` and `/openapi.json`.
struct SystemController {
    static let version = "0.1.0"

    struct Health: Content {
        struct DatabaseState: Content {
            var engine: String
            var reachable: Bool
            var migrations: Int?
        }

        var status: String
        var database: DatabaseState
        var version: String
    }

    func register(_ app: Application) {
        app.documented(
            app,
            APIOperation(
                method: .GET, path: "/healthz", summary: "Liveness and database state", tag: "system",
                responses: [
                    .init(200, "The server and its database answer.", schema: Schemas.health, example: Schemas.healthExample),
                    .init(503, "The database does not answer.", schema: Schemas.health),
                ]),
            use: health)
        app.documented(
            app,
            APIOperation(
                method: .GET, path: "/metrics", summary: "Prometheus metrics (request counts and latencies)",
                tag: "system",
                responses: [
                    .init(
                        200, "Metrics in the Prometheus text format.", schema: ["type": "string"],
                        example: "http_requests_total{method=\"GET\",path=\"/healthz\",status=\"200\"} 1",
                        contentType: "text/plain")
                ]),
            use: metrics)
        app.documented(
            app,
            APIOperation(
                method: .GET, path: "/openapi.json", summary: "This API's OpenAPI 3.1 description", tag: "system",
                responses: [.init(200, "The OpenAPI document.", schema: ["type": "object"], example: ["openapi": "3.1.0"])]),
            use: openAPI)
    }

    @Sendable func health(_ request: Request) async throws -> Response {
        let engine = request.cg.settings.database.isSQLite ? "sqlite" : "postgresql"
        var state = Health.DatabaseState(engine: engine, reachable: false, migrations: nil)
        if let sql = request.db as? any SQLDatabase {
            struct Row: Decodable { var n: Int }
            if let row = try? await sql.raw("SELECT COUNT(*) AS n FROM _fluent_migrations").first(decoding: Row.self) {
                state.reachable = true
                state.migrations = row.n
            }
        }
        let health = Health(status: state.reachable ? "ok" : "degraded", database: state, version: Self.version)
        let response = Response(status: state.reachable ? .ok : .serviceUnavailable)
        try response.content.encode(health, as: .json)
        return response
    }

    @Sendable func metrics(_ request: Request) async throws -> Response {
        var buffer: [UInt8] = []
        request.cg.metrics.emit(into: &buffer)
        var headers = HTTPHeaders()
        headers.add(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(data: Data(buffer)))
    }

    @Sendable func openAPI(_ request: Request) async throws -> Response {
        let document = OpenAPIDocument.build(request.application.apiRegistry.operations, version: Self.version)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try encoder.encode(document)))
    }
}
