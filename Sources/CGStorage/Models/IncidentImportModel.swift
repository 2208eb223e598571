import FluentKit
import Foundation

/// One imported incident record: which source and record (a keyed digest of the record's id) it was, and how
/// many incident reports it became. Re-imports find it here and store nothing.
public final class IncidentImportModel: Model, @unchecked Sendable {
    public static let schema = "incident_imports"

    @ID(key: .id) public var id: UUID?
    @Field(key: "source") public var source: String
    @Field(key: "record_digest") public var recordDigest: String
    @Field(key: "city_id") public var cityID: String
    @Field(key: "incidents") public var incidents: Int
    @Field(key: "imported_at") public var importedAt: Date

    public init() {}

    /// Creates a row.
    public init(id: UUID = UUID(), source: String, recordDigest: String, cityID: String, incidents: Int, importedAt: Date) {
        self.id = id
        self.source = source
        self.recordDigest = recordDigest
        self.cityID = cityID
        self.incidents = incidents
        self.importedAt = importedAt
    }
}
