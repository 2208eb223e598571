import FluentKit
import Foundation

/// One entry of a report's history: a status change, a classification, a note, a referral. Notes are sealed.
public final class IncidentReportEventModel: Model, @unchecked Sendable {
    public static let schema = "incident_report_events"

    @ID(key: .id) public var id: UUID?
    @Field(key: "report_id") public var reportID: UUID
    /// `submitted`, `status`, `classification`, `note`, `referral`, `reporter_message`, `staff_message`.
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "from_status") public var fromStatus: String?
    @OptionalField(key: "to_status") public var toStatus: String?
    @OptionalField(key: "detail") public var detail: String?
    @OptionalField(key: "note_sealed") public var noteSealed: String?
    @OptionalField(key: "actor_id") public var actorID: String?
    @Field(key: "actor_label") public var actorLabel: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
