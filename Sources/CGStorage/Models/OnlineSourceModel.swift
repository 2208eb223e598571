import FluentKit
import Foundation

/// A registered source of online messages and its provenance. Messages can only be ingested into a registered
/// source; names starting with `synthetic` (and `is_synthetic`) mark generated data.
public final class OnlineSourceModel: Model, @unchecked Sendable {
    public static let schema = "online_sources"

    @ID(key: .id) public var id: UUID?
    /// The unique source name given to `ingest --source` and in API bodies.
    @Field(key: "name") public var name: String
    /// The platform the messages come from (e.g. "X", "Telegram", "city forum").
    @Field(key: "platform") public var platform: String
    /// How they were collected (e.g. "platform research API", "manual export").
    @Field(key: "collection_method") public var collectionMethod: String
    /// Under which terms of use (a licence, an agreement, a URL).
    @Field(key: "terms_of_use") public var termsOfUse: String
    /// Whether the source is generated data (the demo stream).
    @Field(key: "is_synthetic") public var isSynthetic: Bool
    @Field(key: "created_at") public var createdAt: Date
    /// When a batch last stored a message from this source (any city).
    @OptionalField(key: "last_ingested_at") public var lastIngestedAt: Date?

    public init() {}

    public init(
        id: UUID? = nil, name: String, platform: String, collectionMethod: String, termsOfUse: String,
        isSynthetic: Bool, createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.platform = platform
        self.collectionMethod = collectionMethod
        self.termsOfUse = termsOfUse
        self.isSynthetic = isSynthetic
        self.createdAt = createdAt
    }
}
