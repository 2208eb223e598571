import CGDomain
import CGSentiment
import Foundation
import Vapor

/// The body of the batch routes (`POST /api/v1/messages`, `POST /api/v1/incidents/import`):
/// `{"source": …, "city": …, "<items>": […]}`, checked before any item is read.
struct BatchEnvelope {
    /// The whole body, for the item reader.
    var data: Data
    var source: String
    var city: String

    /// Reads the envelope; a `FieldErrors` (422) names every missing or oversized part.
    static func read(_ request: Request, items key: String, maximum: Int, sourceHint: String) throws -> BatchEnvelope {
        guard let body = request.body.data else { throw FieldErrors(["body": "send a JSON object"]) }
        let data = Data(buffer: body, byteTransferStrategy: .noCopy)
        guard let envelope = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FieldErrors(["body": "expected a JSON object {\"source\", \"city\", \"\(key)\": […]}"])
        }
        var errors: [String: String] = [:]
        let source = envelope["source"] as? String
        let city = envelope["city"] as? String
        if source?.isEmpty ?? true { errors["source"] = "required: \(sourceHint)" }
        if city?.isEmpty ?? true { errors["city"] = "required: a city id" }
        if let items = envelope[key] as? [Any] {
            if items.count > maximum { errors[key] = "at most \(maximum) per batch" }
        } else {
            errors[key] = "required: an array"
        }
        guard errors.isEmpty, let source, let city else { throw FieldErrors(errors) }
        return BatchEnvelope(data: data, source: source, city: city)
    }

    /// The answer to a batch: 200 when every item was well formed, else 422 (the good items are stored all
    /// the same, so resending is safe).
    static func response(_ result: some Content, failed: Bool) throws -> Response {
        let response = Response(status: failed ? .unprocessableEntity : .ok)
        try response.content.encode(result, as: .json)
        return response
    }
}

/// One malformed item of a batch, by 0-based index.
struct BatchItemError: Content {
    var index: Int
    var field: String?
    var reason: String

    /// The item error of a reader's line error (lines of a JSON array are 1-based item numbers).
    init(_ error: LineError) {
        index = error.line - 1
        field = error.field
        reason = error.reason
    }
}
