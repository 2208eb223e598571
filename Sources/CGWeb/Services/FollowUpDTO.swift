import Foundation
import Vapor

/// The reporter's follow-up view as JSON: status, its changes and caseworkers' messages. Never notes, staff,
/// contact details or the location.
struct FollowUpDTO: Content, Sendable {
    struct StatusChange: Content, Sendable {
        var date: Date
        var status: String
    }

    struct Message: Content, Sendable {
        var date: Date
        /// `caseworker` or `reporter`.
        var from: String
        /// Caseworkers' messages only; the reporter's own additions are not sent back.
        var text: String?
    }

    var reference: String
    var status: String
    var submittedAt: Date
    var statusChanges: [StatusChange]
    var messages: [Message]
}

/// A reporter's addition through the follow-up API.
struct FollowUpMessageInput: Content, Sendable {
    var message: String?
}
