import CGDomain
import Foundation
import Vapor

/// The JSON body of every API error: a sentence and, for validation problems, a reason per field.
public struct APIErrorBody: Content, Sendable {
    public var error: String
    public var fields: [String: String]?
}

/// Turns every error into a clear response: JSON `{"error", "fields"}` for the API and an HTML page for
/// people. Bad input never becomes a 500: decoding problems name the field, validation problems give 422.
struct APIErrorMiddleware: AsyncMiddleware {
    let renderPage: @Sendable (Request, HTTPStatus, String, [String: String]?) -> Response

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, message, fields, headers) = Self.describe(error, request: request)
            if status.code >= 500 {
                request.logger.error("request failed: \(String(reflecting: error))")
            }
            if Self.wantsJSON(request) {
                let response = Response(status: status, headers: headers)
                try response.content.encode(APIErrorBody(error: message, fields: fields), as: .json)
                return response
            }
            let response = renderPage(request, status, message, fields)
            for (name, value) in headers where name.lowercased() != "content-type" {
                response.headers.replaceOrAdd(name: name, value: value)
            }
            return response
        }
    }

    static func wantsJSON(_ request: Request) -> Bool {
        let path = request.url.path
        if path.hasPrefix("/api/") || path == "/healthz" || path == "/openapi.json" { return true }
        let accept = request.headers.first(name: .accept) ?? ""
        return accept.contains("application/json") && !accept.contains("text/html")
    }

    static func describe(_ error: any Error, request: Request) -> (
        HTTPStatus, String, [String: String]?, HTTPHeaders
    ) {
        switch error {
        case let errors as FieldErrors:
            return (.unprocessableEntity, "the request has invalid fields", errors.fields, [:])
        case let abort as FieldAbort:
            return (abort.status, abort.reason, abort.fields, [:])
        case let decoding as DecodingError:
            let (field, reason) = describe(decoding)
            return (.badRequest, "the request body could not be read: \(reason)", [field: reason], [:])
        case let abort as any AbortError:
            var reason = abort.reason
            if abort.status == .payloadTooLarge {
                reason = "the request body is larger than this endpoint accepts"
            } else if abort.status == .unsupportedMediaType {
                reason = "unsupported content type; send application/json (or a form for pages)"
            } else if abort.status == .notFound, reason == "Not Found" {
                reason = "not found"
            }
            return (abort.status, reason, nil, abort.headers)
        default:
            return (.internalServerError, "internal error", nil, [:])
        }
    }

    static func describe(_ error: DecodingError) -> (String, String) {
        func path(_ context: DecodingError.Context) -> String {
            let names = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return names.isEmpty ? "body" : names.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            let field = parent == "body" ? key.stringValue : "\(parent).\(key.stringValue)"
            return (field, "is required")
        case .typeMismatch(let type, let context):
            return (path(context), "has the wrong type (expected \(Self.typeName(type)))")
        case .valueNotFound(let type, let context):
            return (path(context), "must not be null (expected \(Self.typeName(type)))")
        case .dataCorrupted(let context):
            let field = path(context)
            return (field, field == "body" ? "is not valid JSON" : "is not valid: \(context.debugDescription)")
        @unknown default:
            return ("body", "is not valid")
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int64.Type: return "an integer"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a \(name)"
        }
    }
}
