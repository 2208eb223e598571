import FluentKit
import Foundation

/// A recorded referral of a report to a support partner, made only where the reporter consented.
public final class IncidentReferralModel: Model, @unchecked Sendable {
    public static let schema = "incident_referrals"

    @ID(key: .id) public var id: UUID?
    @Field(key: "report_id") public var reportID: UUID
    @Field(key: "partner_id") public var partnerID: UUID
    @OptionalField(key: "note_sealed") public var noteSealed: String?
    @OptionalField(key: "actor_id") public var actorID: String?
    @Field(key: "actor_label") public var actorLabel: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
