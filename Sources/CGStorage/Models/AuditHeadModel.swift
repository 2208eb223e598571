import FluentKit
import Foundation

/// The single row that holds the chain's last sequence number and hash. Every audited transaction updates it
/// first, which serialises appenders on both SQLite (write lock) and PostgreSQL (row lock).
public final class AuditHeadModel: Model, @unchecked Sendable {
    public static let schema = "audit_head"

    @ID(custom: "id", generatedBy: .user) public var id: Int?
    @Field(key: "sequence") public var sequence: Int64
    @Field(key: "last_hash") public var lastHash: String

    public init() {}

    public init(id: Int, sequence: Int64, lastHash: String) {
        self.id = id
        self.sequence = sequence
        self.lastHash = lastHash
    }
}
