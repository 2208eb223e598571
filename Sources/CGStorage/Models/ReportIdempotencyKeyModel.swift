import FluentKit
import Foundation

/// A submission's `Idempotency-Key`: its keyed digest, a digest of the request it came with, and the sealed
/// response, so a retry gets the same reference and follow-up link and the report is stored once.
public final class ReportIdempotencyKeyModel: Model, @unchecked Sendable {
    public static let schema = "report_idempotency_keys"

    @ID(key: .id) public var id: UUID?
    @Field(key: "key_digest") public var keyDigest: String
    @Field(key: "request_digest") public var requestDigest: String
    @Field(key: "report_id") public var reportID: UUID
    @Field(key: "response_sealed") public var responseSealed: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
