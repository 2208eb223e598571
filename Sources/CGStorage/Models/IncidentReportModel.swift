import FluentKit
import Foundation

/// A hate-incident report. Structured fields are in the clear for triage and statistics; everything that can
/// identify a person (description, contact details, exact location, link, police reference) is sealed and
/// bound to this row.
public final class IncidentReportModel: Model, @unchecked Sendable {
    public static let schema = "incident_reports"

    @ID(key: .id) public var id: UUID?
    @Field(key: "reference") public var reference: String
    @Field(key: "follow_up_digest") public var followUpDigest: String
    @Field(key: "city_id") public var cityID: String
    /// The area code, or "" when the report names no area (online incidents may not).
    @Field(key: "area_code") public var areaCode: String
    /// Sealed "latitude,longitude": staff only, never published.
    @OptionalField(key: "location_sealed") public var locationSealed: String?
    @OptionalField(key: "online_platform") public var onlinePlatform: String?
    @OptionalField(key: "online_link_sealed") public var onlineLinkSealed: String?
    @Field(key: "incident_type") public var incidentType: String
    /// Comma-separated ``TargetedCharacteristic`` raw values (also one row each in `incident_characteristics`).
    @Field(key: "characteristics") public var characteristics: String
    @OptionalField(key: "religion") public var religion: String?
    /// `YYYY-MM-DD`.
    @Field(key: "occurred_on") public var occurredOn: String
    /// Approximate `HH:MM`, when given.
    @OptionalField(key: "occurred_time") public var occurredTime: String?
    /// Days since 1970-01-01 of `occurredOn`, for portable grouping.
    @Field(key: "day") public var day: Int
    /// `YYYY-MM` of `occurredOn`.
    @Field(key: "month") public var month: String
    @Field(key: "reporter_role") public var reporterRole: String
    @Field(key: "police_reported") public var policeReported: Bool
    @OptionalField(key: "police_reference_sealed") public var policeReferenceSealed: String?
    @Field(key: "wants_support") public var wantsSupport: Bool
    @Field(key: "consent_contact") public var consentContact: Bool
    @Field(key: "consent_referral") public var consentReferral: Bool
    /// Sealed JSON of name, e-mail, phone and notes.
    @OptionalField(key: "contact_sealed") public var contactSealed: String?
    @Field(key: "description_sealed") public var descriptionSealed: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "classification") public var classification: String?
    @OptionalField(key: "duplicate_of") public var duplicateOf: UUID?
    @Field(key: "language") public var language: String
    @Field(key: "is_synthetic") public var isSynthetic: Bool
    /// The classifier target group (`TargetGroup` raw value) when the record named one (imported incidents,
    /// M0050); nil for reports through the form, whose characteristics stand for their groups.
    @OptionalField(key: "target_group") public var targetGroup: String?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}
