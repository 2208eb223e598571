import FluentKit
import Foundation

/// A held panel meeting; decisions taken at it are case sections that name it.
public final class PanelMeetingModel: Model, @unchecked Sendable {
    public static let schema = "panel_meetings"

    @ID(key: .id) public var id: UUID?
    @Field(key: "panel_id") public var panelID: UUID
    @Field(key: "held_on") public var heldOn: Date
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
