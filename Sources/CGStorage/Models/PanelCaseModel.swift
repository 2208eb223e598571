import FluentKit
import Foundation

/// A referral and, once screened in, a panel case. Everything identifying or free text is sealed with the
/// case's own data key, stored only wrapped by the installation key; destroying `data_key_wrapped` erases it.
public final class PanelCaseModel: Model, @unchecked Sendable {
    public static let schema = "panel_cases"

    @ID(key: .id) public var id: UUID?
    @Field(key: "panel_id") public var panelID: UUID
    @Field(key: "city_id") public var cityID: String
    @Field(key: "reference") public var reference: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "data_key_wrapped") public var dataKeyWrapped: String?
    @OptionalField(key: "referrer_user_id") public var referrerUserID: UUID?
    @Field(key: "referrer_agency_id") public var referrerAgencyID: UUID
    /// The kind of the referring agency, kept for anonymous insight.
    @Field(key: "referral_source") public var referralSource: String
    @OptionalField(key: "person_name_sealed") public var personNameSealed: String?
    @OptionalField(key: "person_dob_sealed") public var personDOBSealed: String?
    @OptionalField(key: "reason_sealed") public var reasonSealed: String?
    /// Structured indicators at referral, comma-separated factor keys (not identifying).
    @Field(key: "indicators") public var indicators: String
    @OptionalField(key: "age_band") public var ageBand: String?
    /// Keyed hash of normalised name and date of birth, present only while the case is open.
    @OptionalField(key: "lookup_hash") public var lookupHash: String?
    @OptionalField(key: "screening_note_sealed") public var screeningNoteSealed: String?
    @OptionalField(key: "ideology") public var ideology: String?
    @OptionalField(key: "coordinator_user_id") public var coordinatorUserID: UUID?
    @OptionalField(key: "next_review_on") public var nextReviewOn: Date?
    @Field(key: "closure_reviews_done") public var closureReviewsDone: Int
    @OptionalField(key: "outcome") public var outcome: String?
    @OptionalField(key: "finished_at") public var finishedAt: Date?
    @Field(key: "legal_hold") public var legalHold: Bool
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}
