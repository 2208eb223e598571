import FluentKit
import Foundation

/// One link of the tamper-evident audit chain. Holds who did what to which record and why — never the
/// sensitive content itself.
public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(custom: "sequence", generatedBy: .user) public var id: Int64?
    @Field(key: "occurred_at_ms") public var occurredAtMilliseconds: Int64
    @OptionalField(key: "actor_id") public var actorID: String?
    @Field(key: "actor_label") public var actorLabel: String
    @Field(key: "action") public var action: String
    @OptionalField(key: "record_type") public var recordType: String?
    @OptionalField(key: "record_id") public var recordID: String?
    @OptionalField(key: "city_id") public var cityID: String?
    @OptionalField(key: "reason") public var reason: String?
    @OptionalField(key: "detail") public var detail: String?
    @Field(key: "previous_hash") public var previousHash: String
    @Field(key: "hash") public var hash: String

    public init() {}
}
