import FluentKit
import Foundation

/// An action of a case's support plan, owned by an agency, with a due date and a status.
public final class PanelCaseActionModel: Model, @unchecked Sendable {
    public static let schema = "panel_case_actions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "agency_id") public var agencyID: UUID
    @OptionalField(key: "description_sealed") public var descriptionSealed: String?
    @Field(key: "due_on") public var dueOn: Date
    @Field(key: "status") public var status: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}
