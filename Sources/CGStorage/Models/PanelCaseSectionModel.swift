import FluentKit
import Foundation

/// A piece of information on a case: its kind, the agency that supplied it, the legal basis for sharing it,
/// whether it is restricted to the supplier, structured factors, and sealed content.
public final class PanelCaseSectionModel: Model, @unchecked Sendable {
    public static let schema = "panel_case_sections"

    @ID(key: .id) public var id: UUID?
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "agency_id") public var agencyID: UUID
    @Field(key: "legal_basis") public var legalBasis: String
    @Field(key: "restricted") public var restricted: Bool
    /// Comma-separated factor keys for assessments (not identifying; kept after anonymisation).
    @Field(key: "factors") public var factors: String
    @OptionalField(key: "ideology") public var ideology: String?
    @OptionalField(key: "content_sealed") public var contentSealed: String?
    @OptionalField(key: "meeting_id") public var meetingID: UUID?
    @OptionalField(key: "author_user_id") public var authorUserID: UUID?
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
