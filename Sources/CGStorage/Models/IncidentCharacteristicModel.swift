import FluentKit
import Foundation

/// One targeted characteristic of a report, a row each so statistics can count by characteristic.
public final class IncidentCharacteristicModel: Model, @unchecked Sendable {
    public static let schema = "incident_characteristics"

    @ID(key: .id) public var id: UUID?
    @Field(key: "report_id") public var reportID: UUID
    @Field(key: "characteristic") public var characteristic: String

    public init() {}

    public init(reportID: UUID, characteristic: String) {
        self.id = UUID()
        self.reportID = reportID
        self.characteristic = characteristic
    }
}
