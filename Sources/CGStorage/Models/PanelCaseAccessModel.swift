import FluentKit
import Foundation

/// A short-lived grant to see a case, made when a user states a reason (which goes to the audit trail).
public final class PanelCaseAccessModel: Model, @unchecked Sendable {
    public static let schema = "panel_case_access"

    @ID(key: .id) public var id: UUID?
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "expires_at") public var expiresAt: Date
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
