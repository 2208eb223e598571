import FluentKit
import Foundation

/// A message on a report's private follow-up channel: from the reporter (more information) or from staff.
public final class IncidentReportMessageModel: Model, @unchecked Sendable {
    public static let schema = "incident_report_messages"

    @ID(key: .id) public var id: UUID?
    @Field(key: "report_id") public var reportID: UUID
    /// `reporter` or `staff`.
    @Field(key: "direction") public var direction: String
    @Field(key: "body_sealed") public var bodySealed: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
