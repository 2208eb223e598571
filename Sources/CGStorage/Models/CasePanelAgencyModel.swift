import FluentKit
import Foundation

/// An agency that is a member of a panel: its users may work on the panel's cases.
public final class CasePanelAgencyModel: Model, @unchecked Sendable {
    public static let schema = "case_panel_agencies"

    @ID(key: .id) public var id: UUID?
    @Field(key: "panel_id") public var panelID: UUID
    @Field(key: "agency_id") public var agencyID: UUID
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
