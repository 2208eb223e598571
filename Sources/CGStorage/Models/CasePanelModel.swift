import FluentKit
import Foundation

/// A multi-agency case panel of a city or district: its meeting days, review interval and retention period.
public final class CasePanelModel: Model, @unchecked Sendable {
    public static let schema = "case_panels"

    @ID(key: .id) public var id: UUID?
    @Field(key: "city_id") public var cityID: String
    @Field(key: "name") public var name: String
    /// Meeting weekdays, `Calendar` numbering, comma-separated (e.g. `3,6`).
    @Field(key: "meeting_weekdays") public var meetingWeekdays: String
    @Field(key: "review_interval_days") public var reviewIntervalDays: Int
    @Field(key: "retention_days") public var retentionDays: Int
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
