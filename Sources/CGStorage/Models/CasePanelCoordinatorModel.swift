import FluentKit
import Foundation

/// A user designated coordinator of a panel (always a user of a member agency).
public final class CasePanelCoordinatorModel: Model, @unchecked Sendable {
    public static let schema = "case_panel_coordinators"

    @ID(key: .id) public var id: UUID?
    @Field(key: "panel_id") public var panelID: UUID
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
