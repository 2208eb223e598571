import Vapor

/// An error with a status other than 422 that still names the field at fault: a path parameter that is not of
/// the right shape (400) or names nothing that exists (404). The API answers `{"error", "fields"}`, the page
/// lists the field's reason.
struct FieldAbort: Error, Sendable {
    var status: HTTPStatus
    var reason: String
    var fields: [String: String]
}
